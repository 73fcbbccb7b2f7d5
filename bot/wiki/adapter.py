"""The one wiki adapter: ``Wiki``, a logged-in pywikibot site with the few operations the
jobs need. Every API request goes through its request core (``bot.wiki.session``).

Its parts: page reads (``bot.wiki.pages``), account look-ups (``bot.wiki.users``) and saving
(``bot.wiki.save``). Reads are batched (50 titles/users a request, 500 with apihighlimits);
site facts are read once and handed to pure code as a SiteFacts value; saves touch only the
bot's marked part.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pywikibot
from pywikibot import config as pwb_config
from pywikibot import exceptions as pwb_exc

from bot import __version__
from bot.core.model import ENGLISH_MONTHS, SiteFacts
from bot.core.siteconfig import load_site_config
from bot.core.sitedates import language_dates
from bot.core.zones import zone_abbreviations
from bot.wiki.pages import PageReads
from bot.wiki.save import ReportSaving
from bot.wiki.session import WikiError, first_line
from bot.wiki.users import UserLookups

log = logging.getLogger("peerbot")


def interwiki_map(rows: Iterable[dict[str, Any]]) -> frozenset[tuple[str, str]] | None:
    """siteinfo's interwikimap -> {(prefix, language code or '')}; None when the wiki sent
    none (the bundled table is used then)."""
    found = frozenset((str(row["prefix"]), str(row["prefix"]) if "language" in row else "")
                      for row in rows if row.get("prefix"))
    return found or None

_MONTHS_LONG = ("january", "february", "march", "april", "may_long", "june", "july",
                "august", "september", "october", "november", "december")
_MONTHS_SHORT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                 "dec")
_MONTHS_GENITIVE = tuple(f"{name.removesuffix('_long')}-gen" for name in _MONTHS_LONG)


def _zone_messages(zone: str) -> tuple[str, ...]:
    """The wiki's time zone -> the messages that spell its abbreviations in signatures
    (``timezone-cest``: MWTimestamp::getTimezoneMessage), UTC's included."""
    return tuple(sorted({"timezone-utc"} | {f"timezone-{abbr.lower()}"
                                            for abbr in zone_abbreviations(zone)
                                            if abbr.isalpha()}))


class Wiki(PageReads, UserLookups, ReportSaving):
    """A logged-in pywikibot site with the few operations the jobs need."""

    def __init__(self, site: Any, site_config: SiteFacts | None = None) -> None:
        super().__init__(site)
        self._facts: SiteFacts | None = None
        # config/site.yaml read up front, so a mistake in it stops the run before any edit;
        # read again with the wiki's database name (its `wikis` entry) once siteinfo is in
        self._site_config = site_config or load_site_config()
        self._site_config_given = site_config is not None

    @classmethod
    def connect(cls, *, login: bool = True) -> Wiki:
        """-> a Wiki for pywikibot's configured site; WikiError (one line) when it can't."""
        try:
            site = pywikibot.Site()
            if login:
                site.login()
                if not site.logged_in():
                    raise WikiError(f"could not log in to {site}: check the user name and "
                                    "BotPassword in user-config.py / passwords.txt")
        except WikiError:
            raise
        except pwb_exc.NoUsernameError as err:
            raise WikiError(f"login failed: {first_line(err)}") from None
        except pwb_exc.APIError as err:
            raise WikiError(f"login failed: {err.code}: {first_line(err.info)}") from None
        except (pwb_exc.Error, ConnectionError, OSError, RuntimeError) as err:
            raise WikiError(f"cannot reach the wiki: {first_line(err)}") from None
        return cls(site)

    def facts(self) -> SiteFacts:
        """-> namespace names, aliases, month names and time zone of the wiki (cached; read
        with the run's recent-changes request when the run makes one)."""
        if self._facts is None:
            self._facts = self._facts_from(self._request(**self._facts_query()))
        return self._facts

    def recent_changes(self, since: str | None, uses_of: Sequence[str] = (),
                       extra: dict[str, Any] | None = None,
                       first: Callable[[dict[str, Any]], None] | None = None) -> Any:
        """As ``PageReads.recent_changes``; the site facts not read yet ride along in its
        first request, so a run reads them fresh at no cost of its own."""
        if self._facts is not None or extra or first:
            return super().recent_changes(since, uses_of, extra, first)

        def take(data: dict[str, Any]) -> None:
            self._facts = self._facts_from(data)

        return super().recent_changes(since, uses_of, self._facts_query(), take)

    def _facts_query(self) -> dict[str, Any]:
        """-> the query parameters of month names, Special:Contributions' aliases and the
        interwiki map (one request, or part of another)."""
        return {"action": "query", "meta": "siteinfo|allmessages",
                "siprop": "specialpagealiases|interwikimap", "amlang": self.site.lang,
                "ammessages": "|".join(_MONTHS_LONG + _MONTHS_SHORT + _MONTHS_GENITIVE
                                       + _zone_messages(self._zone_name()))}

    def _zone_name(self) -> str:
        return str(self.site.siteinfo.get("timezone", "UTC") or "UTC")

    def _facts_from(self, data: dict[str, Any]) -> SiteFacts:
        """An answer to ``_facts_query`` -> SiteFacts (namespaces from pywikibot's site)."""
        ns = self.site.namespaces

        def names(number: int) -> tuple[str, ...]:
            space = ns[number]
            found = [space.custom_name, space.canonical_name, *space.aliases]
            return tuple(dict.fromkeys(n for n in found if n))

        query = data.get("query", {})
        dates = language_dates(self.site.lang)
        aliases = ("Contributions",)
        for item in query.get("specialpagealiases", []):
            if item.get("realname") == "Contributions":
                aliases = tuple(item.get("aliases") or aliases)
        said = {m.get("name"): m.get("*", m.get("content", ""))
                for m in query.get("allmessages", []) if "missing" not in m}
        months = tuple((said.get(long) or default[0], said.get(short) or default[1])
                       for long, short, default in zip(_MONTHS_LONG, _MONTHS_SHORT,
                                                       ENGLISH_MONTHS, strict=True))
        genitive = tuple(said.get(name, "") for name in _MONTHS_GENITIVE)
        zone_names = {(text, abbr) for abbr, text in dates.zone_names}
        zone_names |= {(said[key].strip(), key[len("timezone-"):].upper())
                       for key in _zone_messages(self._zone_name()) if said.get(key, "").strip()}
        base = self._site_config
        wikiid = str(self.site.siteinfo.get("wikiid", "") or "")
        if not self._site_config_given and wikiid:
            base = load_site_config(wiki=wikiid)
        return replace(
            base, lang=self.site.lang, months_names=months,
            months_genitive=genitive if all(genitive) else dates.months_genitive,
            digits=dates.digits, zone_names=tuple(sorted(zone_names)),
            timeoffset=int(self.site.siteinfo.get("timeoffset", 0) or 0),
            timezone=self._zone_name(),
            user_namespaces=names(2), user_talk_namespaces=names(3),
            special_namespaces=names(-1), contributions_aliases=aliases,
            template_namespaces=names(10),
            capital_links=self.site.siteinfo.get("case", "first-letter") == "first-letter",
            interwiki=interwiki_map(query.get("interwikimap", [])))

    def has_extension(self, name: str) -> bool:
        """Extension name -> True when the wiki runs it (from siteinfo, cached)."""
        for ext in self.site.siteinfo.get("extensions", cache=True) or []:
            if ext.get("name") == name:
                return True
        return False

    @property
    def user_name(self) -> str:
        """-> the name of the account the bot is logged in as ('' when not logged in)."""
        return str(self.site.user() or self.site.username() or "")

    @property
    def api_url(self) -> str:
        """-> this wiki's api.php URL (names the local state of this wiki)."""
        return str(self.site.base_url(self.site.apipath()))


