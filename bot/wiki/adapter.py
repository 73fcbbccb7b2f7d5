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

from bot.core.model import ENGLISH_MONTHS, SiteFacts
from bot.core.render import splice_reports

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
class Revision:
    """One revision as ``revisions`` reads it: ids, page, editor, time (ISO) and text
    (None when hidden); parent 0 for a page's first revision."""

    revid: int
    parent: int
    page_id: int
    user: str
    timestamp: str
    text: str | None


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


_MONTHS_LONG = ("january", "february", "march", "april", "may_long", "june", "july",
                "august", "september", "october", "november", "december")
_MONTHS_SHORT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                 "dec")


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Wiki:
    """A logged-in pywikibot site with the few operations the jobs need."""

    def __init__(self, site: Any) -> None:
        self.site = site
        self._facts: SiteFacts | None = None

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

    def _submit(self, params: dict[str, Any]) -> dict[str, Any]:
        """API parameters -> the answer; pywikibot's errors pass through (see _request)."""
        request = api.Request(site=self.site, parameters=params)
        # An answer cut at the API's result size limit is continued by _continued: not news.
        request._warning_handler = _truncation_is_expected
        return request.submit()

    def _request(self, **params: Any) -> dict[str, Any]:
        try:
            return self._submit(params)
        except pwb_exc.APIError as err:
            raise WikiError(f"API error {err.code}: {_first_line(err.info)}") from None
        except (pwb_exc.Error, ConnectionError, OSError) as err:
            raise WikiError(f"wiki request failed: {_first_line(err)}") from None

    def _continued(self, **params: Any) -> Iterator[dict[str, Any]]:
        """Query parameters -> each answer, following the API's continuation."""
        while True:
            data = self._request(**params)
            yield data
            more = data.get("continue")
            if not more:
                return
            params.update(more)

    def facts(self) -> SiteFacts:
        """-> namespace names, aliases, month names and time zone of the wiki (cached)."""
        if self._facts is None:
            ns = self.site.namespaces

            def names(number: int) -> tuple[str, ...]:
                space = ns[number]
                found = [space.custom_name, space.canonical_name, *space.aliases]
                return tuple(dict.fromkeys(n for n in found if n))

            # month names and Special:Contributions' aliases in one request
            data = self._request(action="query", meta="siteinfo|allmessages",
                                 siprop="specialpagealiases", amlang=self.site.lang,
                                 ammessages="|".join(_MONTHS_LONG + _MONTHS_SHORT))
            query = data.get("query", {})
            aliases = ("Contributions",)
            for item in query.get("specialpagealiases", []):
                if item.get("realname") == "Contributions":
                    aliases = tuple(item.get("aliases") or aliases)
            said = {m.get("name"): m.get("*", m.get("content", ""))
                    for m in query.get("allmessages", []) if "missing" not in m}
            months = tuple((said.get(long) or default[0], said.get(short) or default[1])
                           for long, short, default in zip(_MONTHS_LONG, _MONTHS_SHORT,
                                                           ENGLISH_MONTHS, strict=True))
            self._facts = SiteFacts(
                lang=self.site.lang, months_names=months,
                timeoffset=int(self.site.siteinfo.get("timeoffset", 0) or 0),
                timezone=str(self.site.siteinfo.get("timezone", "UTC") or "UTC"),
                user_namespaces=names(2), user_talk_namespaces=names(3),
                special_namespaces=names(-1), contributions_aliases=aliases,
                template_namespaces=names(10))
        return self._facts

    def template_uses(self, names: Sequence[str], prefixes: Sequence[str]) -> tuple[
            dict[str, tuple[str, ...]], list[str]]:
        """Template names, title prefixes -> ({name: (name, redirect names...)}, sorted titles
        of the pages under those prefixes that transclude any of them, directly or through a
        redirect), in one request per 5000 uses."""
        aliases: dict[str, tuple[str, ...]] = {n: (n,) for n in names}
        titles: set[str] = set()
        for data in self._continued(action="query", prop="redirects|transcludedin",
                                    titles="|".join(f"Template:{n}" for n in names),
                                    rdlimit="max", rdnamespace=10, tilimit="max",
                                    tiprop="title"):
            for page in data.get("query", {}).get("pages", {}).values():
                short = page.get("title", "").split(":", 1)[-1]
                for name in names:
                    if name.replace("_", " ").lower() == short.lower():
                        extra = [r["title"].split(":", 1)[-1] for r in page.get("redirects", [])]
                        aliases[name] = tuple(dict.fromkeys((*aliases[name], *extra)))
                titles.update(t["title"] for t in page.get("transcludedin", []))
        if prefixes:
            titles = {t for t in titles if any(t.startswith(p) for p in prefixes)}
        return aliases, sorted(titles)

    def read_pages(self, titles: Sequence[str]) -> list[PageText]:
        """Titles -> current text and revision of each existing page, batched."""
        from bot.wiki.progress import Progress

        out: list[PageText] = []
        progress = Progress(len(titles), "reading pages", min_total=self.batch + 1)
        for chunk in _chunks(list(titles), self.batch):
            # a batch too large for one answer continues (8 MB result cap)
            for data in self._continued(action="query", prop="revisions",
                                        titles="|".join(chunk), rvslots="main",
                                        rvprop="ids|timestamp|content"):
                for page in data.get("query", {}).get("pages", {}).values():
                    revs = page.get("revisions")
                    if not revs:
                        continue
                    slot = revs[0].get("slots", {}).get("main", {})
                    out.append(PageText(page["title"], int(revs[0]["revid"]),
                                        slot.get("content", slot.get("*", "")),
                                        revs[0].get("timestamp", ""),
                                        int(page.get("pageid", 0))))
            progress.advance(len(chunk))
        progress.close()
        order = {t: i for i, t in enumerate(titles)}
        return sorted(out, key=lambda p: order.get(p.title, len(order)))

    def recent_changes(self, since: str | None) -> list[Any]:
        """ISO time or None -> recent changes from that time on, oldest first (None: only the
        newest change, to set a first watermark). Follows continuation."""
        from bot.wiki.freshness import Change

        params: dict[str, Any] = {"action": "query", "list": "recentchanges",
                                  "rcprop": "ids|title|timestamp|loginfo", "rclimit": "max"}
        if since is None:
            params.update(rclimit=1, rcdir="older")
        else:
            params.update(rcstart=since, rcdir="newer")
        found: list[Any] = []
        for data in self._continued(**params):
            for rc in data.get("query", {}).get("recentchanges", []):
                found.append(Change(int(rc.get("rcid", 0)), rc.get("type", ""),
                                    rc.get("title", ""), int(rc.get("revid", 0) or 0),
                                    rc.get("timestamp", ""), rc.get("logtype", "") or ""))
            if since is None:
                break
        return found

    def history(self, title: str, start: int, after: int = 0) -> Iterator[Revision]:
        """Page, a revision of it and an older one -> its revisions from ``start`` back to just
        after ``after``, newest first, texts included: one request per 50 revisions (500 with
        apihighlimits)."""
        params: dict[str, Any] = {"action": "query", "prop": "revisions", "titles": title,
                                  "rvprop": "ids|user|timestamp|content", "rvslots": "main",
                                  "rvlimit": "max", "rvdir": "older", "rvstartid": start}
        if after:
            params["rvendid"] = after + 1
        for data in self._continued(**params):
            for page in data.get("query", {}).get("pages", {}).values():
                for rev in page.get("revisions", []):
                    if int(rev["revid"]) > after:
                        yield _revision(rev, page)

    def revisions(self, revids: Sequence[int]) -> dict[int, Revision]:
        """Revision ids of any pages -> {revid: Revision} with parent, editor and text, 50 ids
        a request (500 with apihighlimits), following continuation when a batch is too large
        for one answer. Ids the wiki does not have (deleted) are left out."""
        out: dict[int, Revision] = {}
        for chunk in _chunks([str(r) for r in revids], self.batch):
            for data in self._continued(action="query", prop="revisions",
                                        revids="|".join(chunk), rvslots="main",
                                        rvprop="ids|user|timestamp|content"):
                for page in data.get("query", {}).get("pages", {}).values():
                    for rev in page.get("revisions", []):
                        out[int(rev["revid"])] = _revision(rev, page)
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

    def _current(self, title: str) -> _Current:
        """Title -> its text, revision and time, with an edit token, the time of reading and
        the wiki's page size limit, in one request (missing pages read as empty)."""
        data = self._request(action="query", prop="revisions", titles=title,
                             rvprop="ids|timestamp|content", rvslots="main",
                             meta="tokens|siteinfo", type="csrf", siprop="general",
                             curtimestamp=1)
        token = data.get("query", {}).get("tokens", {}).get("csrftoken", "")
        limit = data.get("query", {}).get("general", {}).get("maxarticlesize")
        for page in data.get("query", {}).get("pages", {}).values():
            if "invalid" in page:
                raise WikiError(f"{title}: not a valid page title")
            revs = page.get("revisions") or [{}]
            slot = revs[0].get("slots", {}).get("main", {})
            return _Current("missing" not in page, slot.get("content", slot.get("*", "")) or "",
                            int(revs[0].get("revid", 0) or 0), revs[0].get("timestamp", ""),
                            str(data.get("curtimestamp", "")), token,
                            int(limit) if limit else self.max_page_bytes)
        raise WikiError(f"{title}: the wiki returned no page")

    def save_report(self, title: str, content: str, marker: str, summary: str,
                    attempts: int = 3, smaller: Sequence[str] = ()) -> SaveOutcome:
        """Bot content -> the page saved with only its marked part replaced.

        Two requests: one reads the page with an edit token, one saves. An edit conflict
        (someone saved between our read and our save, or created the page) re-reads the page
        and splices again, so their text survives. ``-simulate`` shows the diff and saves
        nothing. When the page would exceed the wiki's size limit, the ``smaller`` renderings
        are tried in turn; if none fits, nothing is saved and the outcome says so.
        """
        return self.save_parts(title, [(marker, content)], summary, attempts,
                               [[(marker, text)] for text in smaller])

    def save_parts(self, title: str, parts: Sequence[tuple[str, str]], summary: str,
                   attempts: int = 3, smaller: Sequence[Sequence[tuple[str, str]]] = ()
                   ) -> SaveOutcome:
        """The bot's parts of one page as (marker, content) -> the page saved in one edit with
        only those marked parts replaced, in order; otherwise as ``save_report``."""
        for _ in range(attempts):
            try:
                now = self._current(title)
            except WikiError as err:
                return SaveOutcome(title, "refused", message=f"cannot read: {err}")
            limit = now.max_bytes
            for candidate in (parts, *smaller):
                spliced = splice_reports(now.text, candidate)
                if spliced.error or len(spliced.text.encode("utf-8")) <= limit:
                    break
            if spliced.error:
                return SaveOutcome(title, "refused", message=spliced.error)
            size = len(spliced.text.encode("utf-8"))
            if candidate is not parts and size <= limit:
                log.info("%s: the full report would exceed the wiki's page size limit of "
                         "%.1f MiB; saving the shorter one (%.1f MiB)", title, limit / 2**20,
                         size / 2**20)
            if size > limit:
                return SaveOutcome(title, "refused", message=(
                    f"the report would be {size / 2**20:.1f} MiB, over the wiki's page size "
                    f"limit of {limit / 2**20:.1f} MiB; narrow the job's pages or split it"))
            if not spliced.changed:
                return SaveOutcome(title, "no change", now.revision or None)
            # {{bots}}/{{nobots}} can only stand in human text: the bot's part is escaped.
            human = splice_reports(now.text, [(marker, "") for marker, _ in parts]).text
            if now.exists and not self._bots_allowed(human):
                return SaveOutcome(title, "refused", message="{{nobots}} or {{bots}} forbids "
                                   "this bot on the page")
            if pwb_config.simulate:
                pywikibot.showDiff(now.text, spliced.text)
                return SaveOutcome(title, "simulated", message="-simulate: nothing saved")
            outcome = self._edit(title, spliced.text, summary, now)
            if outcome is not None:
                return outcome
            log.warning("%s: edit conflict, re-reading and merging", title)
        return SaveOutcome(title, "refused", message=f"edit conflict {attempts} times in a row")

    def save_page(self, title: str, text: str, summary: str) -> SaveOutcome:
        """Whole-page text -> the page saved (used for pages the bot owns, e.g. templates)."""
        try:
            now = self._current(title)
        except WikiError as err:
            return SaveOutcome(title, "refused", message=f"cannot read: {err}")
        if now.exists and now.text == text.rstrip():
            return SaveOutcome(title, "no change", now.revision)
        if pwb_config.simulate:
            pywikibot.showDiff(now.text, text)
            return SaveOutcome(title, "simulated", message="-simulate: nothing saved")
        outcome = self._edit(title, text, summary, now)
        return outcome or SaveOutcome(title, "refused", message="edit conflict")

    def _bots_allowed(self, human_text: str) -> bool:
        from bot.core.render import bots_allowed

        if pwb_config.ignore_bot_templates:
            return True
        restricted = (*self.site.get_edit_restricted_templates(),
                      *self.site.get_archived_page_templates())
        return bots_allowed(human_text, self.site.username() or "", restricted=restricted)

    def _edit(self, title: str, text: str, summary: str, base: _Current) -> SaveOutcome | None:
        """New text of a page read as ``base`` -> outcome of one save, or None on an edit
        conflict (the page changed, was created or deleted since it was read)."""
        params: dict[str, Any] = {"action": "edit", "title": title, "text": text,
                                  "summary": summary, "token": base.token,
                                  "starttimestamp": base.read_at, "notminor": 1}
        if self.site.has_right("bot"):
            params["bot"] = 1
        if base.exists:
            # basetimestamp: MediaWiki merges or refuses a change made since we read
            params.update(basetimestamp=base.timestamp, nocreate=1)
        else:
            params["createonly"] = 1  # someone creating it meanwhile is a conflict
        try:
            reply = self._submit(params).get("edit", {})
        except pwb_exc.APIError as err:
            return _refusal(title, err)
        except (pwb_exc.Error, ConnectionError, OSError) as err:
            return SaveOutcome(title, "refused", message=f"save failed: {_first_line(err)}")
        if reply.get("result") != "Success":
            return SaveOutcome(title, "refused", message="save failed: " + ", ".join(
                f"{k}: {v}" for k, v in reply.items() if k not in ("result", "title"))[:300])
        status = "edited" if base.exists else "created"
        if "nochange" in reply:
            # An earlier attempt that timed out had saved this text (pywikibot retried):
            # the page's latest revision is ours.
            return SaveOutcome(title, status, self._current(title).revision or None)
        return SaveOutcome(title, status, int(reply.get("newrevid", 0)) or None)


