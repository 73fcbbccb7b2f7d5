"""The one wiki adapter: every API request of the bot goes through here (pywikibot).

Reads are batched (50 titles/users a request, 500 with apihighlimits); site facts are read
once and handed to pure code as a SiteFacts value; saves touch only the bot's marked part.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pywikibot
from pywikibot import config as pwb_config
from pywikibot import exceptions as pwb_exc
from pywikibot.data import api

from bot.model import SiteFacts
from bot.render import splice_report

log = logging.getLogger("peerbot")


class WikiError(RuntimeError):
    """The wiki cannot be used (down, bad credentials, API error); message is one clear line."""


@dataclass(frozen=True)
class PageText:
    """A page's current text and the revision it came from."""

    title: str
    revision: int
    text: str
    timestamp: str = ""
    page_id: int = 0


@dataclass(frozen=True)
class SaveOutcome:
    """What happened to one report page: status is edited/created/no change/simulated/refused."""

    page: str
    status: str
    revision: int | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        """-> False when the page could not be written."""
        return self.status != "refused"


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Wiki:
    """A logged-in pywikibot site with the few operations the jobs need."""

    def __init__(self, site: Any) -> None:
        self.site = site
        self._facts: SiteFacts | None = None

    @classmethod
    def connect(cls, *, login: bool = True) -> "Wiki":
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
            raise WikiError(f"login failed: {_first_line(err)}") from None
        except pwb_exc.APIError as err:
            raise WikiError(f"login failed: {err.code}: {_first_line(err.info)}") from None
        except (pwb_exc.Error, ConnectionError, OSError, RuntimeError) as err:
            raise WikiError(f"cannot reach the wiki: {_first_line(err)}") from None
        return cls(site)

    @property
    def batch(self) -> int:
        """-> titles or users per request: 500 with apihighlimits, else 50."""
        return 500 if self.site.has_right("apihighlimits") else 50

    def _request(self, **params: Any) -> dict[str, Any]:
        try:
            return api.Request(site=self.site, parameters=params).submit()
        except pwb_exc.APIError as err:
            raise WikiError(f"API error {err.code}: {_first_line(err.info)}") from None
        except (pwb_exc.Error, ConnectionError, OSError) as err:
            raise WikiError(f"wiki request failed: {_first_line(err)}") from None

    def facts(self) -> SiteFacts:
        """-> namespace names, aliases, month names and time zone of the wiki (cached)."""
        if self._facts is None:
            ns = self.site.namespaces

            def names(number: int) -> tuple[str, ...]:
                space = ns[number]
                found = [space.custom_name, space.canonical_name, *space.aliases]
                return tuple(dict.fromkeys(n for n in found if n))

            aliases = ("Contributions",)
            for item in self.site.siteinfo.get("specialpagealiases", cache=True) or []:
                if item.get("realname") == "Contributions":
                    aliases = tuple(item.get("aliases") or aliases)
            self._facts = SiteFacts(
                lang=self.site.lang, months_names=tuple(self.site.months_names),
                timeoffset=int(self.site.siteinfo.get("timeoffset", 0) or 0),
                timezone=str(self.site.siteinfo.get("timezone", "UTC") or "UTC"),
                user_namespaces=names(2), user_talk_namespaces=names(3),
                special_namespaces=names(-1), contributions_aliases=aliases,
                template_namespaces=names(10))
        return self._facts

    def template_aliases(self, names: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """Template names -> {name: (name, redirect names...)} in one request."""
        titles = [f"Template:{n}" for n in names]
        data = self._request(action="query", prop="redirects", titles="|".join(titles),
                             rdlimit="max", rdnamespace=10)
        found: dict[str, tuple[str, ...]] = {n: (n,) for n in names}
        for page in data.get("query", {}).get("pages", {}).values():
            short = page.get("title", "").split(":", 1)[-1]
            for name in names:
                if name.replace("_", " ").lower() == short.lower():
                    extra = [r["title"].split(":", 1)[-1] for r in page.get("redirects", [])]
                    found[name] = (name, *extra)
        return found

    def transcluding(self, template_names: Iterable[str],
                     prefixes: Sequence[str]) -> list[str]:
        """Template names and title prefixes -> sorted titles of pages that transclude them."""
        titles: set[str] = set()
        for name in template_names:
            page = pywikibot.Page(self.site, name, ns=10)
            try:
                for found in self.site.page_embeddedin(page):
                    titles.add(found.title())
            except pwb_exc.Error as err:
                raise WikiError(f"listing pages that use {page.title()}: "
                                f"{_first_line(err)}") from None
        if prefixes:
            titles = {t for t in titles if any(t.startswith(p) for p in prefixes)}
        return sorted(titles)

    def read_pages(self, titles: Sequence[str]) -> list[PageText]:
        """Titles -> current text and revision of each existing page, batched."""
        from bot.progress import Progress

        out: list[PageText] = []
        progress = Progress(len(titles), "reading pages", min_total=self.batch + 1)
        for chunk in _chunks(list(titles), self.batch):
            params: dict[str, Any] = {"action": "query", "prop": "revisions",
                                      "titles": "|".join(chunk),
                                      "rvprop": "ids|timestamp|content", "rvslots": "main"}
            while True:  # a batch too large for one answer continues (8 MB result cap)
                data = self._request(**params)
                for page in data.get("query", {}).get("pages", {}).values():
                    revs = page.get("revisions")
                    if not revs:
                        continue
                    slot = revs[0].get("slots", {}).get("main", {})
                    out.append(PageText(page["title"], int(revs[0]["revid"]),
                                        slot.get("content", slot.get("*", "")),
                                        revs[0].get("timestamp", ""),
                                        int(page.get("pageid", 0))))
                more = data.get("continue", {}).get("rvcontinue")
                if not more:
                    break
                params["rvcontinue"] = more
            progress.advance(len(chunk))
        progress.close()
        order = {t: i for i, t in enumerate(titles)}
        return sorted(out, key=lambda p: order.get(p.title, len(order)))

    def recent_changes(self, since: str | None) -> list[Any]:
        """ISO time or None -> recent changes from that time on, oldest first (None: only the
        newest change, to set a first watermark). Follows continuation."""
        from bot.freshness import Change

        params: dict[str, Any] = {"action": "query", "list": "recentchanges",
                                  "rcprop": "ids|title|timestamp|loginfo", "rclimit": "max"}
        if since is None:
            params.update(rclimit=1, rcdir="older")
        else:
            params.update(rcstart=since, rcdir="newer")
        found: list[Any] = []
        while True:
            data = self._request(**params)
            for rc in data.get("query", {}).get("recentchanges", []):
                found.append(Change(int(rc.get("rcid", 0)), rc.get("type", ""),
                                    rc.get("title", ""), int(rc.get("revid", 0) or 0),
                                    rc.get("timestamp", ""), rc.get("logtype", "") or ""))
            more = data.get("continue", {}).get("rccontinue")
            if since is None or not more:
                return found
            params["rccontinue"] = more

    def history(self, title: str, after: int = 0) -> list[tuple[int, str, str]]:
        """Page and a revision id -> [(revid, user, timestamp)] newer than it, oldest first.

        One listing request per 500 revisions (5000 with apihighlimits); no texts.
        """
        params: dict[str, Any] = {"action": "query", "prop": "revisions", "titles": title,
                                  "rvprop": "ids|user|timestamp", "rvlimit": "max",
                                  "rvdir": "newer"}
        if after:
            params["rvstartid"] = after
        found: list[tuple[int, str, str]] = []
        while True:
            data = self._request(**params)
            for page in data.get("query", {}).get("pages", {}).values():
                for rev in page.get("revisions", []):
                    if int(rev["revid"]) > after:
                        found.append((int(rev["revid"]), rev.get("user", ""),
                                      rev.get("timestamp", "")))
            more = data.get("continue", {}).get("rvcontinue")
            if not more:
                return found
            params["rvcontinue"] = more

    def revision_texts(self, revids: Sequence[int]) -> dict[int, str | None]:
        """Revision ids -> their texts (None when hidden), 50 ids a request (500 with
        apihighlimits), following continuation when a batch is too large for one answer."""
        out: dict[int, str | None] = {}
        for chunk in _chunks([str(r) for r in revids], self.batch):
            params: dict[str, Any] = {"action": "query", "prop": "revisions",
                                      "revids": "|".join(chunk), "rvprop": "ids|content",
                                      "rvslots": "main"}
            while True:
                data = self._request(**params)
                for page in data.get("query", {}).get("pages", {}).values():
                    for rev in page.get("revisions", []):
                        slot = rev.get("slots", {}).get("main", {})
                        hidden = "texthidden" in slot or "texthidden" in rev
                        out[int(rev["revid"])] = None if hidden else slot.get(
                            "content", slot.get("*"))
                more = data.get("continue", {}).get("rvcontinue")
                if not more:
                    break
                params["rvcontinue"] = more
        return out

    def user_info(self, names: Iterable[str]) -> dict[str, dict[str, Any]]:
        """User names -> {name: {editcount, registration, groups, blocked, missing}}, batched."""
        wanted = sorted(set(names))
        out: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(wanted, self.batch):
            data = self._request(action="query", list="users", ususers="|".join(chunk),
                                 usprop="editcount|registration|groups|blockinfo")
            for user in data.get("query", {}).get("users", []):
                out[user.get("name", "")] = {
                    "missing": "missing" in user or "invalid" in user,
                    "editcount": int(user.get("editcount", 0) or 0),
                    "registration": user.get("registration"),
                    "groups": list(user.get("groups", [])),
                    "blocked": "blockid" in user or "blockedby" in user,
                }
        return out

    def edits_before(self, user: str, before: str, limit: int) -> int:
        """User, ISO time, limit -> how many edits they made before that time (up to limit).

        One request per user: the API has no batched count of edits before a date.
        """
        data = self._request(action="query", list="usercontribs", ucuser=user,
                             ucstart=before, ucdir="older", uclimit=min(max(limit, 1), 500),
                             ucprop="ids")
        return len(data.get("query", {}).get("usercontribs", []))

    def has_extension(self, name: str) -> bool:
        """Extension name -> True when the wiki runs it (from siteinfo, cached)."""
        for ext in self.site.siteinfo.get("extensions", cache=True) or []:
            if ext.get("name") == name:
                return True
        return False

    @property
    def api_url(self) -> str:
        """-> this wiki's api.php URL (names the local state of this wiki)."""
        return str(self.site.base_url(self.site.apipath()))

    def existing_users(self, names: Iterable[str]) -> set[str]:
        """User names -> the subset that are registered accounts, batched."""
        wanted = sorted(set(names))
        found: set[str] = set()
        for chunk in _chunks(wanted, self.batch):
            data = self._request(action="query", list="users", ususers="|".join(chunk))
            for user in data.get("query", {}).get("users", []):
                if "missing" not in user and "invalid" not in user and "userid" in user:
                    found.add(user["name"])
        return found

    def revision_sha1(self, revid: int) -> str | None:
        """Revision id -> the SHA-1 of its text as the API reports it; None if no such revision.

        Used as a lottery seed named in advance (anyone can read it with rvprop=sha1).
        """
        data = self._request(action="query", prop="revisions", revids=str(revid),
                             rvprop="ids|sha1")
        if data.get("query", {}).get("badrevids"):
            return None
        for page in data.get("query", {}).get("pages", {}).values():
            for rev in page.get("revisions", []):
                if int(rev.get("revid", 0)) == revid:
                    if "sha1hidden" in rev or not rev.get("sha1"):
                        raise WikiError(f"revision {revid} is hidden; its text cannot serve "
                                        "as the lottery seed")
                    return str(rev["sha1"])
        return None

    @property
    def max_page_bytes(self) -> int:
        """-> the wiki's page size limit in bytes ($wgMaxArticleSize; 2 MiB if not said)."""
        limit = self.site.siteinfo.get("maxarticlesize", cache=True) or 2 * 1024 * 1024
        return int(limit)

    def save_report(self, title: str, content: str, marker: str, summary: str,
                    attempts: int = 3, smaller: Sequence[str] = ()) -> SaveOutcome:
        """Bot content -> the page saved with only its marked part replaced.

        An edit conflict (someone saved between our read and our save) re-reads the page and
        splices again, so their text survives. ``-simulate`` shows the diff and saves nothing.
        When the page would exceed the wiki's size limit, the ``smaller`` renderings are
        tried in turn; if none fits, nothing is saved and the outcome says so.
        """
        for _ in range(attempts):
            page = pywikibot.Page(self.site, title)
            try:
                old = page.get(get_redirect=True, force=True) if page.exists() else ""
            except pwb_exc.Error as err:
                return SaveOutcome(title, "refused", message=f"cannot read: {_first_line(err)}")
            limit = self.max_page_bytes
            for candidate in (content, *smaller):
                spliced = splice_report(old, candidate, marker)
                if spliced.error or len(spliced.text.encode("utf-8")) <= limit:
                    break
            if spliced.error:
                return SaveOutcome(title, "refused", message=spliced.error)
            size = len(spliced.text.encode("utf-8"))
            if size > limit:
                return SaveOutcome(title, "refused", message=(
                    f"the report would be {size / 2**20:.1f} MiB, over the wiki's page size "
                    f"limit of {limit / 2**20:.1f} MiB; narrow the job's pages or split it"))
            if not spliced.changed:
                return SaveOutcome(title, "no change", page.latest_revision_id if old else None)
            # {{bots}}/{{nobots}} can only stand in human text: the bot's part is escaped.
            # Checking only that part keeps pywikibot from scanning a large report.
            page.text = splice_report(old, "", marker).text
            if old and not page.botMayEdit():
                return SaveOutcome(title, "refused", message="{{nobots}} or {{bots}} forbids "
                                   "this bot on the page")
            if pwb_config.simulate:
                pywikibot.showDiff(old, spliced.text)
                return SaveOutcome(title, "simulated", message="-simulate: nothing saved")
            outcome = self._save(page, spliced.text, summary, created=not page.exists())
            if outcome is not None:
                return outcome
            log.warning("%s: edit conflict, re-reading and merging", title)
        return SaveOutcome(title, "refused", message=f"edit conflict {attempts} times in a row")

    def save_page(self, title: str, text: str, summary: str) -> SaveOutcome:
        """Whole-page text -> the page saved (used for pages the bot owns, e.g. templates)."""
        page = pywikibot.Page(self.site, title)
        old = page.get(get_redirect=True, force=True) if page.exists() else ""
        if old == text:
            return SaveOutcome(title, "no change", page.latest_revision_id)
        if pwb_config.simulate:
            pywikibot.showDiff(old, text)
            return SaveOutcome(title, "simulated", message="-simulate: nothing saved")
        outcome = self._save(page, text, summary, created=not old)
        return outcome or SaveOutcome(title, "refused", message="edit conflict")

    @staticmethod
    def _save(page: Any, text: str, summary: str, *, created: bool) -> SaveOutcome | None:
        """Page and new text -> outcome of the save, or None on an edit conflict."""
        title = page.title()
        page.text = text
        try:
            # createonly: someone who creates the page between our read and our save makes
            # this an edit conflict (re-read and splice), not an overwrite of their text.
            page.save(summary=summary, bot=True, minor=False, quiet=True, force=True,
                      **({"createonly": True} if created else {}))
        except pwb_exc.EditConflictError:
            return None
        except pwb_exc.LockedPageError:
            return SaveOutcome(title, "refused", message="the page is protected")
        except pwb_exc.AbuseFilterDisallowedError as err:
            info = str(getattr(err, "info", "") or "")
            rule = info.rsplit("matched is:", 1)[-1].strip() if "matched is:" in info else ""
            return SaveOutcome(title, "refused", message="AbuseFilter rejected the edit"
                               + (f" (filter: {_first_line(rule)})" if rule else ""))
        except (pwb_exc.PageSaveRelatedError, pwb_exc.APIError) as err:
            # OtherPageSaveError's first line is only "Edit to page X failed:"; say why.
            reason = getattr(err, "reason", None)
            message = f"save failed: {_first_line(reason)}" if reason else _first_line(err)
            return SaveOutcome(title, "refused", message=message)
        return SaveOutcome(title, "created" if created else "edited", page.latest_revision_id)


def handle_global_args(args: list[str]) -> list[str]:
    """Script argv -> the args left after pywikibot's global options (-simulate, -dir ...).

    Refuses to go on without a user-config.py, so the bot never falls back to pywikibot's
    default public wiki; a wiki that does not answer is a WikiError.
    """
    from pathlib import Path

    from bot.config import ConfigError

    user_config = Path(pwb_config.base_dir) / "user-config.py"
    if not user_config.exists():
        raise ConfigError(f"no user-config.py in {pwb_config.base_dir}: set PYWIKIBOT_DIR to "
                          "the folder holding user-config.py (see user-config.py.sample)")
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
        raise WikiError(f"cannot reach the wiki: {_first_line(err)}") from None


def _drop_tracebacks(record: logging.LogRecord) -> bool:
    """Logging filter: keep pywikibot's messages but not the tracebacks it logs on retries;
    our own one-line error says what failed (run with -debug to see them)."""
    return not str(record.msg).startswith("Traceback")


def _first_line(err: object) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__
