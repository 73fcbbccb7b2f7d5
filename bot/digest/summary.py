"""Comments -> the digest's figures: per section, per week, per home wiki, per person; pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bot.core.integrity import AuditRow
from bot.digest.parse import Comment, PageComments, affiliation

THIS_WIKI = ""


@dataclass(frozen=True)
class SectionFigures:
    """One section (an idea, a question) of one page."""

    page: str
    title: str
    comments: int
    replies: int
    participants: int
    first: datetime | None
    last: datetime | None
    markers: tuple[tuple[str, int], ...]  # ("support" | "oppose" | "+1", count)


@dataclass(frozen=True)
class Week:
    """Participation in one week (Monday to Sunday, UTC)."""

    start: date
    participants: int
    new: int


@dataclass(frozen=True)
class Digest:
    """Everything the digest report shows."""

    pages: tuple[str, ...]
    sections: tuple[SectionFigures, ...]
    weeks: tuple[Week, ...]
    homes: tuple[tuple[str, int], ...]  # (home wiki, participants); "" is this wiki
    languages: tuple[tuple[str, int], ...]  # (language code, participants)
    affiliations: tuple[tuple[str, int], ...]
    people: tuple[tuple[str, tuple[Comment, ...]], ...]
    unsigned: tuple[tuple[str, str, int, str], ...]  # (page, section, line, text)
    flagged: tuple[AuditRow, ...] = ()
    revisions: dict[str, int] = field(default_factory=dict)

    @property
    def comments(self) -> int:
        """-> how many comments were counted."""
        return sum(len(c) for _, c in self.people)


def home_of(prefixes: tuple[str, ...], codes: frozenset[str]) -> tuple[str, str]:
    """A signature link's prefixes -> (home wiki label, language code or ''): ``w:de`` and
    ``de`` are both "de" (a language prefix leads to that language's Wikipedia), project
    prefixes stay (``wikt:fr``, ``c``); no prefix is this wiki ('')."""
    parts = list(prefixes)
    if len(parts) >= 2 and parts[0] in ("w", "wikipedia") and parts[1] in codes:
        parts = parts[1:]
    language = next((p for p in parts if p in codes), "")
    return ":".join(parts), language


def _weeks(comments: Sequence[Comment]) -> tuple[Week, ...]:
    dated = sorted((c for c in comments if c.timestamp), key=lambda c: c.timestamp)  # type: ignore[arg-type, return-value]
    if not dated:
        return ()
    seen: set[str] = set()
    by_week: dict[date, set[str]] = {}
    new: Counter[date] = Counter()
    for comment in dated:
        assert comment.timestamp is not None
        day = comment.timestamp.date()
        start = day - timedelta(days=day.weekday())
        by_week.setdefault(start, set()).add(comment.user)
        if comment.user not in seen:
            seen.add(comment.user)
            new[start] += 1
    first, last = min(by_week), max(by_week)
    out = []
    week = first
    while week <= last:
        out.append(Week(week, len(by_week.get(week, ())), new[week]))
        week += timedelta(days=7)
    return tuple(out)


def _section(page: str, title: str, comments: Sequence[Comment]) -> SectionFigures:
    stamps = [c.timestamp for c in comments if c.timestamp]
    markers = Counter(c.marker for c in comments if c.marker)
    return SectionFigures(page, title, sum(1 for c in comments if not c.reply),
                          sum(1 for c in comments if c.reply), len({c.user for c in comments}),
                          min(stamps) if stamps else None, max(stamps) if stamps else None,
                          tuple((m, markers[m]) for m in ("support", "oppose", "+1")
                                if markers[m]))


def _ranked(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def digest(pages: Sequence[PageComments], codes: frozenset[str],
           kept: Sequence[Comment] | None = None, flagged: Sequence[AuditRow] = (),
           revisions: dict[str, int] | None = None) -> Digest:
    """Parsed pages (and, after the history check, the comments kept and the audit rows of
    those flagged) -> Digest. A flagged comment is counted for nobody."""
    counted = list(kept) if kept is not None else [c for p in pages for c in p.comments]
    sections = []
    for page in pages:
        for title in page.sections:
            mine = [c for c in counted if c.page == page.page and c.section == title]
            if mine or title:
                sections.append(_section(page.page, title, mine))
    first_link: dict[str, tuple[str, ...]] = {}
    people: dict[str, list[Comment]] = {}
    for comment in counted:
        people.setdefault(comment.user, []).append(comment)
        if comment.user not in first_link or (comment.home and not first_link[comment.user]):
            first_link[comment.user] = comment.home
    homes: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    for prefixes in first_link.values():
        home, language = home_of(prefixes, codes)
        homes[home] += 1
        if language:
            languages[language] += 1
    affiliations = Counter(a for a in map(affiliation, people) if a)
    return Digest(
        tuple(p.page for p in pages), tuple(sections), _weeks(counted), _ranked(homes),
        _ranked(languages), _ranked(affiliations),
        tuple(sorted(((u, tuple(c)) for u, c in people.items()), key=lambda uc: uc[0].casefold())),
        tuple((p.page, s, n, t) for p in pages for s, n, t in p.unsigned), tuple(flagged),
        dict(revisions or {}))
