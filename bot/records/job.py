"""The records job: checked entries and published rows -> each person's record -> the
records page and the full-record subpages.

Entries come through ``bot.wiki.reading.read_entries`` (the shared reader, with its history
checks: forged and tampered entries are excluded and shown in the audit); seats and pairs are
read from the rows the selection and match jobs publish, only from revisions saved by the
bot's own account (or a configured publisher); the previous records are read back from the
records page and its subpages. ``compile_records`` is pure; scripts/records.py writes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from bot.core.i18n import msg
from bot.core.integrity import AuditRow, IntegrityConfig, with_problems
from bot.core.model import Entry, Problem
from bot.core.notices import problem
from bot.core.render import bot_part, data_rows
from bot.records.config import RecordsConfig
from bot.records.items import (
    FULL,
    OPT_OUT,
    Item,
    Published,
    choices,
    goal_items,
    pair_items,
    seat_items,
    signed_items,
)
from bot.records.ledger import PageSeen, Previous, merge
from bot.records.render import previous_records, subpage

log = logging.getLogger("peerbot")

MARKER = "records"
# The rows other jobs publish, as their pages carry them (see bot/selection/render.py and
# bot/match/render.py): the bot's part named by the marker, rows of that class.
SEAT_SOURCE = ("selection", "peerbot-seat")
PAIR_SOURCE = ("match", "peerbot-pair")


@dataclass(frozen=True)
class Sources:
    """What one run read: checked entries, published rows, previous records, pages seen."""

    entries: Sequence[Entry] = ()
    problems: Sequence[Problem] = ()
    seats: Sequence[Published] = ()
    pairs: Sequence[Published] = ()
    previous: Mapping[str, Previous] = field(default_factory=dict)
    pages: Mapping[str, PageSeen] = field(default_factory=dict)
    struck: Mapping[tuple[str, int], tuple[int, str]] = field(default_factory=dict)
    revisions: Mapping[str, int] = field(default_factory=dict)
    audit: Sequence[AuditRow] = ()
    note: str = ""


@dataclass(frozen=True)
class RecordsRun:
    """One run's records: who is listed with which items, who gets a full record."""

    records: dict[str, list[Item]]
    full: tuple[str, ...]
    closed: tuple[str, ...]  # earlier full records no longer asked for: emptied
    problems: tuple[Problem, ...]
    revisions: dict[str, int]
    audit: tuple[AuditRow, ...] = ()
    note: str = ""


def _mask(item: Item, hidden: set[str]) -> Item:
    """An item -> the same without the names of people who opted out."""
    return replace(item, other="" if item.other in hidden else item.other,
                   by="" if item.by in hidden else item.by,
                   editor="" if item.editor in hidden else item.editor)


def _mentions(text: str, hidden: set[str]) -> bool:
    return any(name and name in text for name in hidden)


def compile_records(src: Sources, config: RecordsConfig) -> RecordsRun:
    """Sources -> RecordsRun; pure. Opted-out people are left out everywhere."""
    clerks = (config.integrity or IntegrityConfig()).clerks
    entries, struck, tampered = own_strikes(src.entries, src.struck, clerks)
    by_kind: dict[str, list[Entry]] = {}
    for entry in entries:
        by_kind.setdefault(entry.kind, []).append(entry)
    goals, goal_problems = goal_items(by_kind.get("goal", []), struck)
    signed, signed_problems = signed_items(
        [e for k in ("recommendation", "mentoring feedback", "recognition")
         for e in by_kind.get(k, [])], struck)
    chosen, choice_problems = choices(by_kind.get("record choice", []), config.report_page)
    hidden = set(config.opt_out) | {u for u, c in chosen.items() if c == OPT_OUT}
    current = [*seat_items(src.seats), *goals, *signed, *pair_items(src.pairs)]
    merged = merge(current, src.previous, src.pages)
    full = sorted((u for u, c in chosen.items() if c == FULL and u not in hidden), key=str.casefold)
    for person in full:
        merged.setdefault(person, [])
    records = {p: [_mask(i, hidden) for i in items]
               for p, items in merged.items() if p not in hidden}
    closed = tuple(sorted(p for p, prev in src.previous.items() if prev.full and p not in full))
    problems = tuple(p for p in (*src.problems, *goal_problems, *signed_problems,
                                 *choice_problems) if not _mentions(p.reason, hidden))
    audit = with_problems(sorted((r for r in (*src.audit, *tampered)
                                  if not {r.user, r.subject, r.editor or ""} & hidden),
                                 key=lambda r: (r.page, r.line)), problems)
    return RecordsRun(records, tuple(full), closed, problems, dict(src.revisions), audit,
                      src.note)


# --- reading ------------------------------------------------------------------------------

