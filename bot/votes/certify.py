"""A results page's certify templates and its event log -> who certified which count; pure.

A clerk certifies a vote's results by adding, outside the bot's markers on the results
page, ``{{Peer academy certify|page=VOTE PAGE|revision=N}}`` followed by their signature,
where N is the vote page revision the results name as counted. The certification is
checked like every entry, from the results page's own history (``bot.integrity.events``):

| refused when | why |
|---|---|
| the template names no page, or no whole-number revision | nothing to certify |
| it names a page the results do not count | wrong results page |
| no signature follows it | nobody to name |
| the history cannot say who saved the line (history checks off, account hidden) | unverifiable |
| the account that saved the line is not its signer | the signature is someone else's |
| the signer is not a clerk (``integrity.clerks`` or ``clerk_groups``) | not a clerk |
| N is not the revision the results named as counted when the line was saved | wrong revision |

Of the accepted certifications of one vote page, the latest saved counts. What changed on
the vote page after the certified revision is listed (``changes_since``).

A refusal carries a message key and its parameters (``i18n/votes/``): the results page
shows it in the report's language, its ``reason`` stays the English wording (JSON, log,
help page). The results name the counted revision in a language-neutral marker
(``<span class="peerbot-counted" data-revision="N">``), so a certification is checked the
same way whatever language the results are written in; the English "Counted:" line of
results published before the marker is read too.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import mwparserfromhell

from bot.core.i18n import plain, speaking
from bot.core.model import SiteFacts
from bot.core.names import normalize_title
from bot.core.render import end_marker, page_link
from bot.core.signatures import find_signature
from bot.integrity.events import ADDED, CHANGED, REMOVED, RESTORED, EntryLog, Event, EventLog

CERTIFY_TEMPLATE = "Peer academy certify"
# the revision the results name as counted (render_votes: counted_marker), and the English
# line results published before the marker have ("Counted: [[Special:Permalink/N|...")
COUNTED = re.compile(r'^<span class="peerbot-counted" data-revision="(\d+)">'
                     r"|^Counted: \[\[Special:Permalink/(\d+)\|")
ARCHIVED = re.compile(r'^<span class="peerbot-archived" data-revision="(\d+)">'
                      r"|^Final results archived: \[\[Special:Permalink/(\d+)\|")
_SETS_TEXT = (ADDED, CHANGED, RESTORED)


@dataclass(frozen=True)
class Claim:
    """A certify template as written on the results page: the vote page and revision it
    names (None when missing or not a number), its signer, its 1-based line."""

    page: str
    revision: int | None
    signer: str | None
    line: int
    text: str


@dataclass(frozen=True)
class Certification:
    """An accepted certification: the vote page, the clerk, the vote page revision they
    certified, when they saved it and the results page revision that saved it."""

    page: str
    by: str
    revision: int
    time: datetime
    results_revision: int


@dataclass(frozen=True)
class Refusal:
    """A certification not accepted: the page it names, who (signer or saver), why, the
    line and the results page revision that saved it (None when not known)."""

    page: str
    user: str
    reason: str
    line: int
    results_revision: int | None = None
    key: str = ""  # the message the results page shows (i18n/votes/), with its parameters
    params: tuple[str, ...] = ()


def refusal(page: str, user: str, line: int, key: str, *params: object,
            results_revision: int | None = None) -> Refusal:
    """Where, who, the line and a message key with its parameters -> the Refusal (its
    ``reason`` the English wording, for the JSON and the log)."""
    shown = tuple(str(p) for p in params)
    with speaking("en"):
        reason = plain(key, *shown)
    return Refusal(page, user, reason, line, results_revision, key, shown)


def counted_marker(revision: int, text: str) -> str:
    """The vote page revision counted and the Counted line's words -> the line, marked so
    ``counted_at`` reads the revision in any language."""
    return f'<span class="peerbot-counted" data-revision="{revision}">{text}</span>'


def archived_marker(revision: int, text: str) -> str:
    """The archive's revision and the line's words -> the line ``archived_revision`` reads."""
    return f'<span class="peerbot-archived" data-revision="{revision}">{text}</span>'


def _revision_of(match: re.Match[str]) -> int:
    return int(match.group(1) or match.group(2))


@dataclass(frozen=True)
class Change:
    """One change of a vote page after the certified revision: what happened to which
    line (``bot.integrity.events`` kinds), who saved it (None: hidden), the revision."""

    kind: str
    user: str | None
    revision: int
    time: datetime
    text: str


def _outside_markers(lines: Sequence[str], marker: str) -> list[bool]:
    """Lines of a page -> for each, True when it stands outside the bot's marked part."""
    # the begin marker as splice_report finds it (bot.core.render)
    begin, end = re.compile(r"<!-- peerbot:begin " + re.escape(marker) + r"[ (]"), \
        end_marker(marker)
    inside, out = False, []
    for line in lines:
        if begin.search(line):
            inside = True
        out.append(not inside)
        if end in line:
            inside = False
    return out


