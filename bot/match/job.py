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
from bot.core.integrity import AuditRow
from bot.core.model import SiteFacts
from bot.core.render import bot_part, escape_text, page_link, user_link
from bot.match.config import MatchConfig
from bot.match.explain import misses, recruits, uncovered_needs
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
    seed_source: str = ""
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


def seed_of(config: MatchConfig, wiki: Any) -> tuple[str, str]:
    """Config and wiki -> (seed, where it came from); seed_revision is read from the wiki."""
    if config.seed_revision is None:
        return config.seed, "the config's seed"
    sha1 = wiki.revision_sha1(config.seed_revision)
    if sha1 is None:
        raise ConfigError(f"match: seed_revision {config.seed_revision} does not exist yet; "
                          "the draw can only be made once that revision is saved")
    return sha1, f"SHA-1 of revision {config.seed_revision}"


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


def message(pair: Pair, me: str, config: MatchConfig) -> str:
    """A new pair and one of its two people -> the short talk-page message for them."""
    other = pair.mentee if me == pair.mentor else pair.mentor
    role = "mentee" if me == pair.mentor else "mentor"
    languages = ", ".join(escape_text(c) for c in pair.languages)
    return (f"== Peer academy mentoring: {escape_text(other)} ==\n"
            f"Hello! The peer academy's mentoring round paired you with "
            f"{user_link(other)} as your {role} (you share: {languages}). Say hello on their "
            f"talk page; the pairs are listed at {page_link(config.report_page)}. (peerbot, for the "
            "peer academy organizers)")


def notify(wiki: Any, result: MatchResult, config: MatchConfig) -> tuple[MatchResult, list[Any]]:
    """Post one message on both talk pages of every pair not yet notified (``notify: talk``).

    Each message sits between the bot's markers named after the pair, so it is posted once
    even if the report could not record it; ``{{bots}}``/``{{nobots}}`` are respected and
    ``-simulate`` shows the messages without saving. -> the result with the pairs whose two
    messages were saved (or were already there) marked notified, and the save outcomes.
    """
    if config.notify != "talk":
        return result, []
    outcomes: list[Any] = []
    pairs: list[Pair] = []
    for pair in result.pairs:
        if pair.notified:
            pairs.append(pair)
            continue
        done = True
        for user in (pair.mentor, pair.mentee):
            marker = f"match {pair.mentor} and {pair.mentee}"
            # not a report: scripts/match.py notifies only when the report may be saved
            outcome = wiki.save_parts(f"User talk:{user}", [(marker, message(pair, user, config))],
                                      f"{config.summary}: you have a mentoring pair",
                                      guarded=False)
            if outcome.status == "refused" and "nobots" in outcome.message:
                log.info("User talk:%s: not told, {{nobots}} or {{bots}} forbids it", user)
                continue  # they asked bots to stay away: told as far as they allow
            outcomes.append(outcome)
            done = done and outcome.status in ("edited", "created", "no change")
        pairs.append(replace(pair, notified=done))
    return replace(result, pairs=tuple(pairs)), outcomes


def to_json(run: MatchRun, config: MatchConfig) -> dict[str, Any]:
    """MatchRun -> the documented JSON shape of ``peerbot match --json``."""
    result = run.result
    missed = misses(result, config)
    return {
        "seed": result.seed,
        "seed_source": run.seed_source,
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
