"""Apply the integrity rules to what a job read: history blame, user look-ups, verdicts.

``index_history`` brings the local blame index up to each page's current revision (histories
walked backwards for all pages at once, by revision id, texts included); ``check_entries``
turns parsed entries into counted and excluded ones with the revision and editor of each
(users are looked up in ``bot.wiki.accounts``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from bot.core import notices
from bot.core.audit_words import audit_note
from bot.core.entries import SUBJECT_PARAM, entry_as_left
from bot.core.history import (
    Blame,
    Origin,
    RevisionText,
    entry_keys,
    line_key,
    meaning_prefix,
    new_signatures,
    signature_span,
    unsigned_key,
    unsigned_user,
)
from bot.core.integrity import (
    AuditRow,
    IntegrityConfig,
    UserFacts,
    Verdict,
    judge,
    last_own,
)
from bot.core.model import Entry, Problem, SiteFacts
from bot.core.render import plural
from bot.integrity.entries import Parse, left_before, logged_verdict
from bot.integrity.events import EventLog, Rev
from bot.integrity.verdicts import hidden_adding, unverifiable
from bot.wiki.logs import event_logs, fed_log, page_revision
from bot.wiki.state import HistoryStore

log = logging.getLogger("peerbot")

def _utc(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(UTC)


@dataclass
class _Chain:
    """One page being indexed: its revisions from ``head`` back to ``last`` (exclusive)."""

    page: Any
    last: int
    head: int
    blame: Blame
    count: int = 0
    revs: list[Rev] = field(default_factory=list)  # newest first, for the event log

    def feed(self, rev: Any) -> None:
        """The next older revision of the page (a wiki.Revision) -> into its blame."""
        self.blame.add_older(RevisionText(rev.revid, rev.user, _utc(rev.timestamp), rev.text))
        self.revs.append(Rev(rev.revid, rev.user or None, rev.timestamp, rev.text))
        self.count += 1


def plan_walk(depths: Sequence[int], batch: int) -> int:
    """Estimated new revisions per page, ids per request -> T: walk the pages of depth <= T
    back together (one request per ``batch`` open pages a round), list each deeper one (one
    request per ``batch`` revisions), at the least estimated cost. Pure."""
    if not depths:
        return 0
    deepest = max(depths)
    at_least = [0] * (deepest + 2)  # at_least[r]: pages of depth >= r
    for depth in depths:
        at_least[depth] += 1
    for r in range(deepest, -1, -1):
        at_least[r] += at_least[r + 1]
    best, best_cost = 0, sum(-(-d // batch) for d in depths)  # list them all
    for limit in sorted(set(depths)):
        if limit > len(depths):
            break  # more rounds than there are pages: listing them all is cheaper
        walk = sum(-(-(at_least[r] - at_least[limit + 1]) // batch) for r in range(1, limit + 1))
        listing = sum(-(-d // batch) for d in depths if d > limit)
        if walk + listing < best_cost:
            best, best_cost = limit, walk + listing
    return best


def index_history(wiki: Any, pages: Sequence[Any], store: HistoryStore,
                  facts: SiteFacts) -> int:
    """Pages (current revisions) -> number of revisions indexed; the store now knows every
    key's first revision.

    Histories are walked backwards for many pages at once: each round asks for the next
    older revision of every page still open, texts included, by revision id (500 ids a
    request with apihighlimits), so N pages of depth D cost about D + R/500 requests rather
    than N listings. Deep pages are listed instead, texts included (one request per 500
    revisions): ``plan_walk`` picks the cheaper split from each page's count of signatures
    not indexed yet. Should the walk run past its plan, the pages still open are listed once
    they are no more than the extra rounds spent, which bounds it at about twice the cheaper
    of the two. A page whose current revision is already indexed costs no request; a page
    changed since costs one round per new revision, and none when its one new revision is
    the current one the job has just read (its parent is the last revision indexed).
    """
    chains, depths, read = [], [], []
    for page in pages:
        last = store.last_revision(page.title, page.page_id)
        if last < page.revision:
            known = store.known_keys(page.title)
            chain = _Chain(page, last, page.revision, Blame(facts, known))
            if getattr(page, "user", "") and getattr(page, "parent", -1) == last:
                # The one new revision is the current one, already read: no request.
                chain.feed(page_revision(page))
                _finish(store, chain, facts)
                read.append(chain)
                continue
            chains.append(chain)
            depths.append(max(1, new_signatures(page.text, facts, known)))
    planned = plan_walk(depths, wiki.batch)
    open_chains = [c for c, d in zip(chains, depths, strict=True) if d <= planned]
    listed = [c for c, d in zip(chains, depths, strict=True) if d > planned]
    rounds = 0
    while open_chains:
        if rounds > planned and len(open_chains) <= rounds - planned:
            listed += open_chains
            break
        found = wiki.revisions([c.head for c in open_chains])
        rounds += 1
        still = []
        for chain in open_chains:
            rev = found.get(chain.head)
            if rev is None or rev.page_id != chain.page.page_id:
                listed.append(chain)  # deleted or merged history: list it instead
                continue
            chain.feed(rev)
            if rev.parent > chain.last:
                chain.head = rev.parent
                still.append(chain)
            else:
                _finish(store, chain, facts)
        open_chains = still
    _index_listed(wiki, listed, store, facts)
    chains += read
    done = sum(c.count for c in chains)
    if done:
        log.info("history: indexed %s of %s (%s, %s listed)", plural(done, "new revision"),
                 plural(len(chains), "page"), plural(rounds, "round"),
                 plural(len(listed), "page"))
    return done


def _finish(store: HistoryStore, chain: _Chain, facts: SiteFacts) -> None:
    """A page walked back to its last indexed revision -> its new keys and its event log,
    fed the new revisions oldest first, kept in the store."""
    events, says = fed_log(store, chain.page.title, bool(chain.last), reversed(chain.revs),
                           facts)
    chain.revs.clear()
    store.add(chain.page.title, chain.page.page_id, chain.page.revision, chain.blame.found,
              events, says)


def _index_listed(wiki: Any, chains: Sequence[_Chain], store: HistoryStore,
                  facts: SiteFacts) -> None:
    """Pages the walk left open -> the rest of each history read as one listing, texts
    included (one request per 500 revisions with apihighlimits), fed newest first."""
    for chain in chains:
        for rev in wiki.history(chain.page.title, start=chain.head, after=chain.last):
            chain.feed(rev)
        _finish(store, chain, facts)


def unsigned_adders(problems: Sequence[Problem], texts: Mapping[str, str],
                    store: HistoryStore | None) -> list[Problem]:
    """Problems and the pages' texts -> the same problems, each unsigned entry's naming the
    account that added its line and the revision, so a clerk can act (one look-up in the
    state store per page)."""
    if store is None:
        return list(problems)
    keys: dict[int, tuple[str, str]] = {}  # problem index -> (page, line key)
    lines_of: dict[str, list[str]] = {}
    for number, problem in enumerate(problems):
        if not (problem.reason.endswith(": unsigned") and problem.line):
            continue
        lines = lines_of.setdefault(problem.page, texts.get(problem.page, "").split("\n"))
        key = line_key(lines[problem.line - 1]) if problem.line <= len(lines) else None
        if key:
            keys[number] = (problem.page, key)
    found = {page: store.origins(page, [k for p, k in keys.values() if p == page])
             for page in {p for p, _ in keys.values()}}
    out = []
    for number, problem in enumerate(problems):
        origin = found[keys[number][0]].get(keys[number][1]) if number in keys else None
        if origin is not None:
            problem = _with_adder(problem, origin.user, origin.revision)
        out.append(problem)
    return out


_ADDED = {"peerbot-problem-unsigned": "peerbot-problem-unsigned-added",
          "peerbot-problem-unsigned-of": "peerbot-problem-unsigned-of-added"}


def _with_adder(found: Problem, user: str, revision: int) -> Problem:
    """An unsigned entry's problem -> the same naming who added its line, in which revision."""
    if found.key in _ADDED:
        return notices.problem(found.page, _ADDED[found.key], *found.params, user, revision,
                       line=found.line, text=found.text)
    return replace(found, reason=f"{found.reason}; added by {user} in revision {revision}",
                   key="", params=())


