"""The votes job's certification step: the results page's certify templates, checked against
its history, and each certified vote page read as it stood at the certified revision.

Only a results page that holds a certify template costs anything: its history is walked
with the vote pages' (``index_history``, the same rounds), the clerks named by group are
looked up only when ``clerk_groups`` is set, and a certified revision older than the one
read now is read in one request for all vote pages. The rules are ``bot.votes.certify``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from bot.core.integrity import IntegrityConfig
from bot.core.model import SiteFacts
from bot.integrity.events import EventLog
from bot.votes.certify import (
    Certification,
    Claim,
    Refusal,
    Standing,
    certifications,
    changes_since,
    find_claims,
    refusal,
)
from bot.votes.model import VotePage


@dataclass
class Certifying:
    """What the certification step found on one results page."""

    claims: list[Claim] = field(default_factory=list)
    accepted: dict[str, Certification] = field(default_factory=dict)
    refused: list[Refusal] = field(default_factory=list)
    at_revision: dict[str, VotePage] = field(default_factory=dict)  # parsed at N

    def names(self) -> set[str]:
        """-> the voters of the certified revisions (looked up with the others)."""
        return {r.user for page in self.at_revision.values() for r in page.votes} | {
            b.user for page in self.at_revision.values() for b in page.ballots}


def read_claims(results_page: Any, facts: SiteFacts, template: str) -> Certifying:
    """The results page as read (None: it does not exist) -> its certify claims."""
    if results_page is None:
        return Certifying()
    return Certifying(find_claims(results_page.text, facts, template))


def judge_claims(wiki: Any, found: Certifying, results_log: EventLog | None,
                 pages: Sequence[Any], config: IntegrityConfig) -> Certifying:
    """Claims and the results page's event log -> accepted and refused certifications
    (the signers in ``clerk_groups`` looked up in one request, only when that is set)."""
    if not found.claims:
        return found
    from bot.wiki.accounts import with_clerks_by_group

    clerked = with_clerks_by_group(wiki, config, [c.signer for c in found.claims])
    clerks = (clerked or config).clerks
    found.accepted, found.refused = certifications(found.claims, results_log,
                                                   {p.title for p in pages}, clerks)
    return found


def read_certified(wiki: Any, found: Certifying, pages: Sequence[Any], facts: SiteFacts,
                   rules: Any) -> Certifying:
    """Accepted certifications -> each vote page parsed as it stood at the certified
    revision (the current text when that is the revision read now; older ones in one
    request); a revision that cannot be read becomes a refusal."""
    from bot.votes.page import parse_votes

    current = {p.title: p for p in pages}
    older = sorted({c.revision for c in found.accepted.values()
                    if c.revision != current[c.page].revision})
    texts = wiki.revisions(older) if older else {}
    for title, cert in list(found.accepted.items()):
        page = current[title]
        if cert.revision == page.revision:
            text: str | None = page.text
        else:
            rev = texts.get(cert.revision)
            text = rev.text if rev is not None and rev.page_id == page.page_id else None
        if text is None:
            del found.accepted[title]
            found.refused.append(refusal(title, cert.by, 0, "peerbot-certify-unreadable",
                                         cert.revision, title,
                                         results_revision=cert.results_revision))
            continue
        found.at_revision[title] = parse_votes(text, facts, rules, title)
    return found


def standings(found: Certifying, logs: Mapping[str, EventLog],
              titles: Sequence[str]) -> dict[str, Standing]:
    """What was found -> {vote page: Standing}; a refusal naming no counted page is shown
    under the first vote page."""
    refused: dict[str, list[Refusal]] = {}
    for said in found.refused:
        where = said.page if said.page in titles else (titles[0] if titles else "")
        refused.setdefault(where, []).append(said)
    out = {}
    for title in titles:
        cert = found.accepted.get(title)
        changes = tuple(changes_since(logs.get(title), cert.revision)) if cert else ()
        out[title] = Standing(cert, tuple(sorted(refused.get(title, []),
                                                 key=lambda r: r.line)), changes)
    return out


def archive_due(job: Any, now: datetime) -> bool:
    """-> True once the vote closed and has an archive page: a run then may have an archive
    to save even when no page changed (the warm-run check takes it into its fingerprint, so
    the first run after the close runs in full)."""
    closes = job.integrity.closes
    return bool(job.archive_page and closes is not None and now >= closes)


def known_archives(standings: Mapping[str, Standing], results_page: Any
                   ) -> dict[str, Standing]:
    """Standings and the results page as read -> the same, each naming the archive
    revision the published results link (so an archived vote is never archived again)."""
    from bot.core.render import bot_part
    from bot.votes.certify import archived_revision, archived_revisions

    published = bot_part(results_page.text, "votes") if results_page is not None else ""
    out = dict(standings)
    sections = archived_revisions(published)
    for title, standing in standings.items():
        known = archived_revision(published, title, sections)
        if known:
            out[title] = replace(standing, archived=known)
    return out


def archive_summary(prefix: str, page: str) -> str:
    """The job's ``summary`` ("": the message's) and a vote page -> the archive save's edit
    summary, in the report's language (text MediaWiki does not parse: ``plain``)."""
    from bot.core.i18n import plain

    return plain("peerbot-votes-summary-archive", prefix or plain("peerbot-votes-summary-prefix"),
                 page)


def archive_certified(wiki: Any, job: Any, results: Sequence[Any],
                      render: Callable[[Any, Standing], str], standings: dict[str, Standing],
                      results_page: Any, now: datetime
                      ) -> tuple[dict[str, Standing], list[Any]]:
    """Certified votes that closed -> their final results (``render``: a TallyResult and
    its standing -> its section) saved once to ``archive_page`` (one marked part per vote
    page), each standing naming the archive's revision; the archive revisions already
    linked from the published results are kept, not saved again.
    -> (standings, the archive saves' outcomes)."""
    from bot.votes.certify import archive_title, due_for_archive

    out = known_archives(standings, results_page)
    outcomes = []
    closes = job.integrity.closes
    for result in results:
        found = out.get(result.page)
        if not job.archive_page or found is None or not due_for_archive(found, closes, now):
            continue
        standing = found
        content = render(result, standing)
        outcome = wiki.save_parts(archive_title(job.archive_page, closes),
                                  [(f"votes-archive:{result.page.replace(' ', '_')}", content)],
                                  archive_summary(job.summary, result.page),
                                  guarded=False)
        outcomes.append(outcome)
        if outcome.revision and outcome.status in ("edited", "created", "no change"):
            out[result.page] = replace(standing, archived=outcome.revision)
    return out, outcomes
