"""Entries -> per-candidate nomination summary, its JSON and its report wikitext; pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.core.audit_words import audit_note
from bot.core.config import known_spelling
from bot.core.goals import no_account_why, peer_signers, why_not_counted
from bot.core.i18n import english, msg, plain
from bot.core.integrity import (
    PROBLEM,
    AuditRow,
    NominationRules,
    render_audit,
    with_problems,
)
from bot.core.model import Entry, Problem
from bot.core.notices import problem
from bot.core.render import escape_text, page_link, problems_table, table, user_link
from bot.nominations.config import NominationsConfig


@dataclass(frozen=True)
class CandidateSummary:
    """Everything the summary table says about one candidate."""

    user: str
    nominations: tuple[Entry, ...]
    recommendations: tuple[Entry, ...]
    group: str
    region: str
    track: str
    flags: tuple[str, ...]  # English words (JSON, logs)
    # the same flags as (message key, parameters), shown in the report's language
    flag_messages: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def nominators(self) -> tuple[str, ...]:
        """-> distinct signers of the candidate's nominations, the candidate excluded (an
        application is no nomination by a peer: the selection counts nominators so too)."""
        return peer_signers(self.nominations, self.user)

    @property
    def recommenders(self) -> tuple[str, ...]:
        """-> distinct signers of the candidate's recommendations."""
        return peer_signers(self.recommendations, self.user)


@dataclass(frozen=True)
class NominationsReport:
    """The result of the nominations job: candidates, problems and what was read."""

    candidates: tuple[CandidateSummary, ...]
    problems: tuple[Problem, ...]
    revisions: Mapping[str, int] = field(default_factory=dict)
    audit: tuple[AuditRow, ...] = ()
    note: str = ""

    @property
    def excluded(self) -> tuple[AuditRow, ...]:
        """-> audit rows of entries that were not counted."""
        return tuple(row for row in self.audit if row.reason)

    def counts(self) -> dict[str, int]:
        """-> the headline numbers used in the edit summary."""
        return {
            "candidates": len(self.candidates),
            "nominations": sum(len(c.nominations) for c in self.candidates),
            "recommendations": sum(len(c.recommendations) for c in self.candidates),
            "problems": len(self.problems),
            "excluded": len(self.excluded),
        }


def _most_common(values: Iterable[str]) -> str:
    counted = Counter(v for v in values if v)
    if not counted:
        return ""
    best = max(counted.values())
    return min(v for v, n in counted.items() if n == best)


def _audit(entry: Entry, reason: str = "", **note: Any) -> AuditRow:
    return AuditRow(entry.page, entry.line, entry.signer or "", entry.subject, entry.kind,
                    reason, entry.revision, entry.editor, **note)


def apply_nomination_rules(entries: Sequence[Entry], rules: NominationRules
                           ) -> tuple[list[Entry], list[AuditRow]]:
    """Entries (already attributed) -> (counted, excluded audit rows) under the rules:
    a candidate's own recommendation never counts (``problem``, in the words of
    ``why_not_counted``, as on the selection and records pages), nor an application when
    self-nomination is off (``self``); one recommendation per recommender and candidate
    (``duplicate``); at most N nominations per nominator, the earliest first (``cap``)."""
    kept: list[Entry] = []
    dropped: list[AuditRow] = []
    seen_recs: set[tuple[str, str]] = set()
    per_nominator: dict[str, int] = {}
    order = sorted(entries, key=lambda e: (e.timestamp is None, e.timestamp or 0, e.page,
                                           e.line))  # type: ignore[operator]
    for entry in order:
        signer = entry.signer or ""
        if entry.kind == "recommendation":
            why = why_not_counted(entry)
            if why:
                dropped.append(_audit(entry, PROBLEM, **audit_note(why[0], *why[1])))
                continue
            if rules.one_recommendation_per_candidate:
                if (signer, entry.subject) in seen_recs:
                    dropped.append(_audit(entry, "duplicate"))
                    continue
                seen_recs.add((signer, entry.subject))
        elif entry.kind == "nomination":
            if signer == entry.subject and not rules.self_nomination:
                dropped.append(_audit(entry, "self"))
                continue
            if rules.max_per_nominator is not None:
                if per_nominator.get(signer, 0) >= rules.max_per_nominator:
                    dropped.append(_audit(entry, "cap"))
                    continue
                per_nominator[signer] = per_nominator.get(signer, 0) + 1
        kept.append(entry)
    kept.sort(key=lambda e: (e.page, e.line))
    return kept, dropped


