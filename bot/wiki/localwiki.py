"""A throwaway MediaWiki on loopback: install, serve, accounts, pywikibot config, stop.

Used by ``make demo``, the integration tests and the benchmarks. It needs Debian's
``mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml`` packages (``make deps``
installs them) and touches nothing outside its own folder.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MEDIAWIKI = Path(os.environ.get("PEERBOT_MEDIAWIKI", "/usr/share/mediawiki"))
SITE_NAME = "Peer Academy"
LOGO = Path(__file__).with_name("data") / "logo.svg"
BOT_USER = "PeerBot"
BOT_APP = "peerbot"
GRANTS = "basic,highvolume,editpage,createeditmovepage,editprotected"

EXTRA_SETTINGS = """
# --- peerbot local test wiki ---
wfLoadExtension( 'ParserFunctions' );
wfLoadExtension( 'TemplateData' );
# The skin phone readers get on Wikimedia wikis (?useskin=minerva), for the browser tests.
wfLoadSkin( 'MinervaNeue' );
$wgEnableBotPasswords = true;
$wgRateLimits = [];
$wgGroupPermissions['user']['noratelimit'] = true;
$wgGroupPermissions['*']['noratelimit'] = true;
$wgPasswordAttemptThrottle = [];
$wgAccountCreationThrottle = 0;
$wgShowExceptionDetails = true;
$wgShowDBErrorBacktrace = true;
$wgJobRunRate = 1;
$wgMainCacheType = CACHE_DB;
$wgParserCacheType = CACHE_DB;
$wgEnableUploads = false;
$wgUseInstantCommons = false;
$wgCookieSecure = false;
$wgForceHTTPS = false;
$wgSQLiteDataDirBusyTimeout = 30;
# Revision deletion by administrators, as on Wikimedia wikis (tests hide revisions).
$wgGroupPermissions['sysop']['deleterevision'] = true;
# Account renames, as stewards do them on Wikimedia wikis (tests rename voters).
wfLoadExtension( 'Renameuser' );
"""


def logo_settings(path: Path = LOGO) -> str:
    """The project's logo -> settings lines; a data: URI, since the document root is the
    read-only MediaWiki package and the logo must not depend on a file served beside it."""
    uri = "data:image/svg+xml;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
    return f"$wgLogos = [ '1x' => '{uri}', 'icon' => '{uri}' ];\n"


class LocalWikiError(RuntimeError):
    """The local wiki could not be installed or started; the message says why."""


def free_port() -> int:
    """-> a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_password() -> str:
    """-> a BotPassword-compatible secret: 32 characters from 0-9 and a-w."""
    alphabet = "0123456789abcdefghijklmnopqrstuvw"
    return "".join(secrets.choice(alphabet) for _ in range(32))


