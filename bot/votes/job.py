"""The votes job: vote pages -> votes checked against history -> tallies -> results page."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core.i18n import msg, plain
from bot.core.integrity import IntegrityConfig, integrity_config
from bot.core.model import SiteFacts
from bot.core.render import page_link, plural

log = logging.getLogger("peerbot")


@dataclass(frozen=True)
class VotesJob:
    """Job settings kept beside the counting rules in config/votes.yaml."""

    pages: tuple[str, ...]
    report_page: str
    summary: str  # start of the edit summary ("": the message peerbot-votes-summary-prefix)
    rules: Any  # bot.votes_config.VoteConfig
    integrity: IntegrityConfig = field(default_factory=IntegrityConfig)
    certify_template: str = "Peer academy certify"
    archive_page: str = ""  # where a certified vote's final results go once it closed
    language: str = ""  # the report's language ("": the wiki's content language)


VOTES_JOB_KEYS = {"pages", "report_page", "summary", "integrity", "certify_template",
                  "archive_page", "language"}


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
        summary=get_str(job, "summary", where, "") if job.get("summary") is not None else "",
        rules=load_vote_config(data, where),
        integrity=integrity_config(job.get("integrity"), f"{where}: integrity"),
        certify_template=get_str(job, "certify_template", where, "Peer academy certify"),
        archive_page=(get_str(job, "archive_page", where)
                      if job.get("archive_page") is not None else ""),
        language=(get_str(job, "language", where)
                  if job.get("language") is not None else ""))


def tally_page(title: str, text: str, rules: Any, facts: SiteFacts) -> Any:
    """One vote page's wikitext -> its TallyResult, offline (no history or user checks)."""
    from bot.votes.page import parse_votes
    from bot.votes.tally import tally_votes

    return tally_votes(parse_votes(text, facts, rules, title), rules)


def votes_from_wiki(wiki: Any, pages: Sequence[Any], job: VotesJob,
                    results_page: Any = None) -> tuple[list[Any], str, dict[str, Any]]:
    """Vote pages read from the wiki (and the results page as read, None when it does not
    exist) -> (TallyResults after the integrity rules, a note, {vote page: its
    certification Standing}).

    History is indexed first (nothing to fetch when the pages did not change), users are
    looked up in batches, then forged/early/late/ineligible votes are excluded before the
    one-vote-per-person rule and the tallies. A vote page a clerk certified shows the tally
    of the certified revision (``bot.votes.certification``).
    """
    from bot.core.history import unsigned_user
    from bot.votes import certification
    from bot.votes.kept import parse_votes_kept
    from bot.votes.parts import merged
    from bot.votes.tally import tally_votes
    from bot.votes.verify import check_votes, unsigned_origins
    from bot.wiki.accounts import CLERK_MATTERS, user_facts, with_clerks_by_group
    from bot.wiki.attribution import index_history
    from bot.wiki.logs import event_logs, removed_signers, with_renames
    from bot.wiki.state import HistoryStore

    store = HistoryStore.for_site(wiki.api_url) if job.integrity.check_history else None
    facts = with_renames(wiki, wiki.facts(), store)
    parents = parse_votes_kept(store, pages, facts, job.rules)
    read_parts, parts, part_note = _parts(wiki, pages, parents, facts, job.rules)
    certs = certification.read_claims(results_page, facts, job.certify_template)
    # the results page's own history is read only when it holds a certify template
    certifying = [results_page] if certs.claims and store is not None else []
    if store is not None:
        index_history(wiki, [*pages, *read_parts, *certifying], store, facts)
    parsed = [*parents, *(part for found in parts.values() for part in found)]
    logs = event_logs(store, [p.page for p in parsed] + [p.title for p in certifying], facts)
    certs = certification.judge_claims(
        wiki, certs, logs.get(results_page.title) if certifying else None, pages,
        job.integrity)
    certs = certification.read_certified(wiki, certs, pages, facts, job.rules)
    records: list[Any] = [r for page in parsed for r in (*page.votes, *page.ballots)]
    names = {r.user for r in records} | certs.names()
    names |= {u for r in records if (u := unsigned_user(r.text, facts))}
    names |= removed_signers(logs, facts)
    adders = [unsigned_origins(page, store, logs.get(page.page)) for page in parsed]
    names |= {o.user for found in adders for o in found.values()}
    users, note = user_facts(wiki, names, job.integrity, store)

    def check(config: IntegrityConfig) -> dict[str, Any]:
        return {page.page: check_votes(page, store, users, config, facts, job.rules, added,
                                       logs.get(page.page))
                for page, added in zip(parsed, adders, strict=True)}

    def check_certified(config: IntegrityConfig) -> dict[str, Any]:
        # as it stood at the certified revision: the line blame of the whole history
        # attributes it; the event log (which follows the lines of today) is not used
        return {title: check_votes(page, store, users, config, facts, job.rules,
                                   unsigned_origins(page, store, None), None)
                for title, page in certs.at_revision.items()}

    checked, certified = check(job.integrity), check_certified(job.integrity)
    clerked = with_clerks_by_group(wiki, job.integrity, [
        e.editor for page in (*checked.values(), *certified.values())
        for e in (*page.excluded, *page.ballot_excluded) if e.reason in CLERK_MATTERS])
    if clerked is not None:
        checked, certified = check(clerked), check_certified(clerked)
    whole = [merged(certified.get(p.page, checked[p.page]),
                    [checked[q.page] for q in parts.get(p.page, [])]) for p in parents]
    note = " ".join(n for n in (note, part_note) if n)
    standings = certification.standings(certs, logs, [p.page for p in parents])
    return [tally_votes(page, job.rules) for page in whole], note, standings


