"""Exit codes as documented, on the real local wiki: Ctrl-C and SIGTERM print one line, save
nothing half-way and exit 130/143 (also under `peerbot run`, with its summary); `make
demo`'s program stops its local wiki on both; a refused connection is one line within
seconds; a missing password file is a config error naming it."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
import yaml

from bot.wiki.localwiki import free_port
from tests.integration.conftest import ROOT, append, page_text, peerbot, put
from tests.integration.faultproxy import FaultProxy

SOURCE = "Peer academy/Exits/Nominations"
REPORT = "Peer academy/Exits/Summary"


def nom(nominee: str) -> str:
    return (f"{{{{Peer academy nomination|nominee={nominee}|group=WM Test|region=Europe"
            "|track=mentor}} ~~~~")


def start(pywikibot_dir, state_dir, *args: str) -> subprocess.Popen:
    """`peerbot ARGS` started as its own process (the test signals it)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYWIKIBOT")}
    env.update(PYWIKIBOT_DIR=str(pywikibot_dir), PEERBOT_STATE_DIR=str(state_dir))
    return subprocess.Popen([sys.executable, "-m", "bot.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def held(wiki, tmp_path):
    """-> (proxy, config): a published report, and a proxy that answers the job's template
    listing with maxlag errors, so a run waits there until the test signals it."""
    append(wiki, "Alice", SOURCE, nom("Erin"))
    config = tmp_path / "exits.yaml"
    config.write_text(f'page_prefixes: ["{SOURCE}"]\nreport_page: "{REPORT}"\n')
    first = peerbot(wiki, "nominations", "--config", str(config))
    assert first.code == 0, first.stderr
    append(wiki, "Bob", SOURCE, nom("Frank"))  # so the next run has something to save
    with FaultProxy(wiki.port) as proxy:
        proxy.dir = proxy.pywikibot_dir(wiki.pywikibot_dir, tmp_path / "pwb")
        (proxy.dir / "user-config.py").write_text(
            (proxy.dir / "user-config.py").read_text() + "max_retries = 100\n")
        proxy.hold = proxy.maxlag(1000, match="transcludedin", retry_after=1)
        yield proxy, config


def signal_when_held(proxy, process, number: int) -> tuple[int, str]:
    deadline = time.monotonic() + 120
    while proxy.hold.hits < 1 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert process.poll() is None and proxy.hold.hits >= 1, "the run never reached the listing"
    process.send_signal(number)
    _, stderr = process.communicate(timeout=60)
    return process.returncode, stderr


@pytest.mark.parametrize(("number", "code", "name"), [(signal.SIGINT, 130, "Ctrl-C"),
                                                       (signal.SIGTERM, 143, "SIGTERM")])
def test_ctrl_c_and_sigterm_one_line_nothing_saved(wiki, held, tmp_path, number, code, name):
    proxy, config = held
    before = page_text(wiki, REPORT)
    process = start(proxy.dir, wiki.root / "state", "nominations", "--config", str(config))
    returncode, stderr = signal_when_held(proxy, process, number)
    assert returncode == code, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    (line,) = [x for x in stderr.splitlines() if "interrupted" in x]
    assert line.startswith(f"peerbot: interrupted by {name}: stopped, nothing half-saved")
    assert proxy.edits() == [] and page_text(wiki, REPORT) == before
    # the state folder is whole: the next run works and saves
    proxy.clear()
    again = peerbot(wiki, "nominations", "--config", str(config), pywikibot_dir=proxy.dir)
    assert again.code == 0 and "Frank" in page_text(wiki, REPORT)[1], again.stderr


def test_sigterm_under_run_prints_the_summary(wiki, held, tmp_path):
    proxy, config = held
    put(wiki, "Admin", "User:PeerBot/Run (exits test)", "run")
    jobs = tmp_path / "jobs.yaml"
    jobs.write_text(yaml.safe_dump({
        "state_dir": str(tmp_path / "state"), "kill_switch_page": "User:PeerBot/Run (exits test)",
        "jobs": [{"name": "first", "job": "nominations", "config": str(config)},
                 {"name": "second", "job": "nominations", "config": str(config)}]}))
    before = page_text(wiki, REPORT)
    process = start(proxy.dir, tmp_path / "state", "run", "--config", str(jobs))
    returncode, stderr = signal_when_held(proxy, process, signal.SIGTERM)
    assert returncode == 143, stderr
    assert "Traceback" not in stderr
    assert len([x for x in stderr.splitlines() if "interrupted by SIGTERM: stopped" in x]) == 1
    (summary,) = [x for x in stderr.splitlines() if x.startswith("peerbot: summary:")]
    assert summary == ("peerbot: summary: first: interrupted by SIGTERM; "
                       "second: not run, interrupted"), summary
    assert proxy.edits() == [] and page_text(wiki, REPORT) == before
    with open(tmp_path / "state" / "locks" / "first.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released: raises if still held


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3):
            return True
    except (urllib.error.URLError, OSError):
        return False


@pytest.mark.parametrize(("number", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_the_demo_stops_its_wiki_on_ctrl_c_and_sigterm(number, code):
    env = dict(os.environ, DEMO_SERVE="1")
    demo = subprocess.Popen([sys.executable, "-m", "bot.demo"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert demo.stdout is not None
        first = demo.stdout.readline()
        assert first.startswith("local wiki running at http://127.0.0.1:"), first
        url = first.split(" at ", 1)[1].strip()
        assert answers(f"{url}/api.php")
        demo.send_signal(number)
        rest, _ = demo.communicate(timeout=60)
    finally:
        if demo.poll() is None:
            demo.kill()
    assert demo.returncode == code, rest
    assert "demo: interrupted by" in rest and "the local wiki is stopped" in rest
    assert "Traceback" not in rest
    assert not answers(f"{url}/api.php")  # the php server is gone


def test_connection_refused_is_one_line_within_seconds(wiki, tmp_path):
    down = tmp_path / "pwb"
    down.mkdir()
    config = (wiki.pywikibot_dir / "user-config.py").read_text()
    port = free_port()
    # pywikibot's own defaults, as an operator has them: 15 tries, waits up to 120 s
    config = config.replace(f"127.0.0.1:{wiki.port}", f"127.0.0.1:{port}")
    (down / "user-config.py").write_text(config + "max_retries = 15\nretry_max = 120\n")
    shutil.copy(wiki.pywikibot_dir / "passwords.txt", down / "passwords.txt")
    started = time.monotonic()
    run = peerbot(wiki, "nominations", pywikibot_dir=down, timeout=120)
    assert time.monotonic() - started < 20, run.stderr
    assert run.code == 3, run.stderr
    lines = [x for x in run.stderr.splitlines() if x.startswith("peerbot:")]
    assert lines == [(f"peerbot: wiki error: cannot reach the wiki: connection refused at "
                     f"http://127.0.0.1:{port}/api.php: is the wiki running, and is its "
                     "address in user-config.py right?")], run.stderr
    assert "Traceback" not in run.stderr


def test_a_missing_password_file_is_a_config_error_naming_it(wiki, tmp_path):
    folder = tmp_path / "pwb"
    folder.mkdir()
    shutil.copy(wiki.pywikibot_dir / "user-config.py", folder / "user-config.py")
    requests = wiki.count_requests()
    run = peerbot(wiki, "nominations", pywikibot_dir=folder)
    assert run.code == 2, run.stderr
    lines = [x for x in run.stderr.splitlines() if x.startswith("peerbot:")]
    assert len(lines) == 1 and lines[0].startswith(
        f"peerbot: config error: {folder / 'passwords.txt'}: the password file"), lines
    assert "does not exist" in lines[0] and "Traceback" not in run.stderr
    assert wiki.count_requests() == requests