def published_rows(page: Any, source: tuple[str, str], publishers: Iterable[str]
                   ) -> tuple[list[Published], Problem | None]:
    """A report page (PageText) -> its published rows, or a problem when its current
    revision was not saved by a publisher (then nothing of it is read: its earlier items
    stay as they were)."""
    if page.user not in set(publishers):
        if not page.user:
            return [], problem(page.title, "peerbot-records-saved-by-hidden", page.revision)
        return [], problem(page.title, "peerbot-records-saved-by-other", page.revision,
                           page.user)
    marker, row_class = source
    return [Published(page.title, page.revision, page.user, page.timestamp[:10],
                      tuple(sorted(attrs.items())))
            for attrs in data_rows(bot_part(page.text, marker), row_class)], None


def struck_revisions(store: Any, facts: Any, entries: Sequence[Entry]
                     ) -> dict[tuple[str, int], tuple[int, str]]:
    """History index and entries -> {(page, line): (the first revision in which each struck
    entry was struck, its editor)}, from the index the reader just brought up to date (no
    request). An entry's text starts at its template, so the strike opened before it on its
    line is put back to find the revision that made it say "struck"."""
    from bot.core.history import entry_keys
    from bot.wiki.attribution import origins_for

    struck = [e for e in entries if e.struck]
    out: dict[tuple[str, int], tuple[int, str]] = {}
    for title in sorted({e.page for e in struck}):
        group = [e for e in struck if e.page == title]
        texts = ["<s>" + e.text for e in group]
        origins = origins_for(store, title, texts, facts)
        for entry, text in zip(group, texts, strict=True):
            meaning = entry_keys(text, facts)[1]
            origin = origins.get(meaning) if meaning else None
            out[(entry.page, entry.line)] = (origin.revision, origin.user) if origin else (0, "")
    return out


def own_strikes(entries: Sequence[Entry], struck: Mapping[tuple[str, int], tuple[int, str]],
                clerks: Sequence[str]) -> tuple[list[Entry], dict[tuple[str, int], int],
                                                 list[AuditRow]]:
    """Entries and who struck them -> (entries, {(page, line): revision} of the strikes by the
    signer or a clerk, audit rows of strikes by anyone else: those do not withdraw)."""
    kept: list[Entry] = []
    withdrawn: dict[tuple[str, int], int] = {}
    rows: list[AuditRow] = []
    for entry in entries:
        where = (entry.page, entry.line)
        if not entry.struck or where not in struck:
            kept.append(entry)
            continue
        revision, editor = struck[where]
        if not editor or editor == entry.signer or editor in clerks:
            withdrawn[where] = revision
            kept.append(entry)
            continue
        kept.append(replace(entry, struck=False))
        rows.append(AuditRow(entry.page, entry.line, entry.signer or "", entry.subject,
                             entry.kind, "tampered", revision, editor,
                             msg("peerbot-records-struck-by", editor, entry.signer or "")))
    return kept, withdrawn, rows


def _report_rows(reports: Mapping[str, Any], config: RecordsConfig, publishers: Sequence[str]
                 ) -> tuple[list[Published], list[Published], list[Problem], dict[str, PageSeen]]:
    seats: list[Published] = []
    pairs: list[Published] = []
    problems: list[Problem] = []
    seen: dict[str, PageSeen] = {}
    for key, titles, source, out in (
            ("selection_pages", config.selection_pages, SEAT_SOURCE, seats),
            ("pairs_pages", config.pairs_pages, PAIR_SOURCE, pairs)):
        for title in titles:
            page = reports.get(title)
            if page is None:
                problems.append(problem(title, "peerbot-records-no-selection-page"
                                        if source is SEAT_SOURCE else
                                        "peerbot-records-no-pairs-page", key))
                continue
            rows, held = published_rows(page, source, publishers)
            out.extend(rows)
            if held is not None:
                problems.append(held)
            seen[title] = PageSeen(page.revision, page.timestamp[:10], held=held is not None)
    return seats, pairs, problems, seen


def _previous(wiki: Any, records_page: Any, config: RecordsConfig
              ) -> tuple[dict[str, Previous], dict[str, str]]:
    """The records page (PageText or None) -> previous records and {person: the bot's part
    of their subpage as read} (one batched read of the subpages, only when there are any)."""
    text = bot_part(records_page.text, MARKER) if records_page is not None else ""
    first = previous_records(text, {})
    wanted = [p for p, prev in first.items() if prev.full]
    parts: dict[str, str] = {}
    if wanted:
        titles = {subpage(config.report_page, p): p for p in wanted}
        parts = {titles[p.title]: bot_part(p.text, MARKER) for p in wiki.read_pages(list(titles))
                 if p.title in titles}
    return previous_records(text, parts), parts


