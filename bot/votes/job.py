"""The votes job: vote pages -> votes checked against history -> tallies -> results page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.integrity import IntegrityConfig, integrity_config
from bot.core.model import SiteFacts
from bot.core.render import plural


@dataclass(frozen=True)
class VotesJob:
    """Job settings kept beside the counting rules in config/votes.yaml."""

    pages: tuple[str, ...]
    report_page: str
    summary: str
    rules: Any  # bot.votes_config.VoteConfig
    integrity: IntegrityConfig = field(default_factory=IntegrityConfig)


VOTES_JOB_KEYS = {"pages", "report_page", "summary", "integrity"}


def load_votes_job(path: Path) -> VotesJob:
    """config/votes.yaml -> VotesJob (job keys) with its VoteConfig (counting rules)."""
    from bot.core.config import get_str, get_str_list, load_yaml
    from bot.votes.config import load_vote_config

    data = load_yaml(path)
    job = {k: data.pop(k) for k in list(data) if k in VOTES_JOB_KEYS}
    where = str(path)
    return VotesJob(
        pages=get_str_list(job, "pages", where),
        report_page=get_str(job, "report_page", where, "Peer academy/Votes/Results"),
        summary=get_str(job, "summary", where, "peerbot: vote results"),
        rules=load_vote_config(data, where),
        integrity=integrity_config(job.get("integrity"), f"{where}: integrity"))


def tally_page(title: str, text: str, rules: Any, facts: SiteFacts) -> Any:
    """One vote page's wikitext -> its TallyResult, offline (no history or user checks)."""
    from bot.votes.page import parse_votes
    from bot.votes.tally import tally_votes

    return tally_votes(parse_votes(text, facts, rules, title), rules)


def votes_from_wiki(wiki: Any, pages: Sequence[Any], job: VotesJob) -> tuple[list[Any], str]:
    """Vote pages read from the wiki -> (TallyResults after the integrity rules, a note).

    History is indexed first (nothing to fetch when the pages did not change), users are
    looked up in batches, then forged/early/late/ineligible votes are excluded before the
    one-vote-per-person rule and the tallies.
    """
    from bot.core.history import unsigned_user
    from bot.votes.page import parse_votes
    from bot.votes.tally import tally_votes
    from bot.votes.verify import check_votes, unsigned_origins
    from bot.wiki.attribution import (
        CLERK_MATTERS,
        index_history,
        user_facts,
        with_clerks_by_group,
    )
    from bot.wiki.logs import event_logs, removed_signers, with_renames
    from bot.wiki.state import HistoryStore

    store = HistoryStore.for_site(wiki.api_url) if job.integrity.check_history else None
    facts = with_renames(wiki, wiki.facts(), store)
    if store is not None:
        index_history(wiki, pages, store, facts)
    parsed = [parse_votes(p.text, facts, job.rules, p.title) for p in pages]
    logs = event_logs(store, [p.title for p in pages], facts)
    records: list[Any] = [r for page in parsed for r in (*page.votes, *page.ballots)]
    names = {r.user for r in records}
    names |= {u for r in records if (u := unsigned_user(r.text, facts))}
    names |= removed_signers(logs, facts)
    adders = [unsigned_origins(page, store, logs.get(page.page)) for page in parsed]
    names |= {o.user for found in adders for o in found.values()}
    users, note = user_facts(wiki, names, job.integrity, store)
    checked = [check_votes(page, store, users, job.integrity, facts, job.rules, added,
                           logs.get(page.page))
               for page, added in zip(parsed, adders, strict=True)]
    clerked = with_clerks_by_group(wiki, job.integrity, [
        e.editor for page in checked for e in (*page.excluded, *page.ballot_excluded)
        if e.reason in CLERK_MATTERS])
    if clerked is not None:
        checked = [check_votes(page, store, users, clerked, facts, job.rules, added,
                               logs.get(page.page))
                   for page, added in zip(parsed, adders, strict=True)]
    return [tally_votes(page, job.rules) for page in checked], note


def votes_json(results: Sequence[Any], revisions: dict[str, int]) -> dict[str, Any]:
    """TallyResults -> JSON: one page's object, or {"votes": [...]} for several pages."""
    from bot.votes.tally import to_json

    items = []
    for result in results:
        data = to_json(result)
        data["page"] = result.page
        if result.page in revisions:
            data["revision"] = revisions[result.page]
        items.append(data)
    return items[0] if len(items) == 1 else {"votes": items}


def render_votes(results: Sequence[Any], revisions: dict[str, int], note: str = "",
                 audit_counted: bool = True, moved: Mapping[str, str] | None = None) -> str:
    """TallyResults -> the wikitext of the results page's bot part: a section per vote with
    its tables and the audit of every entry; ``moved`` ({title: the old title the config
    names}) says which vote pages were moved."""
    from bot.core.integrity import render_audit
    from bot.core.render import page_link
    from bot.votes.render import render_tally
    from bot.votes.verify import vote_audit

    parts = []
    for result in results:
        revision = revisions.get(result.page)
        counted = (f"Counted: {page_link(result.page, revision=revision)} "
                   f"(revision {revision})." if revision else "")
        if moved and result.page in moved:
            counted += (f" {page_link(moved[result.page])} was moved to "
                        f"{page_link(result.page)}; the bot's config still names the old "
                        "title and should be updated.")
        parts.append(f"== {page_link(result.page)} ==\n{counted}\n{render_tally(result)}\n"
                     + render_audit(vote_audit(result), note, audit_counted))
    return "\n".join(parts)


def votes_summary(results: Sequence[Any], prefix: str) -> str:
    """TallyResults -> edit summary with counts."""
    votes = sum(t.support + t.oppose + t.neutral for r in results for t in r.subjects)
    excluded = sum(len(r.excluded) for r in results)
    return (f"{prefix}: {plural(len(results), 'vote page')}, {plural(votes, 'vote')} "
            f"counted, {excluded} not counted")
