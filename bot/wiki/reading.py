"""Entries read from the wiki: template uses -> pages -> entries checked against history.

Shared by every job that reads templates (nominations, selection evidence).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.core.entries import (
    EntryTemplates,
    outside_prefixes_problem,
    parse_pages,
    split_by_prefix,
)
from bot.core.integrity import AuditRow, IntegrityConfig
from bot.core.model import Entry, Problem
from bot.core.notices import moved_problem
from bot.core.render import plural
from bot.wiki.freshness import Freshness

log = logging.getLogger("peerbot")


@dataclass(frozen=True)
class EntriesRead:
    """Entries of some kinds read from the wiki, checked against the integrity rules."""

    entries: list[Entry]
    problems: list[Problem]
    revisions: dict[str, int]
    existing_users: set[str]
    excluded: list[AuditRow] = field(default_factory=list)
    note: str = ""


def moved_pages(pages: list[Any], wiki: Any = None, named: str = "") -> list[Any]:
    """Pages read -> the same, each one read through a redirect named in the log and, with
    the ``wiki``, in its config problems (a row on the report): a page the config (or the
    command line, ``named``) names was moved, and its new title belongs there."""
    for page in pages:
        if page.moved_from:
            log.warning("%s was moved to %s; update the config", page.moved_from, page.title)
            if wiki is not None:
                wiki.notices.append(moved_problem(page.moved_from, page.title, named))
    return pages


def unanswered_titles(titles: Sequence[str], pages: Sequence[Any]) -> list[str]:
    """Titles asked for and the pages read -> the titles no page answers to (a moved page
    answers to its old title)."""
    found = {p.title for p in pages} | {p.moved_from for p in pages if p.moved_from}
    return sorted(set(titles) - found)


def read_current(wiki: Any, titles: Sequence[str], fresh: Freshness | None = None,
                 transcluders: bool = False, named: str = "",
                 optional: Sequence[str] = ()) -> list[Any]:
    """Titles -> PageTexts of the existing pages, in their order (with ``transcluders``,
    the pages read name the pages transcluding them). With ``named`` (the config key that
    named the titles), titles that do not exist are kept in the wiki's coverage, so no save
    of the job replaces the published report (``bot.core.coverage``).

    With a Freshness that knows what changed since the job's last run, pages kept in the
    state store as current since then and not changed are not read again (recent changes
    list every edit, move, deletion and import); the rest is read in batches. Every page read
    or confirmed is kept as current as of this run's watermark. Titles in ``optional`` (a
    report page read with them) may be missing.
    """
    pages = _read_current(wiki, titles, fresh, transcluders, named)
    if named:
        missing = [t for t in titles if t in wiki.missing_titles and t not in optional]
        if missing:
            wiki.coverage = wiki.coverage.with_missing(named, missing)
    return pages


def _read_current(wiki: Any, titles: Sequence[str], fresh: Freshness | None,
                  transcluders: bool, named: str = "") -> list[Any]:
    from bot.wiki.pages import PageText
    from bot.wiki.state import HistoryStore

    ask = {"transcluders": True, "redirects": True} if transcluders else {"redirects": True}
    if fresh is None or not fresh.rcid:
        return moved_pages(wiki.read_pages(titles, **ask), wiki, named)
    store = HistoryStore.for_site(wiki.api_url)
    kept: dict[str, Any] = {}
    if fresh.changed is not None:
        found = store.current_pages([t for t in titles if t not in fresh.changed], fresh.since)
        kept = {t: PageText(t, rev, text, stamp, page_id)
                for t, (page_id, rev, stamp, text) in found.items()}
    read = moved_pages(wiki.read_pages([t for t in titles if t not in kept], **ask), wiki,
                       named)
    store.keep_current([(p.title, p.page_id, p.revision, p.timestamp, p.text) for p in read],
                       kept, fresh.rcid)
    if kept:
        log.info("read %s; %d unchanged since the last run",
                 plural(len(read), "changed or new page"), len(kept))
    order = {t: i for i, t in enumerate(titles)}
    return sorted([*kept.values(), *read], key=lambda p: order.get(p.title, len(order)))


def read_entries(wiki: Any, kinds: dict[str, str], prefixes: Sequence[str],
                 exclude: Sequence[str] = (),
                 integrity: IntegrityConfig | None = None,
                 fresh: Freshness | None = None, key: str = "page_prefixes") -> EntriesRead:
    """Wiki, {kind: template name}, title prefixes -> every entry of those kinds.

    Pages are found through the templates' transclusions (redirects included; the last
    run's list updated from recent changes when that gives the same, see ``bot.wiki.uses``)
    and those under the prefixes are read in batches; pages using the templates outside the
    prefixes
    are not read but named in one problem (and the log), so a round kept in the wrong place
    is not silently missing. Each entry is attributed from page history (forged, early, late
    and ineligible entries are set aside with their reason) and subjects' accounts are
    checked in batches. Shared by every job that reads templates (nominations, selection
    evidence).
    """
    from bot.integrity.entries import frozen_entries, removed_entries
    from bot.wiki.accounts import CLERK_MATTERS, user_facts, with_clerks_by_group
    from bot.wiki.attribution import check_entries, index_history, unsigned_adders
    from bot.wiki.logs import event_logs, removed_signers, with_renames
    from bot.wiki.parsed import parse_kept
    from bot.wiki.state import HistoryStore
    from bot.wiki.uses import (
        former_uses,
        keep_read,
        keep_uses,
        list_uses,
        template_uses,
        transcluded_elsewhere,
    )

    integrity = integrity or IntegrityConfig()
    names = list(kinds.values())
    uses = template_uses(wiki, names, fresh, prefixes, exclude)
    titles, outside = split_by_prefix(sorted(uses.titles - set(exclude)), prefixes)
    store = HistoryStore.for_site(wiki.api_url) if integrity.check_history else None
    former = former_uses(wiki, names, titles, prefixes, exclude) if store is not None else []
    pages = read_current(wiki, titles + former, fresh, transcluders=bool(uses.started))
    elsewhere = transcluded_elsewhere(uses, pages) if uses.started else None
    if elsewhere is not None:
        log.info("listing the templates' uses again (%s is transcluded elsewhere)", elsewhere)
        uses = list_uses(wiki, names, fresh)
        titles, outside = split_by_prefix(sorted(uses.titles - set(exclude)), prefixes)
        pages = read_current(wiki, titles + former, fresh)
    if former:  # a page moved away from the prefixes is no longer the job's
        listed = set(titles)
        pages = [p for p in pages if p.title in listed
                 or (p.title not in exclude and any(p.title.startswith(x) for x in prefixes))]
    keep_uses(wiki, names, uses, fresh)
    if store is not None:
        keep_read(wiki, names, [p.title for p in pages])
    # what the listing gave under ``key``: a save compares it with the published report's
    wiki.coverage = wiki.coverage.with_listed(key, len(titles))
    templates = EntryTemplates(tuple((kind, uses.aliases.get(name, (name,)))
                                     for kind, name in kinds.items()))
    log.info("read %s using %s", plural(len(pages), "page"), ", ".join(names))
    facts = with_renames(wiki, wiki.facts(), store)
    entries, problems = parse_kept(store, pages, facts, templates)
    stray = outside_prefixes_problem(outside)
    if stray is not None:
        log.warning("%s", stray.reason)
        problems.insert(0, stray)
    if store is not None:
        index_history(wiki, pages, store, facts)
    problems = unsigned_adders(problems, {p.title: p.text for p in pages}, store)
    # every entry is judged by its line's events (who added it, who made it say what it
    # says), removed ones included
    logs = event_logs(store, [p.title for p in pages], facts)

    def parse(title: str, text: str) -> list[Any]:
        return parse_pages([(title, text)], facts, templates)[0]

    users, note = user_facts(wiki, ({e.signer or "" for e in entries} - {""})
                             | removed_signers(logs, facts), integrity, store)
    kept, excluded = check_entries(entries, store, users, integrity, facts, logs, parse)
    clerked = with_clerks_by_group(wiki, integrity, [r.editor for r in excluded
                                                      if r.reason in CLERK_MATTERS])
    if clerked is not None:
        kept, excluded = check_entries(entries, store, users, clerked, facts, logs, parse)
    kept, frozen = frozen_entries(kept, logs, parse, integrity)
    still, gone = removed_entries(logs, parse, users, clerked or integrity)
    kept, excluded = [*kept, *still], [*excluded, *frozen, *gone]
    existing = existing_accounts(wiki, {e.subject for e in kept}, store)
    return EntriesRead(kept, problems, {p.title: p.revision for p in pages}, existing,
                       excluded, note)


def existing_accounts(wiki: Any, names: set[str], store: Any) -> set[str]:
    """Names -> those that are registered accounts; names seen registered in an earlier run
    are not asked again (accounts are never unregistered), so a run after a few changes
    asks only about new nominees, and with none asks nothing."""
    known = store.known_accounts(names) if store is not None else set()
    asked = names - known
    found = wiki.existing_users(asked) if asked else set()
    if store is not None and found:
        store.keep_accounts(found)
    return known | found