def _parts(wiki: Any, pages: Sequence[Any], parents: Sequence[Any], facts: SiteFacts,
           rules: Any) -> tuple[list[Any], dict[str, list[Any]], str]:
    """Vote pages and their parses -> (the pages they transclude that are their own
    subpages, read; {vote page: those parts parsed as it reads them}; a note naming other
    transcluded pages that hold votes, which are not counted). One request, made only when
    a vote page transcludes a page."""
    from bot.votes.page import parse_votes
    from bot.votes.parts import as_read, layout_of, part_text, transclusions

    found = {p.title: transclusions(p.text, p.title) for p in pages}
    wanted = sorted({part.title for parts in found.values() for part in parts})
    if not wanted:
        return [], {}, ""
    texts = {p.title: p for p in wiki.read_pages(wanted, redirects=True)}
    read: list[Any] = []
    out: dict[str, list[Any]] = {}
    notes = []
    for parent in parents:
        for part in found.get(parent.page, []):
            page = texts.get(part.title)
            if page is None:
                continue
            parsed = as_read(parse_votes(part_text(part, page.text), facts,
                                         layout_of(parent, rules), page.title), part, parent)
            if part.own:
                read.append(page)
                out.setdefault(parent.page, []).append(parsed)
                continue
            held = len(parsed.votes) + len(parsed.excluded) + len(parsed.ballots)
            if held:
                log.warning("%s transcludes %s, which holds %s: not counted", parent.page,
                            part.title, plural(held, "vote"))
                notes.append(msg("peerbot-votes-part-not-counted", page_link(part.title),
                                 page_link(parent.page), held))
    return read, out, " ".join(notes)


def votes_json(results: Sequence[Any], revisions: dict[str, int],
               standings: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """TallyResults -> JSON: one page's object, or {"votes": [...]} for several pages; with
    ``standings`` (read from a wiki), each says what is certified and what changed since."""
    from bot.votes.certify import standing_json
    from bot.votes.tally import to_json

    items = []
    for result in results:
        data = to_json(result)
        data["page"] = result.page
        if result.page in revisions:
            data["revision"] = revisions[result.page]
        if standings is not None:
            data.update(standing_json(standings.get(result.page)))
        items.append(data)
    return items[0] if len(items) == 1 else {"votes": items}


def render_votes(results: Sequence[Any], revisions: dict[str, int], note: str = "",
                 audit_counted: bool = True, moved: Mapping[str, str] | None = None,
                 standings: Mapping[str, Any] | None = None,
                 template: str = "Peer academy certify") -> str:
    """TallyResults -> the wikitext of the results page's bot part: a section per vote with
    its tables and the audit of every entry; ``moved`` ({title: the old title the config
    names}) says which vote pages were moved; ``standings`` whether each is certified
    (without: provisional), and what changed since."""
    from bot.core.integrity import render_audit
    from bot.votes.certify import Standing, counted_marker
    from bot.votes.certify_render import render_changes, render_standing
    from bot.votes.render import render_tally
    from bot.votes.verify import vote_audit

    parts = []
    for result in results:
        revision = revisions.get(result.page)
        counted = (counted_marker(revision, msg(
            "peerbot-votes-counted", page_link(result.page, revision=revision), revision))
            if revision else "")
        if moved and result.page in moved:
            counted += " " + msg("peerbot-votes-moved", page_link(moved[result.page]),
                                 page_link(result.page))
        standing = (standings or {}).get(result.page) or Standing()
        status = render_standing(result.page, revision, standing, template)
        changes = render_changes(standing)
        parts.append(f"== {page_link(result.page)} ==\n{counted}\n{status}\n"
                     f"{render_tally(result)}\n" + (f"{changes}\n" if changes else "")
                     + render_audit(vote_audit(result), note, audit_counted))
    return "\n".join(parts)


def votes_summary(results: Sequence[Any], prefix: str) -> str:
    """TallyResults and the job's ``summary`` ("": the message's) -> the edit summary with
    counts, in the report's language (``plain``: MediaWiki does not parse summaries)."""
    votes = sum(t.support + t.oppose + t.neutral for r in results for t in r.subjects)
    excluded = sum(len(r.excluded) for r in results)
    return plain("peerbot-votes-summary", prefix or plain("peerbot-votes-summary-prefix"),
                 len(results), votes, excluded)