def summarize(entries: Sequence[Entry], problems: Sequence[Problem], config: NominationsConfig,
              existing_users: set[str] | None = None,
              revisions: Mapping[str, int] | None = None,
              excluded: Sequence[AuditRow] = (), note: str = "") -> NominationsReport:
    """Entries and parse problems -> NominationsReport with one row per candidate.

    ``existing_users`` is the set of nominee names that have accounts (None: not checked);
    ``excluded`` are entries the integrity rules set aside (forged, late, ineligible...).
    """
    rules = config.integrity.nominations if config.integrity else NominationRules()
    counted, dropped = apply_nomination_rules(entries, rules)
    # An entry no report counts is a problem here too, in the same words as elsewhere.
    problems = list(problems) + [
        problem(r.page, r.note_key, *r.note_params, line=r.line) if r.note_key
        else Problem(r.page, r.note, r.line) for r in dropped if r.reason == PROBLEM]
    absent: list[Entry] = []
    if existing_users is not None:  # a nominee without an account is no candidate anywhere
        absent = [e for e in counted if e.subject not in existing_users]
        problems += [problem(e.page, key, *params, line=e.line)
                     for e in absent for key, params in [no_account_why(e.kind, e.subject)]]
        counted = [e for e in counted if e.subject in existing_users]
    audit = with_problems(sorted([_audit(e) for e in counted]
                                 + [_audit(e) for e in absent]
                                 + list(excluded) + dropped,
                                 key=lambda r: (r.page, r.line)), problems)
    by_user: dict[str, list[Entry]] = {}
    for entry in counted:
        by_user.setdefault(entry.subject, []).append(entry)
    candidates = []
    for user in sorted(by_user, key=str.casefold):
        own = by_user[user]
        noms = tuple(e for e in own if e.kind == "nomination")
        recs = tuple(e for e in own if e.kind == "recommendation")
        flags: list[tuple[str, tuple[str, ...]]] = []
        if any(e.signer == user for e in noms):
            flags.append(("peerbot-nominations-flag-application", ()))
        if not noms:
            flags.append(("peerbot-nominations-flag-no-nomination", ()))
        for name in config.required_fields:
            if noms and not _most_common(e.param(name) for e in noms):
                flags.append(("peerbot-nominations-flag-missing", (name,)))
        track = _most_common(known_spelling(e.param("track"), config.tracks) for e in noms)
        if track and config.tracks and track not in config.tracks:
            flags.append(("peerbot-nominations-flag-unknown-track", (track,)))
        candidates.append(CandidateSummary(
            user=user, nominations=noms, recommendations=recs,
            group=_most_common(e.param("group") for e in noms),
            region=_most_common(e.param("region") for e in noms),
            track=track, flags=tuple(english(key, *params) for key, params in flags),
            flag_messages=tuple(flags)))
    return NominationsReport(tuple(candidates), tuple(problems), dict(revisions or {}), audit,
                             note)


def to_json(report: NominationsReport) -> dict[str, Any]:
    """NominationsReport -> the documented JSON shape of ``peerbot nominations --json``."""
    return {
        "candidates": [{
            "user": c.user,
            "nominations": len(c.nominations),
            "nominators": len(c.nominators),
            "recommendations": len(c.recommendations),
            "recommenders": len(c.recommenders),
            "group": c.group,
            "region": c.region,
            "track": c.track,
            "flags": list(c.flags),
            "nominator_names": list(c.nominators),
            "recommender_names": list(c.recommenders),
            "entries": [{"kind": e.kind, "page": e.page, "line": e.line, "signer": e.signer,
                         "timestamp": e.timestamp.strftime("%Y-%m-%dT%H:%M:%SZ")
                         if e.timestamp else None, "revision": e.revision, "editor": e.editor}
                        for e in c.nominations + c.recommendations],
        } for c in report.candidates],
        "problems": [{"page": p.page, "reason": p.reason, "line": p.line}
                     for p in report.problems],
        "excluded": [{"user": r.user, "subject": r.subject, "kind": r.stance,
                      "reason": r.reason, "page": r.page, "line": r.line,
                      "revision": r.revision, "editor": r.editor, "note": r.note}
                     for r in report.excluded],
        "revisions": dict(report.revisions),
    }