def _published(wiki: Any, config: RecordsConfig) -> dict[str, Any]:
    """Wiki -> {title the config names: the page read} for the selection and pairs pages
    and the records page, in one request. A moved selection or pairs page is read through
    its redirect and named in the report's config problems."""
    from bot.core.notices import moved_problem

    titles = [*config.selection_pages, *config.pairs_pages, config.report_page]
    reports = {}
    for page in wiki.read_pages(titles, redirects=True):
        if page.moved_from == config.report_page:
            continue  # the bot writes at the title its config names, never at a redirect's
        if page.moved_from:
            key = "selection_pages" if page.moved_from in config.selection_pages else "pairs_pages"
            log.warning("%s was moved to %s; update %s", page.moved_from, page.title, key)
            wiki.notices.append(moved_problem(page.moved_from, page.title, key))
        reports[page.moved_from or page.title] = page
    return reports


def records_from_wiki(wiki: Any, config: RecordsConfig, fresh: Any = None
                      ) -> tuple[RecordsRun, dict[str, str]]:
    """Wiki -> (RecordsRun, {person: their subpage's bot part as read})."""
    from bot.wiki.reading import read_entries

    read = read_entries(wiki, config.templates(), config.prefixes(),
                        integrity=config.integrity, fresh=fresh)
    reports = _published(wiki, config)
    publishers = config.publishers or (wiki.site.username() or "",)
    seats, pairs, problems, seen = _report_rows(reports, config, publishers)
    previous, parts = _previous(wiki, reports.get(config.report_page), config)
    seen.update({t: PageSeen(r) for t, r in read.revisions.items() if t not in seen})
    missing = sorted({i.page for prev in previous.values() for i in prev.items
                      if i.active and i.page and i.page not in seen})
    if missing:
        seen.update({p.title: PageSeen(p.revision, p.timestamp[:10])
                     for p in wiki.read_pages(missing)})
    # The records page is left out: every save of the bot's own would change its revision.
    revisions = {t: r for t, r in {**read.revisions, **{t: p.revision for t, p in
                                                        reports.items()}}.items()
                 if t != config.report_page}
    counted = [AuditRow(e.page, e.line, e.signer or "", e.subject, e.kind, "", e.revision,
                        e.editor) for e in read.entries]
    audit = sorted(counted + list(read.excluded), key=lambda r: (r.page, r.line))
    src = Sources(read.entries, [*problems, *read.problems], seats, pairs, previous, seen,
                  _struck(wiki, read.entries, config), revisions, audit, read.note)
    return compile_records(src, config), parts


def _struck(wiki: Any, entries: Sequence[Entry], config: RecordsConfig
            ) -> dict[tuple[str, int], tuple[int, str]]:
    if not any(e.struck for e in entries) or not (config.integrity or IntegrityConfig()
                                                   ).check_history:
        return {}
    from bot.wiki.state import HistoryStore

    return struck_revisions(HistoryStore.for_site(wiki.api_url), wiki.facts(), entries)


def records_from_pages(pages: Sequence[tuple[str, str]], config: RecordsConfig,
                       facts: Any) -> RecordsRun:
    """[(title, text)] -> RecordsRun, offline: entries and published rows of those texts, no
    history check, no previous records."""
    from bot.core.entries import EntryTemplates, parse_pages

    templates = EntryTemplates(tuple((k, (n,)) for k, n in config.templates().items()))
    entries, problems = parse_pages(pages, facts, templates)
    rows: dict[str, list[Published]] = {"seat": [], "pair": []}
    for title, text in pages:
        for kind, (marker, row_class) in (("seat", SEAT_SOURCE), ("pair", PAIR_SOURCE)):
            part = bot_part(text, marker)
            rows[kind] += [Published(title, 0, "", "", tuple(sorted(a.items())))
                           for a in data_rows(part, row_class)]
    src = Sources(entries, problems, rows["seat"], rows["pair"],
                  revisions={t: 0 for t, _ in pages})
    return compile_records(src, config)


def to_json(run: RecordsRun) -> dict[str, Any]:
    """RecordsRun -> the documented JSON shape of ``peerbot records --json``."""
    from bot.records.ledger import counts

    return {
        "people": [{"user": person, "full": person in run.full, "counts": counts(items),
                    "items": [_item_json(i) for i in items]}
                   for person, items in sorted(run.records.items())],
        "problems": [{"page": p.page, "reason": p.reason, "line": p.line}
                     for p in run.problems],
        "excluded": [{"user": r.user, "subject": r.subject, "kind": r.stance,
                      "reason": r.reason, "revision": r.revision, "editor": r.editor,
                      "page": r.page, "line": r.line} for r in run.audit if r.reason],
        "revisions": dict(run.revisions),
    }


def _item_json(item: Item) -> dict[str, Any]:
    return {"kind": item.kind, "key": item.key, "text": item.text, "page": item.page,
            "revision": item.revision, "by": item.by, "other": item.other,
            "status": item.status, "since": item.since, "until": item.until,
            "editor": item.editor, "withdrawn": item.withdrawn, "why": item.why}