def find_claims(text: str, facts: SiteFacts, template: str = CERTIFY_TEMPLATE,
                marker: str = "votes") -> list[Claim]:
    """Results page wikitext -> every certify template outside the bot's markers, with the
    page and revision it names and the signature after it on its line."""
    lines = text.split("\n")
    want = normalize_title(template)
    claims = []
    for number, (line, outside) in enumerate(zip(lines, _outside_markers(lines, marker),
                                                 strict=True), 1):
        if not outside or "{{" not in line:
            continue
        for found in mwparserfromhell.parse(line).filter_templates(recursive=False):
            if normalize_title(str(found.name).strip()) != want:
                continue
            page = str(found.get("page").value).strip() if found.has("page") else ""
            raw = str(found.get("revision").value).strip() if found.has("revision") else ""
            after = line[line.find(str(found)) + len(str(found)):]
            signature = find_signature(after, facts)
            claims.append(Claim(normalize_title(page) if page else "",
                                int(raw) if raw.isdigit() else None,
                                signature.user if signature else None, number, line))
    return claims


def counted_at(log: EventLog, page: str, revision: int) -> int | None:
    """The results page's event log, a vote page and a results page revision -> the vote
    page revision its results named as counted in that revision (None: none named)."""
    heading = f"== {page_link(page)} =="
    found: tuple[int, int] | None = None
    for entry in log.logs.values():
        last = _last_before(entry, revision)
        if last is None or last.kind == REMOVED or not last.path \
                or last.path[-1].strip() != heading:
            continue
        match = COUNTED.match(last.text)
        if match and (found is None or last.revision > found[0]):
            found = (last.revision, _revision_of(match))
    return found[1] if found else None


def _last_before(entry: EntryLog, revision: int) -> Event | None:
    last = None
    for event in entry.events:
        if event.revision > revision:
            break
        last = event
    return last


def judge_claim(claim: Claim, log: EventLog | None, pages: Collection[str],
                clerks: Collection[str]) -> Certification | Refusal:
    """One claim, the results page's event log (None: history not read), the vote pages
    the results count and the clerks -> the certification, or why it is refused."""
    who = claim.signer or ""
    if not claim.page:
        return refusal("", who, claim.line, "peerbot-certify-no-page")
    if claim.revision is None:
        return refusal(claim.page, who, claim.line, "peerbot-certify-no-revision")
    if claim.page not in pages:
        return refusal(claim.page, who, claim.line, "peerbot-certify-not-counted-page",
                       claim.page)
    if claim.signer is None:
        return refusal(claim.page, "", claim.line, "peerbot-certify-unsigned")
    entry = log.entry_at(claim.line) if log is not None else None
    saved = next((e for e in reversed(entry.events) if e.kind in _SETS_TEXT), None) \
        if entry is not None else None
    if saved is None or log is None:
        return refusal(claim.page, who, claim.line, "peerbot-certify-no-history")
    if saved.user is None:
        return refusal(claim.page, who, claim.line, "peerbot-certify-saver-hidden",
                       results_revision=saved.revision)
    if saved.user != claim.signer:
        return refusal(claim.page, saved.user, claim.line, "peerbot-certify-saved-by-other",
                       claim.signer, saved.user, results_revision=saved.revision)
    if claim.signer not in clerks:
        return refusal(claim.page, who, claim.line, "peerbot-certify-not-clerk", who,
                       results_revision=saved.revision)
    counted = counted_at(log, claim.page, saved.revision)
    if counted != claim.revision:
        if counted:
            return refusal(claim.page, who, claim.line, "peerbot-certify-wrong-revision",
                           claim.revision, counted, results_revision=saved.revision)
        return refusal(claim.page, who, claim.line, "peerbot-certify-wrong-revision-none",
                       claim.revision, results_revision=saved.revision)
    return Certification(claim.page, who, claim.revision, saved.time, saved.revision)


