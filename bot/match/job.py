"""The match job: offers and requests -> pairs (kept and new) -> report, talk-page messages.

Reading goes through ``bot.wiki.reading.read_entries`` (the shared reader, with the history
checks of every template job); the published pairs are read back from the report page itself.
Everything from ``match`` on is pure; scripts/match.py calls these and then writes or prints.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from bot.core.config import ConfigError
from bot.core.entries import EntryTemplates, parse_pages
from bot.core.i18n import reading
from bot.core.integrity import AuditRow
from bot.core.model import SiteFacts
from bot.core.phrase import Phrase, said
from bot.core.render import bot_part
from bot.match.config import MatchConfig
from bot.match.explain import misses, recruits, uncovered_needs
from bot.match.message import check_translations, message
from bot.match.offers import read_sides
from bot.match.pairing import MatchResult, Pair, Published, match
from bot.match.render import published_pairs

log = logging.getLogger("peerbot")

MARKER = "match"


@dataclass(frozen=True)
class MatchRun:
    """One run: the result and what the report needs besides it."""

    result: MatchResult
    revisions: dict[str, int]
    audit: tuple[AuditRow, ...] = ()
    note: str = ""
    seed_source: Phrase | None = None  # where the lottery seed came from
    published: str = ""  # the bot's part of the report page as read (what a save replaces)


def today() -> str:
    """-> today's date (UTC), the "since" of pairs made now."""
    return datetime.now(UTC).strftime("%Y-%m-%d")


def templates_of(config: MatchConfig) -> EntryTemplates:
    """Config -> the two entry kinds with their template names."""
    return EntryTemplates(tuple((kind, (name,)) for kind, name in config.templates().items()))


def match_from_pages(pages: Sequence[tuple[str, str]], config: MatchConfig,
                     facts: SiteFacts) -> MatchRun:
    """[(title, text)] -> MatchRun, offline: no history check, no published pairs."""
    entries, problems = parse_pages(pages, facts, templates_of(config))
    sides = read_sides(entries, problems, config)
    return MatchRun(match(sides, config, config.seed, (), today()), {})


def seed_of(config: MatchConfig, wiki: Any) -> tuple[str, Phrase]:
    """Config and wiki -> (seed, where it came from); seed_revision is read from the wiki."""
    if config.seed_revision is None:
        return config.seed, said("peerbot-match-seed-config")
    sha1 = wiki.revision_sha1(config.seed_revision)
    if sha1 is None:
        raise ConfigError(f"match: seed_revision {config.seed_revision} does not exist yet; "
                          "the draw can only be made once that revision is saved")
    return sha1, said("peerbot-match-seed-revision", config.seed_revision)


def newcomers_of(wiki: Any, names: set[str], config: MatchConfig) -> set[str]:
    """Mentee names -> those with fewer edits than newcomer_max_edits (one batched look-up,
    made only when the newcomer preference is on)."""
    if not names or not config.weight("newcomer"):
        return set()
    info = wiki.user_info(names)
    return {n for n, data in info.items()
            if not data.get("missing") and data.get("editcount", 0) < config.newcomer_max_edits}


def accounted_pages(wiki: Any, published: Sequence[Published], read: set[str],
                    config: MatchConfig) -> set[str]:
    """Published pairs and the pages read -> the pages where a side not found was really
    removed: those read, and those of the published sides that no longer exist or lie under
    page_prefixes without using the templates (one request, only when a side's page was not
    read)."""
    from bot.core.entries import split_by_prefix

    asked = sorted({page for p in published for page in (p.mentor_page, p.mentee_page)
                    if page and page not in read})
    if not asked:
        return read
    existing = {p.title for p in wiki.read_pages(asked)}
    inside, _ = split_by_prefix(asked, config.page_prefixes)
    return read | {page for page in asked if page not in existing or page in inside}


def match_from_wiki(wiki: Any, config: MatchConfig, fresh: Any = None) -> MatchRun:
    """Wiki -> MatchRun: entries checked against history, pairs read back from the report."""
    from bot.wiki.reading import read_entries

    seed, source = seed_of(config, wiki)
    read = read_entries(wiki, config.templates(), config.page_prefixes,
                        exclude=[config.report_page], integrity=config.integrity, fresh=fresh)
    sides = read_sides(read.entries, read.problems, config)
    report = wiki.read_pages([config.report_page])
    part = bot_part(report[0].text, MARKER) if report else ""
    published = published_pairs(part)
    result = match(sides, config, seed, published, today(),
                   ask_newcomers=lambda names: newcomers_of(wiki, names, config),
                   accounted=accounted_pages(wiki, published, set(read.revisions), config))
    if result.unread:
        wiki.coverage = wiki.coverage.with_unaccounted(
            [f"the pair {p.mentor} and {p.mentee}" for p in result.unread])
    counted = [AuditRow(e.page, e.line, e.signer or "", e.subject, e.kind, "", e.revision,
                        e.editor) for e in read.entries]
    audit = tuple(sorted(counted + list(read.excluded), key=lambda r: (r.page, r.line)))
    return MatchRun(result, dict(read.revisions), audit, read.note, source, part)