@dataclass
class LocalWiki:
    """One installed local wiki in ``root``; ``start()`` serves it on ``port``."""

    root: Path
    port: int
    admin_password: str = field(default_factory=make_password)
    bot_password: str = field(default_factory=make_password)
    passwords: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    workers: int = 1
    clients: dict[str, object] = field(default_factory=dict, repr=False)

    @property
    def url(self) -> str:
        """-> the wiki's base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """-> the wiki's api.php URL."""
        return f"{self.url}/api.php"

    @property
    def settings(self) -> Path:
        return self.root / "LocalSettings.php"

    @property
    def request_log(self) -> Path:
        """-> the php -S log: one line per HTTP request."""
        return self.root / "requests.log"

    @property
    def pywikibot_dir(self) -> Path:
        return self.root / "pywikibot"

    def page_url(self, title: str) -> str:
        """Title -> URL of the rendered page."""
        return f"{self.url}/index.php?title={urllib.parse.quote(title.replace(' ', '_'))}"

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["MW_CONFIG_FILE"] = str(self.settings)
        return env

    def maintenance(self, script: str, *args: str, stdin: str | None = None) -> str:
        """Run a MediaWiki maintenance script on this wiki -> its output."""
        cmd = ["php", str(MEDIAWIKI / "maintenance" / script), *args]
        done = subprocess.run(cmd, env=self._env(), input=stdin, capture_output=True,
                              text=True, timeout=600, check=False)
        if done.returncode != 0:
            raise LocalWikiError(f"{script} failed ({done.returncode}): "
                                 f"{(done.stderr or done.stdout).strip()[-800:]}")
        return done.stdout

    def install(self) -> None:
        """Create the SQLite wiki, its settings and the bot account with a BotPassword."""
        if not (MEDIAWIKI / "maintenance" / "install.php").exists():
            raise LocalWikiError(f"MediaWiki is not installed at {MEDIAWIKI}: run `make deps` "
                                 "(apt-get install mediawiki php-cli php-sqlite3 php-intl "
                                 "php-mbstring php-xml)")
        if shutil.which("php") is None:
            raise LocalWikiError("php is not on PATH: run `make deps`")
        data = self.root / "data"
        data.mkdir(parents=True, exist_ok=True)
        self.maintenance(
            "install.php", "--dbtype", "sqlite", "--dbpath", str(data), "--dbname", "wiki",
            "--server", self.url, "--scriptpath", "", "--lang", "en",
            "--pass", self.admin_password, "--confpath", str(self.root),
            SITE_NAME, "Admin")
        with self.settings.open("a", encoding="utf-8") as handle:
            handle.write(EXTRA_SETTINGS + logo_settings())
        self.passwords["Admin"] = self.admin_password
        self.maintenance("update.php", "--quick")
        self.create_user(BOT_USER, bot=True)
        self.maintenance("createBotPassword.php", "--appid", BOT_APP, "--grants", GRANTS,
                         BOT_USER, self.bot_password)
        self.write_pywikibot_config()

    def add_interwiki(self, prefixes: dict[str, str]) -> None:
        """{prefix: URL with $1} -> rows in the wiki's interwiki table (as on Meta, where
        language codes and sister-project shortcuts are prefixes)."""
        import sqlite3

        with contextlib.closing(sqlite3.connect(self.root / "data" / "wiki.sqlite")) as db:
            db.executemany("INSERT OR REPLACE INTO interwiki (iw_prefix, iw_url, iw_api, "
                           "iw_wikiid, iw_local, iw_trans) VALUES (?, ?, '', '', 1, 0)",
                           sorted(prefixes.items()))
            db.commit()

    def enable_abusefilter(self) -> None:
        """Load AbuseFilter and create its tables (for the tests that need a filter)."""
        with self.settings.open("a", encoding="utf-8") as handle:
            handle.write("wfLoadExtension( 'AbuseFilter' );\n"
                         "$wgGroupPermissions['sysop']['abusefilter-modify'] = true;\n"
                         "$wgGroupPermissions['sysop']['abusefilter-view'] = true;\n")
        self.maintenance("update.php", "--quick")

    def create_user(self, name: str, *, bot: bool = False, sysop: bool = False,
                    password: str | None = None) -> str:
        """Create an account -> its password."""
        password = password or make_password()
        args = ["--force"]
        if bot:
            args.append("--bot")
        if sysop:
            args.append("--sysop")
        self.maintenance("createAndPromote.php", *args, name, password)
        self.passwords[name] = password
        return password

    def rename_user(self, old: str, new: str) -> None:
        """Rename an account with the Renameuser extension's maintenance script."""
        self.maintenance("../extensions/Renameuser/maintenance/renameUser.php",
                         "--oldname", old, "--newname", new, "--performer", "Admin")

    def create_users(self, names: list[str]) -> None:
        """Create many ordinary accounts with one PHP process."""
        lines = []
        for name in names:
            password = make_password()
            self.passwords[name] = password
            lines.append(f"{name}\t{password}")
        script = self.root / "create_users.php"
        script.write_text(_CREATE_USERS_PHP, encoding="utf-8")
        env = self._env()
        env["MW_INSTALL_PATH"] = str(MEDIAWIKI)
        done = subprocess.run(["php", str(script)], env=env, input="\n".join(lines), text=True,
                              capture_output=True, timeout=600, check=False)
        if done.returncode != 0:
            raise LocalWikiError(f"creating users failed: {(done.stderr or done.stdout)[-800:]}")

    def write_pywikibot_config(self, user: str = BOT_USER) -> Path:
        """Write user-config.py and passwords.txt for the bot -> the PYWIKIBOT_DIR."""
        folder = self.pywikibot_dir
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "user-config.py").write_text(
            "# written by bot/wiki/localwiki.py for a throwaway local wiki\n"
            f"family_files['localwiki'] = '{self.api_url}'\n"
            "family = 'localwiki'\n"
            "mylang = 'localwiki'\n"
            f"usernames['localwiki']['localwiki'] = '{user}'\n"
            "password_file = 'passwords.txt'\n"
            "put_throttle = 0\n"
            "max_retries = 3\n"
            "retry_wait = 1\n"
            "retry_max = 4\n"
            "noisysleep = 600.0\n",
            encoding="utf-8")
        secret = folder / "passwords.txt"
        secret.write_text(f"('{user}', BotPassword('{BOT_APP}', '{self.bot_password}'))\n",
                          encoding="utf-8")
        secret.chmod(0o600)
        return folder

    def start(self) -> None:
        """Serve the wiki with ``php -S`` on 127.0.0.1 and wait until the API answers."""
        env = self._env()
        env["PHP_CLI_SERVER_WORKERS"] = str(self.workers)
        log = self.request_log.open("ab")
        self.process = subprocess.Popen(
            # revalidate_freq=0: the opcode cache looks at LocalSettings.php on every request,
            # so settings written by a test or the bench apply at once (PHP's default: 2 s).
            ["php", "-d", "opcache.revalidate_freq=0", "-S", f"127.0.0.1:{self.port}", "-t",
             str(MEDIAWIKI)],
            env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise LocalWikiError(f"php -S exited with {self.process.returncode}; "
                                     f"see {self.request_log}")
            try:
                with urllib.request.urlopen(f"{self.api_url}?action=query&format=json",
                                            timeout=5) as reply:
                    if reply.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self.stop()
        raise LocalWikiError(f"the local wiki did not answer on {self.api_url} within 30 s")

    def stop(self) -> None:
        """Stop the server if it runs."""
        if self.process is None:
            return
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None

    def count_requests(self, path: str = "/api.php") -> int:
        """-> how many HTTP requests to ``path`` the server has logged so far."""
        if not self.request_log.exists():
            return 0
        needle = f": GET {path}".encode(), f": POST {path}".encode()
        with self.request_log.open("rb") as handle:
            return sum(1 for line in handle if needle[0] in line or needle[1] in line)

    def client(self, user: str) -> mwclient.Site:  # type: ignore[name-defined]  # noqa: F821
        """User -> an mwclient session logged in as that user (an independent second client)."""
        import mwclient

        if user in self.clients:
            return self.clients[user]
        site = mwclient.Site(f"127.0.0.1:{self.port}", path="/", scheme="http",
                             clients_useragent="peerbot-tests")
        site.login(user, self.passwords[user])
        self.clients[user] = site
        return site


_CREATE_USERS_PHP = r"""<?php
require_once getenv( 'MW_INSTALL_PATH' ) . '/maintenance/Maintenance.php';

class PeerbotCreateUsers extends Maintenance {
    public function execute() {
        while ( ( $line = fgets( STDIN ) ) !== false ) {
            $line = rtrim( $line, "\r\n" );
            if ( $line === '' ) { continue; }
            [ $name, $password ] = explode( "\t", $line, 2 );
            $user = User::newFromName( $name );
            if ( !$user || ( $user->getId() === 0 && !User::createNew( $name ) ) ) {
                $this->fatalError( "cannot create user $name" );
            }
            $user = User::newFromName( $name );
            $status = $user->changeAuthenticationData( [
                'username' => $user->getName(), 'password' => $password, 'retype' => $password ] );
            if ( !$status->isGood() ) {
                $this->fatalError( "$name: " . $status->getWikiText() );
            }
        }
    }
}

$maintClass = PeerbotCreateUsers::class;
require_once RUN_MAINTENANCE_IF_MAIN;
"""


def die_with_parent() -> None:
    """Ask Linux to send this process SIGTERM when its parent (make) dies, so the local
    wiki is stopped even when nobody signals the demo itself (elsewhere: nothing)."""
    import ctypes

    try:
        ctypes.CDLL(None).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@contextlib.contextmanager
def running_wiki(root: Path | None = None, users: list[str] | None = None) -> Iterator[LocalWiki]:
    """-> a started local wiki with the bot account and ``users``; stopped afterwards."""
    made = root is None
    base = Path(tempfile.mkdtemp(prefix="peerbot-wiki-")) if root is None else root
    wiki = LocalWiki(root=base, port=free_port())
    try:
        wiki.install()
        if users:
            wiki.create_users(users)
        wiki.start()
        yield wiki
    finally:
        wiki.stop()
        if made and not os.environ.get("PEERBOT_KEEP_WIKI"):
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover - manual smoke check
    with running_wiki(users=["Alice", "Bob"]) as demo_wiki:
        print(demo_wiki.url, file=sys.stderr)