def verdict_for(text: str, signer: str, signed_at: datetime | None, title: str,
                origins: Mapping[str, Any], users: Mapping[str, UserFacts],
                config: IntegrityConfig, facts: SiteFacts,
                moved: Origin | None = None) -> Verdict:
    """One entry's text and signer -> Verdict, with the origins looked up by its keys: the
    revision that added it, and the one that made it say what it says now; ``moved``, the
    first revision that put it in a section meaning what its section means now, when the
    caller knows the page's rules (see ``bot.votes.moves``)."""
    unsigned_for = unsigned_user(text, facts)
    if unsigned_for:
        key, meaning = unsigned_key(text, facts), None
    else:
        key, meaning = entry_keys(text, facts)
    return judge(signer, signed_at, origins.get(key) if key else None, unsigned_for, users,
                 config, changed=origins.get(meaning) if meaning else None, moved=moved)


def origins_for(store: HistoryStore | None, title: str, texts: Iterable[str],
                facts: SiteFacts) -> dict[str, Any]:
    """Page and entry texts -> {key: Origin} for their signature, meaning and unsigned keys."""
    if store is None:
        return {}
    keys: list[str] = []
    for text in texts:
        keys.extend(k for k in (*entry_keys(text, facts), unsigned_key(text, facts)) if k)
    return store.origins(title, keys)


