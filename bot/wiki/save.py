"""Saving of the wiki adapter: the bot's marked part of a report page (or a whole page it
owns) saved in two requests, with edit conflicts merged, the page size limit, {{bots}} and
``-simulate`` respected, and every refusal told as a SaveOutcome, never an exception."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import pywikibot
from pywikibot import config as pwb_config
from pywikibot import exceptions as pwb_exc

from bot.core.coverage import Coverage, refusal, with_read_note
from bot.core.killswitch import KILL_SWITCH_ENV, kill_switch_verdict
from bot.core.model import Problem
from bot.core.notices import CONFIG_PROBLEMS_ENV, decode_problems, with_notices
from bot.core.render import bot_part, plural, splice_reports
from bot.wiki.session import Session, WikiError, first_line

log = logging.getLogger("peerbot")


def run_kill_switch() -> tuple[str, str] | None:
    """-> (kill switch page, run word) of the `peerbot run` this job belongs to, or None.
    Each save then reads that page in the request that reads the report page, and refuses
    once it says stop."""
    raw = os.environ.get(KILL_SWITCH_ENV)
    if not raw:
        return None
    data = json.loads(raw)
    return str(data["page"]), str(data["run_word"])


@dataclass(frozen=True)
class SaveOutcome:
    """What happened to one report page: status is edited/created/no change/simulated/
    stopped (by the run's kill switch)/refused."""

    page: str
    status: str
    revision: int | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        """-> False when the page could not be written."""
        return self.status != "refused"


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
    stop: str = ""  # why the run's kill switch forbids saving ('' when it allows it)


class ReportSaving(Session):
    """The adapter's saves: only the bot's part of a page, never a human's text."""

    @property
    def max_page_bytes(self) -> int:
        """-> the wiki's page size limit in bytes ($wgMaxArticleSize; 2 MiB if not said)."""
        limit = self.site.siteinfo.get("maxarticlesize", cache=True) or 2 * 1024 * 1024
        return int(limit)

    def _current(self, title: str) -> _Current:
        """Title -> its text, revision and time, with an edit token, the time of reading, the
        wiki's page size limit and what the run's kill switch says, in one request (missing
        pages read as empty)."""
        switch = run_kill_switch()
        titles = [title] + ([switch[0]] if switch and switch[0] != title else [])
        data = self._request(action="query", prop="revisions", titles="|".join(titles),
                             rvprop="ids|timestamp|content", rvslots="main",
                             meta="tokens|siteinfo", type="csrf", siprop="general",
                             curtimestamp=1)
        query = data.get("query", {})
        token = query.get("tokens", {}).get("csrftoken", "")
        limit = query.get("general", {}).get("maxarticlesize")
        named = {n["to"]: n["from"] for n in query.get("normalized", [])}
        pages = {named.get(p.get("title", ""), p.get("title", "")): p
                 for p in query.get("pages", {}).values()}
        page = pages.get(title) or next(iter(pages.values()), None)
        if page is None:
            raise WikiError(f"{title}: the wiki returned no page")
        if "invalid" in page:
            raise WikiError(f"{title}: not a valid page title")
        stop = ""
        if switch:
            kill = pages.get(switch[0], page)
            stop = kill_switch_verdict(None if "missing" in kill else _content(kill), switch[1])
            stop = f"the kill switch {switch[0]}: {stop}" if stop else ""
        revs = page.get("revisions") or [{}]
        return _Current("missing" not in page, _content(page),
                        int(revs[0].get("revid", 0) or 0), revs[0].get("timestamp", ""),
                        str(data.get("curtimestamp", "")), token,
                        int(limit) if limit else self.max_page_bytes, stop)

    def _ready(self, title: str) -> _Current | SaveOutcome:
        """Title -> the page as read just before saving, or the refusal when it cannot be
        read or the run's kill switch says stop."""
        try:
            now = self._current(title)
        except WikiError as err:
            return SaveOutcome(title, "refused", message=f"cannot read: {err}")
        if now.stop:
            # an organizer's stop is no failure: status "stopped", exit code 0
            return SaveOutcome(title, "stopped", message=f"not saved: stopped by {now.stop}")
        return now

    def save_report(self, title: str, content: str, marker: str, summary: str,
                    attempts: int = 3, smaller: Sequence[str | Callable[[], str]] = (),
                    notices: bool = True) -> SaveOutcome:
        """Bot content -> the page saved with only its marked part replaced.

        Two requests: one reads the page with an edit token, one saves. An edit conflict
        (someone saved between our read and our save, or created the page) re-reads the page
        and splices again, so their text survives. ``-simulate`` shows the diff and saves
        nothing. When the page would exceed the wiki's size limit, the ``smaller`` renderings
        are tried in turn (each a text, or a function rendering it only when it is needed);
        if none fits, nothing is saved and the outcome says so.
        """
        def part(text: str | Callable[[], str]) -> Callable[[], list[tuple[str, str]]]:
            return lambda: [(marker, text() if callable(text) else text)]
        return self.save_parts(title, [(marker, content)], summary, attempts,
                               [part(text) for text in smaller], notices=notices)

    def save_parts(self, title: str, parts: Sequence[tuple[str, str]], summary: str,
                   attempts: int = 3,
                   smaller: Sequence[Sequence[tuple[str, str]]
                                     | Callable[[], Sequence[tuple[str, str]]]] = (),
                   guarded: bool = True, notices: bool | None = None,
                   replace_only: Collection[str] = ()) -> SaveOutcome:
        """The bot's parts of one page as (marker, content) -> the page saved in one edit with
        only those marked parts replaced, in order; otherwise as ``save_report``. A part
        whose marker is in ``replace_only`` replaces an earlier part but is not added anew.

        Every report of every job is saved here, so this is where a run that read less than
        the page publishes is refused (``bot.core.coverage``): a named page missing, a
        listing empty or under half the published one, a published item not accounted for.
        ``guarded=False`` is for a page that is no report (a message on a talk page).
        The run's config problems (``bot.core.notices``) go on top of the first part unless
        ``notices`` is False (default: as ``guarded``; False for a person's own subpage).
        """
        coverage = self.coverage if guarded else Coverage()
        problems = self.config_problems() if (guarded if notices is None else notices) else []

        def ready(given: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
            out = [(m, with_read_note(c, coverage)) for m, c in given]
            return [(out[0][0], with_notices(out[0][1], problems)), *out[1:]] if out else out

        parts = ready(parts)
        shorter: dict[int, list[tuple[str, str]]] = {}

        def renderings() -> Iterator[list[tuple[str, str]]]:
            """The full parts, then each shorter rendering, made only when reached."""
            yield parts
            for number, given in enumerate(smaller):
                if number not in shorter:
                    shorter[number] = ready(given() if callable(given) else given)
                yield shorter[number]
        for _ in range(attempts):
            now = self._ready(title)
            if isinstance(now, SaveOutcome):
                return now
            why = refusal(coverage, [bot_part(now.text, m) for m, _ in parts])
            if why:
                return SaveOutcome(title, "refused", message=why)
            limit = now.max_bytes
            for candidate in renderings():
                spliced = splice_reports(now.text, candidate, replace_only)
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
        return SaveOutcome(title, "refused", message=(
            f"edit conflict {plural(attempts, 'time')} in a row"))

    def config_problems(self) -> list[Problem]:
        """-> the config problems of this run: those `peerbot run` found before the job
        started, then those the job's reads found (a page the config names was moved)."""
        return [*decode_problems(os.environ.get(CONFIG_PROBLEMS_ENV)), *self.notices]

    def save_page(self, title: str, text: str, summary: str) -> SaveOutcome:
        """Whole-page text -> the page saved (used for pages the bot owns, e.g. templates)."""
        now = self._ready(title)
        if isinstance(now, SaveOutcome):
            return now
        if now.exists and now.text == text.rstrip():
            return SaveOutcome(title, "no change", now.revision)
        if pwb_config.simulate:
            pywikibot.showDiff(now.text, text)
            return SaveOutcome(title, "simulated", message="-simulate: nothing saved")
        outcome = self._edit(title, text, summary, now)
        return outcome or SaveOutcome(title, "refused", message="edit conflict")

    def save_edited(self, title: str, edit: Callable[[str], str], summary: str,
                    attempts: int = 3) -> SaveOutcome:
        """A pure edit (page text -> new text) -> the page saved with it, applied to the text
        as read just before saving (an edit conflict re-reads and applies it again, so a
        reply saved meanwhile survives). {{nobots}}/{{bots}} on the page are honoured; an
        edit that changes nothing saves nothing. Used for pages people write on (a help
        page), where the bot changes only its own sections."""
        for _ in range(attempts):
            now = self._ready(title)
            if isinstance(now, SaveOutcome):
                return now
            new = edit(now.text)
            if new == now.text:
                return SaveOutcome(title, "no change", now.revision or None)
            if now.exists and not self._bots_allowed(now.text):
                return SaveOutcome(title, "refused", message="{{nobots}} or {{bots}} forbids "
                                   "this bot on the page")
            if pwb_config.simulate:
                pywikibot.showDiff(now.text, new)
                return SaveOutcome(title, "simulated", message="-simulate: nothing saved")
            outcome = self._edit(title, new, summary, now)
            if outcome is not None:
                return outcome
        return SaveOutcome(title, "refused", message=(
            f"edit conflict {plural(attempts, 'time')} in a row"))

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
            return SaveOutcome(title, "refused", message=f"save failed: {first_line(err)}")
        if reply.get("result") != "Success":
            return SaveOutcome(title, "refused", message="save failed: " + ", ".join(
                f"{k}: {v}" for k, v in reply.items() if k not in ("result", "title"))[:300])
        status = "edited" if base.exists else "created"
        if "nochange" in reply:
            # An earlier attempt that timed out had saved this text (pywikibot retried):
            # the page's latest revision is ours.
            return SaveOutcome(title, status, self._current(title).revision or None)
        return SaveOutcome(title, status, int(reply.get("newrevid", 0)) or None)


_CONFLICT_CODES = {"editconflict", "articleexists", "missingtitle", "pagedeleted", "badtoken"}
_PROTECTED_CODES = {"protectedpage", "cascadeprotected", "protectednamespace",
                    "protectedtitle", "protectednamespace-interface", "customcssprotected",
                    "customjsprotected", "customjsonprotected"}


def _content(page: dict[str, Any]) -> str:
    """A page of a ``prop=revisions`` answer -> the text of its latest revision ('' if none)."""
    revs = page.get("revisions") or [{}]
    slot = revs[0].get("slots", {}).get("main", {})
    return str(slot.get("content", slot.get("*", "")) or "")


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
                           + (f" (filter: {first_line(rule)})" if rule else ""))
    return SaveOutcome(title, "refused", message=f"save failed: {code}: {first_line(info)}")