def _truncation_is_expected(module: str, text: str) -> bool:
    """pywikibot warning handler -> True (handled, not shown) for the API's note that an
    answer was truncated at its size limit, which the continuation then completes."""
    return module == "result" and "truncated" in text


def _revision(rev: dict[str, Any], page: dict[str, Any]) -> Revision:
    """One revision of an API answer (prop=revisions, content in the main slot) -> Revision."""
    slot = rev.get("slots", {}).get("main", {})
    hidden = "texthidden" in slot or "texthidden" in rev
    return Revision(int(rev["revid"]), int(rev.get("parentid", 0) or 0),
                    int(page.get("pageid", 0) or 0), rev.get("user", ""),
                    rev.get("timestamp", ""),
                    None if hidden else slot.get("content", slot.get("*")))


_CONFLICT_CODES = {"editconflict", "articleexists", "missingtitle", "pagedeleted", "badtoken"}
_PROTECTED_CODES = {"protectedpage", "cascadeprotected", "protectednamespace",
                    "protectedtitle", "protectednamespace-interface", "customcssprotected",
                    "customjsprotected", "customjsonprotected"}


def _refusal(title: str, err: Any) -> SaveOutcome | None:
    """API error of an edit -> None for a conflict (re-read and retry), else a refusal."""
    code = str(getattr(err, "code", ""))
    info = str(getattr(err, "info", "") or "")
    if code in _CONFLICT_CODES:
        return None
    if code in _PROTECTED_CODES:
        return SaveOutcome(title, "refused", message="the page is protected")
    if code.startswith("abusefilter"):
        rule = info.rsplit("matched is:", 1)[-1].strip() if "matched is:" in info else ""
        return SaveOutcome(title, "refused", message="AbuseFilter rejected the edit"
                           + (f" (filter: {_first_line(rule)})" if rule else ""))
    return SaveOutcome(title, "refused", message=f"save failed: {code}: {_first_line(info)}")


@dataclass(frozen=True)
class _Current:
    """A page as read just before saving: text, revision and time, edit token, read time."""

    exists: bool
    text: str
    revision: int
    timestamp: str
    read_at: str
    token: str
    max_bytes: int  # the wiki's page size limit, as siteinfo says now


def handle_global_args(args: list[str]) -> list[str]:
    """Script argv -> the args left after pywikibot's global options (-simulate, -dir ...).

    Refuses to go on without a user-config.py, so the bot never falls back to pywikibot's
    default public wiki; a wiki that does not answer is a WikiError.
    """
    from pathlib import Path

    from bot.core.config import ConfigError

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