def check_entries(entries: Sequence[Entry], store: HistoryStore | None,
                  users: Mapping[str, UserFacts], config: IntegrityConfig,
                  facts: SiteFacts, logs: Mapping[str, EventLog] | None = None,
                  parse: Parse | None = None) -> tuple[list[Entry], list[AuditRow]]:
    """Entries -> (those that pass, audit rows of those that don't).

    With the pages' event logs and the job's parser (``parse``), an entry is judged by its
    line's events (``bot.integrity.entries.logged_verdict``: forged, tampered, and counted
    as its signer left it); without them, or for a line no log knows, by the signature
    index. A kept entry's ``timestamp`` becomes the time of the revision that added it
    (first come, first served is judged by that, never by the typed date).
    """
    by_page: dict[str, list[Entry]] = {}
    for entry in entries:
        by_page.setdefault(entry.page, []).append(entry)
    kept: list[Entry] = []
    dropped: list[AuditRow] = []
    if logs is None:  # the caller may have loaded them already
        logs = event_logs(store, by_page, facts, notable_only=True)
    for title, group in by_page.items():
        page_log = logs.get(title)
        origins: dict[str, Any] | None = None  # looked up when a line has no log to ask
        for entry in group:
            log_of = page_log.entry_at(entry.line) if page_log is not None else None
            logged = logged_verdict(entry, log_of, page_log.anchor, users, config, facts) \
                if log_of is not None and page_log is not None and parse is not None else None
            if log_of is not None and hidden_adding(log_of):
                verdict = unverifiable(entry.signer or "", entry.signed_at, log_of, users,
                                       config)
            elif logged is not None:
                verdict = logged
            else:
                if origins is None:
                    origins = origins_for(store, title, [e.text for e in group], facts)
                verdict = verdict_for(entry.text, entry.signer or "", entry.signed_at, title,
                                      origins, users, config, facts)
            if verdict.reason:
                left = None
                if verdict.reason == "tampered" and logged is not None and log_of is not None:
                    assert parse is not None and verdict.revision is not None
                    left = left_before(entry, log_of, verdict.revision, parse, users, config)
                    if left is not None:
                        kept.append(left)
                elif verdict.reason == "tampered" and store is not None:
                    left = _as_the_signer_left_it(entry, verdict, store, users, config, facts)
                    if left is not None:
                        kept.append(left)
                dropped.append(AuditRow(title, entry.line, verdict.user, entry.subject,
                                        entry.kind, verdict.reason, verdict.revision,
                                        verdict.editor, **_left_note(left)))
            else:
                kept.append(replace(entry, signer=verdict.user, revision=verdict.revision,
                                    editor=verdict.editor,
                                    timestamp=verdict.time or entry.timestamp))
    return kept, dropped


def _as_the_signer_left_it(entry: Entry, verdict: Verdict, store: HistoryStore,
                           users: Mapping[str, UserFacts], config: IntegrityConfig,
                           facts: SiteFacts) -> Entry | None:
    """A tampered entry -> the entry as its signer (or a clerk) last left it before the
    revision that changed it (its subject, track, group ...), with that version's revision
    and editor; None when the history has no such version, it was struck, or the period
    and eligibility rules leave it out (judged at that version)."""
    span = signature_span(entry.text, facts)
    if span is None or verdict.revision is None:
        return None
    prefix = meaning_prefix(span)
    versions = {key[len(prefix):]: origin
                for key, origin in store.with_prefix(entry.page, prefix).items()}
    found = last_own(versions, verdict.revision, verdict.user, config)
    if found is None:
        return None
    meaning, origin = found
    left = entry_as_left(entry, meaning, facts)
    if left is None or judge(verdict.user, entry.signed_at, replace(origin, user=verdict.user),
                             None, users, config).reason:
        return None
    return replace(left, signer=verdict.user, revision=origin.revision, editor=origin.user,
                   timestamp=verdict.time or entry.timestamp)


def _left_note(left: Entry | None) -> dict[str, Any]:
    """What counts instead of a tampered entry -> the audit's note saying so (AuditRow
    fields)."""
    if left is None:
        return {}
    said = ", ".join(f"{name} {value}" for name, value in (
        (SUBJECT_PARAM.get(left.kind, "subject"), left.subject),
        ("track", left.param("track")), ("group", left.param("group"))) if value)
    return audit_note("peerbot-audit-note-left", left.signer, left.revision, said)