def describe_user_agent() -> None:
    """Name peerbot and its version in the User-Agent of every request (pywikibot's
    ``user_agent_description``), unless user-config.py already describes the bot."""
    if not pwb_config.user_agent_description:
        pwb_config.user_agent_description = f"peerbot/{__version__}"


def handle_global_args(args: list[str]) -> list[str]:
    """Script argv -> the args left after pywikibot's global options (-simulate, -dir ...).

    Refuses to go on without a user-config.py, so the bot never falls back to pywikibot's
    default public wiki; a wiki that does not answer is a WikiError.
    """
    from bot.core.config import ConfigError

    user_config = Path(pwb_config.base_dir) / "user-config.py"
    if not user_config.exists():
        raise ConfigError(f"no user-config.py in {pwb_config.base_dir}: set PYWIKIBOT_DIR to "
                          "the folder holding user-config.py (see user-config.py.sample)")
    _check_password_file(Path(pwb_config.base_dir))
    _fail_fast_on_refused()
    describe_user_agent()
    try:
        # handle_args() reads sys.argv when given an empty list, so hand it our argv instead.
        pywikibot.argvu = ["peerbot", *args]
        pywikibot.bot.init_handlers()
        if "-debug" not in args and not any(a.startswith("-verbose") for a in args):
            for handler in logging.getLogger("pywiki").handlers:
                handler.addFilter(_drop_tracebacks)
        return list(pywikibot.handle_args())
    except SystemExit as stop:
        raise WikiError(f"pywikibot could not set up the site (exit {stop.code}); "
                        "check family and mylang in user-config.py") from None
    except (pwb_exc.Error, ConnectionError, OSError, RuntimeError) as err:
        raise WikiError(f"cannot reach the wiki: {first_line(err)}") from None


def _check_password_file(base: Path) -> None:
    """user-config.py's password_file -> None when it is a readable file (looked up as
    pywikibot does: beside user-config.py, else as given); else ConfigError naming it."""
    from bot.core.config import ConfigError

    name = getattr(pwb_config, "password_file", None)
    if not name:
        return
    found = next((p for p in (base / name, Path(name)) if p.is_file() and not p.is_symlink()),
                 None)
    if found is None:
        raise ConfigError(f"{base / name}: the password file named by password_file in "
                          f"{base / 'user-config.py'} does not exist (make it, or fix the name)")
    if not os.access(found, os.R_OK):
        raise ConfigError(f"{found}: the password file cannot be read")


def _fail_fast_on_refused() -> None:
    """Make a refused connection end the command at once. pywikibot retries it like a
    passing network fault (about 8 minutes with its defaults), but nothing listens on that
    port: a wrong API address, or a wiki that is not running."""
    from pywikibot.comms import http

    check = http.error_handling_callback
    if getattr(check, "peerbot", False):
        return

    def refused_is_final(response: Any) -> None:
        if isinstance(response, OSError) and "Connection refused" in str(response):
            url = getattr(getattr(response, "request", None), "url", "") or ""
            where = url.split("?", 1)[0] or "the wiki's API address"
            raise ConnectionError(f"connection refused at {where}: is the wiki running, and "
                                  "is its address in user-config.py right?")
        check(response)

    refused_is_final.peerbot = True  # type: ignore[attr-defined]
    http.error_handling_callback = refused_is_final


def _drop_tracebacks(record: logging.LogRecord) -> bool:
    """Logging filter: keep pywikibot's messages but not the tracebacks it logs on retries;
    our own one-line error says what failed (run with -debug to see them)."""
    return not str(record.msg).startswith("Traceback")