def _entry_links(candidate: CandidateSummary, revisions: Mapping[str, int]) -> str:
    """A candidate's entries -> one link per page section holding them, labelled with the
    signers: ``N: nominators — R: recommenders`` (each entry's diff is in the audit)."""
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    for entry in candidate.nominations + candidate.recommendations:
        kinds = groups.setdefault((entry.page, entry.anchor), {"N": [], "R": []})
        kinds["N" if entry.kind == "nomination" else "R"].append(entry.signer or "?")
    comma = msg("peerbot-comma")
    links = []
    for (page, anchor), kinds in groups.items():
        label = " \u2014 ".join(msg(_SIGNERS[k], comma.join(names))
                                 for k, names in kinds.items() if names)
        links.append(page_link(page, label, revision=revisions.get(page), anchor=anchor))
    return comma.join(links)


# The link labels' two lists: who nominated, who recommended.
_SIGNERS = {"N": "peerbot-nominations-nominated-by", "R": "peerbot-nominations-recommended-by"}
COLUMNS = ("candidate", "nominations", "recommendations", "group", "region", "track",
           "entries", "flags")


def _by(entries: int, people: int) -> str:
    """Counted entries and their distinct signers -> "3 by 2" (sorted by the entries)."""
    return f'data-sort-value="{entries}" | {msg("peerbot-nominations-by", entries, people)}'


def _flags(candidate: CandidateSummary) -> str:
    """A candidate's flags -> their words in the report's language (user values escaped)."""
    if not candidate.flag_messages:
        return escape_text(", ".join(candidate.flags))
    return msg("peerbot-comma").join(msg(key, *(escape_text(p) for p in params))
                                     for key, params in candidate.flag_messages)


def _pages_counted(revisions: Mapping[str, int], listed: bool) -> str:
    """The pages read -> the list (each linking its revision), or their number."""
    if revisions and not listed:
        return msg("peerbot-nominations-pages-left-out", len(revisions))
    if revisions:
        return "\n".join(f"* {page_link(title)}: "
                         f"[[Special:Permalink/{rev}|{msg('peerbot-nominations-revision', rev)}]]"
                         for title, rev in sorted(revisions.items()))
    return msg("peerbot-none")


def render(report: NominationsReport, audit_counted: bool = True,
           pages_listed: bool = True, head: str | None = None) -> str:
    """NominationsReport -> the wikitext of the bot's part of the summary page, in the
    current language (``bot.core.i18n.speaking``).

    For reports near the wiki's page size limit, ``audit_counted=False`` lists only the
    excluded entries in the audit and ``pages_listed=False`` replaces the list of pages
    counted by their number (each entry's link above already names its revision). ``head``:
    the page's counts, table and problems as ``render_head`` made them (the shorter
    renderings of one report share them)."""
    return "\n".join([
        render_head(report) if head is None else head,
        f"=== {msg('peerbot-nominations-heading-audit')} ===",
        render_audit(list(report.audit), report.note, audit_counted),
        f"=== {msg('peerbot-nominations-heading-pages')} ===",
        _pages_counted(report.revisions, pages_listed),
    ])


def render_head(report: NominationsReport) -> str:
    """-> the summary page's counts, legend, candidates table and problems."""
    counts = report.counts()
    rows = []
    for c in report.candidates:
        rows.append([
            user_link(c.user), _by(len(c.nominations), len(c.nominators)),
            _by(len(c.recommendations), len(c.recommenders)), escape_text(c.group),
            escape_text(c.region), escape_text(c.track), _entry_links(c, report.revisions),
            _flags(c),
        ])
    return "\n".join([
        msg("peerbot-nominations-counts", counts["candidates"], counts["nominations"],
            counts["recommendations"], counts["excluded"], counts["problems"]),
        "\n" + msg("peerbot-nominations-legend"),
        table([msg(f"peerbot-nominations-col-{name}") for name in COLUMNS], rows),
        f"=== {msg('peerbot-nominations-heading-problems')} ===",
        problems_table(report.problems, report.revisions),
    ])


def edit_summary(report: NominationsReport, prefix: str = "") -> str:
    """Report and configured prefix ('': the message's) -> the edit summary with the
    counts, in the current language (plain text: MediaWiki does not parse it)."""
    c = report.counts()
    return plain("peerbot-nominations-summary",
                 prefix or plain("peerbot-nominations-summary-prefix"), c["candidates"],
                 c["nominations"], c["recommendations"], c["excluded"], c["problems"])