def plan_notices(result: MatchResult, config: MatchConfig
                 ) -> tuple[MatchResult, tuple[Pair, ...]]:
    """-> the result with every pair still to be told marked notified, and those pairs.

    The pairs page is saved with that result before any message (``notify: talk``), so the
    link in a message is never red when it arrives; pairs whose messages then fail are
    marked back with ``unmark`` and the page saved again."""
    if config.notify != "talk":
        return result, ()
    told = tuple(pair for pair in result.pairs if not pair.notified)
    return replace(result, pairs=tuple(replace(p, notified=True) for p in result.pairs)), told


def unmark(result: MatchResult, failed: set[tuple[str, str]]) -> MatchResult:
    """Result and the (mentor, mentee) pairs a message failed for -> those not notified."""
    return replace(result, pairs=tuple(replace(p, notified=False)
                                       if (p.mentor, p.mentee) in failed else p
                                       for p in result.pairs))


def notify(wiki: Any, pairs: Sequence[Pair], config: MatchConfig
           ) -> tuple[set[tuple[str, str]], list[Any]]:
    """Post one message on both talk pages of each pair -> (the (mentor, mentee) pairs for
    which a message could not be saved, the save outcomes).

    Each message sits between the bot's markers named after the pair and is signed by the
    bot (``~~~~``), in the reader's language when a translation exists (``bot.match.message``).
    A message already on the page is left as it is (its signature is that of its first
    save); ``{{bots}}``/``{{nobots}}`` are respected and ``-simulate`` shows the messages
    without saving."""
    check_translations(config.message_dir)
    outcomes: list[Any] = []
    failed: set[tuple[str, str]] = set()
    for pair in pairs:
        marker = f"match {pair.mentor} and {pair.mentee}"
        for user in (pair.mentor, pair.mentee):
            title = f"User talk:{user}"
            if any(bot_part(page.text, marker) for page in wiki.read_pages([title])):
                continue  # told by an earlier run whose report did not record it
            with reading(config.message_dir):
                text, words, _ = message(pair, user, config.report_page)
            summary = f"{config.summary}: {words}"
            # not a report: scripts/match.py notifies only when the report may be saved
            outcome = wiki.save_parts(title, [(marker, text)], summary, guarded=False)
            if outcome.status == "refused" and "nobots" in outcome.message:
                log.info("%s: not told, {{nobots}} or {{bots}} forbids it", title)
                continue  # they asked bots to stay away: told as far as they allow
            outcomes.append(outcome)
            if outcome.status not in ("edited", "created", "no change", "simulated"):
                failed.add((pair.mentor, pair.mentee))
    return failed, outcomes


def to_json(run: MatchRun, config: MatchConfig) -> dict[str, Any]:
    """MatchRun -> the documented JSON shape of ``peerbot match --json``."""
    result = run.result
    missed = misses(result, config)
    return {
        "seed": result.seed,
        "seed_source": run.seed_source.english() if run.seed_source else "",
        "score": {"matched": result.score[0], "needs_covered": result.score[1],
                  "preference": result.score[2], "lottery_sum": -result.score[3]},
        "pairs": [{"mentor": p.mentor, "mentee": p.mentee, "languages": list(p.languages),
                   "needs_covered": list(p.needs), "since": p.since, "new": p.new,
                   "notified": p.notified} for p in result.pairs],
        "waiting": [{"mentee": m.request.user, "languages": list(m.request.languages),
                     "needs": list(m.request.tags), "reason": m.reason} for m in missed],
        "recruit": [{"language": r.language, "skill": r.skill, "waiting": r.waiting}
                    for r in recruits(missed)],
        "uncovered_needs": [{"need": t, "requests": n} for t, n in uncovered_needs(result)],
        "mentors": [{"mentor": o.user, "languages": list(o.languages), "skills": list(o.tags),
                     "capacity": o.capacity, "used": result.used(o.user)}
                    for o in result.sides.active_offers()],
        "ended": [{"mentor": e.mentor, "mentee": e.mentee, "since": e.since, "reason": e.reason}
                  for e in result.ended],
        "withdrawn": [{"user": s.user, "kind": s.kind} for s in
                      (*result.sides.offers, *result.sides.requests) if s.withdrawn],
        "problems": [{"page": p.page, "reason": p.reason, "line": p.line}
                     for p in result.sides.problems],
        "revisions": dict(run.revisions),
    }