def certifications(claims: Iterable[Claim], log: EventLog | None, pages: Collection[str],
                   clerks: Collection[str]
                   ) -> tuple[dict[str, Certification], list[Refusal]]:
    """Claims -> ({vote page: its latest accepted certification}, refusals in line order)."""
    accepted: dict[str, Certification] = {}
    refused: list[Refusal] = []
    for claim in claims:
        said = judge_claim(claim, log, pages, clerks)
        if isinstance(said, Refusal):
            refused.append(said)
        elif said.page not in accepted or \
                said.results_revision > accepted[said.page].results_revision:
            accepted[said.page] = said
    return accepted, refused


def changes_since(log: EventLog | None, revision: int) -> list[Change]:
    """A vote page's event log and a revision of it -> every line's change after it,
    oldest first (a line moved without changing is left out: it changes no count)."""
    if log is None:
        return []
    found = [Change(e.kind, e.user, e.revision, e.time, e.text)
             for entry in log.logs.values() for e in entry.events
             if e.revision > revision and e.kind != "moved" and e.text.strip()]
    return sorted(found, key=lambda c: (c.revision, c.kind, c.text))


@dataclass(frozen=True)
class Standing:
    """What the results say of one vote page's certification: the accepted one (None:
    provisional), the refused ones, the vote page's changes since the certified revision,
    and the archived results page revision (None: not archived)."""

    certified: Certification | None = None
    refusals: tuple[Refusal, ...] = ()
    changes: tuple[Change, ...] = ()
    archived: int | None = None


def standing_json(standing: Standing | None) -> dict[str, object]:
    """Standing -> the JSON keys ``certified`` ({by, revision, time} or null),
    ``since_certification`` and ``certification_problems``."""
    standing = standing or Standing()
    cert = standing.certified
    return {
        "certified": None if cert is None else {
            "by": cert.by, "revision": cert.revision,
            "time": cert.time.isoformat().replace("+00:00", "Z"),
            "results_revision": cert.results_revision},
        "since_certification": [
            {"kind": c.kind, "user": c.user, "revision": c.revision,
             "time": c.time.isoformat().replace("+00:00", "Z"), "text": c.text}
            for c in standing.changes],
        "certification_problems": [
            {"user": r.user, "reason": r.reason, "line": r.line,
             "results_revision": r.results_revision} for r in standing.refusals],
        **({"archived_revision": standing.archived} if standing.archived else {}),
    }


def archived_revisions(bot_text: str) -> dict[str, int]:
    """The bot's part of the results page as published -> {section heading line: the
    archive revision it links}, in one pass over the page."""
    found: dict[str, int] = {}
    heading = ""
    for line in bot_text.split("\n"):
        if line.startswith("=="):
            heading = line.strip()
        elif heading and heading not in found and (match := ARCHIVED.match(line)):
            found[heading] = _revision_of(match)
    return found


def archived_revision(bot_text: str, page: str,
                      known: dict[str, int] | None = None) -> int | None:
    """The bot's part of the results page as published and a vote page -> the archive
    revision its section links (None: not archived yet); ``known``: the page's
    ``archived_revisions``, read once for many vote pages."""
    found = archived_revisions(bot_text) if known is None else known
    return found.get(f"== {page_link(page)} ==")


def archive_title(pattern: str, closes: datetime) -> str:
    """``archive_page`` and the vote's close -> the archive's title (YEAR: the close's)."""
    return pattern.replace("YEAR", str(closes.year))


def due_for_archive(standing: Standing, closes: datetime | None, now: datetime) -> bool:
    """-> True when a vote is certified, closed (``now`` past ``integrity.close``) and its
    final results are not archived yet."""
    return (standing.certified is not None and closes is not None and now >= closes
            and standing.archived is None)
