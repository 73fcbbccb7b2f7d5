"""A Digest -> the report's wikitext; pure. Bars are text (no image): they render anywhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from bot.core.i18n import msg, plain
from bot.core.integrity import render_audit
from bot.core.render import (
    collapsible,
    escape_text,
    nowrap,
    page_link,
    pages_read,
    table,
    user_link,
)
from bot.core.wikidate import day_text
from bot.digest.parse import Comment
from bot.digest.summary import Digest

BAR = "\u2588"
BAR_WIDTH = 40


def _iso_day(when: datetime | date) -> str:
    """A time (read in UTC) or a day -> the day, ISO."""
    day = when.astimezone(UTC).date() if isinstance(when, datetime) and when.tzinfo else when
    return day.isoformat()[:10]


def _day(when: datetime | date | None) -> str:
    """A time -> its day as the wiki writes it in its language, on one line."""
    return nowrap(day_text(_iso_day(when))) if when is not None else "–"


def _days_cell(first: datetime | None, last: datetime | None) -> str:
    """First and last comment times -> one table cell "20 September 2016 – 23 October 2016"
    (one day when both fall on it) that sorts by the first; one column, so the table fits
    the page's column (the days may wrap: the wiki writes them, in its language)."""
    key = first.strftime("%Y%m%d%H%M%S") if first else "0"
    if first is None or last is None:
        return f'data-sort-value="{key}" | –'
    start, end = _iso_day(first), _iso_day(last)
    if start == end:
        return f'data-sort-value="{key}" | {day_text(start)}'
    return f'data-sort-value="{key}" | {day_text(start)} – {day_text(end)}'


def _sections(digest: Digest) -> str:
    several = len(digest.pages) > 1
    rows = []
    for s in digest.sections:
        marks = dict(s.markers)
        cells = [page_link(s.page, s.title or msg("peerbot-digest-before-first-heading"),
                           anchor=s.title),
                 str(s.comments), str(s.replies), str(s.participants),
                 _days_cell(s.first, s.last), str(marks.get("support", 0)),
                 str(marks.get("oppose", 0)),
                 str(marks.get("+1", 0))]
        rows.append(([page_link(s.page)] if several else []) + cells)
    headers = ([msg("peerbot-digest-col-page")] if several else []) + [msg(k) for k in (
        "peerbot-digest-col-section", "peerbot-digest-col-comments", "peerbot-digest-col-replies",
        "peerbot-digest-col-participants", "peerbot-digest-col-first-last",
        "peerbot-digest-col-support", "peerbot-digest-col-oppose")] + ["+1"]
    return table(headers, rows)


def _weeks(digest: Digest) -> str:
    if not digest.weeks:
        return msg("peerbot-digest-no-dated")
    most = max(w.participants for w in digest.weeks) or 1
    rows = [[f'data-sort-value="{w.start.isoformat()}" | {_day(w.start)}', str(w.participants),
             str(w.new),
             (f'<span style="color:#36c">{BAR * round(BAR_WIDTH * w.participants / most)}'
              "</span>")] for w in digest.weeks]
    return table([msg(k) for k in ("peerbot-digest-col-week", "peerbot-digest-col-participants",
                                   "peerbot-digest-col-new", "peerbot-digest-col-participants")],
                 rows, sortable=False)


def _counts(header: str, pairs: tuple[tuple[str, int], ...], blank: str) -> str:
    if not pairs:
        return msg("peerbot-none")
    return table([header, msg("peerbot-digest-col-participants")],
                 [[escape_text(k) if k else blank, str(n)] for k, n in pairs])


MARKERS = {"support": "peerbot-digest-marker-support", "oppose": "peerbot-digest-marker-oppose"}


def _comment(comment: Comment) -> str:
    day = _day(comment.timestamp) if comment.timestamp else "–"
    where = (f"[[Special:Diff/{comment.revision}|{day}]]" if comment.revision
             else msg("peerbot-digest-on-line", day, comment.line))
    marker = msg(MARKERS[comment.marker]) if comment.marker in MARKERS else comment.marker
    if comment.reply:
        return (msg("peerbot-digest-reply-marked", where, marker) if marker
                else msg("peerbot-digest-reply", where))
    return (msg("peerbot-digest-comment-marked", where, marker) if marker
            else msg("peerbot-digest-comment", where))


def _people(digest: Digest) -> str:
    rows = []
    for user, comments in digest.people:
        by_section: dict[str, list[Comment]] = {}
        for comment in comments:
            by_section.setdefault(comment.section, []).append(comment)
        said = "<br />".join(
            msg("peerbot-digest-in-section",
                escape_text(section) if section else msg("peerbot-digest-top"),
                msg("peerbot-comma").join(_comment(c) for c in mine))
            for section, mine in by_section.items())
        rows.append([user_link(user), str(len(comments)), said])
    return collapsible(msg("peerbot-digest-everyone", len(rows)),
                       table([msg(k) for k in ("peerbot-digest-col-participant",
                                               "peerbot-digest-col-comments",
                                               "peerbot-digest-col-per-section")], rows))


def _heading(key: str, level: int = 2) -> str:
    return f"{'=' * level} {msg(key)} {'=' * level}"


def render_digest(digest: Digest) -> str:
    """Digest -> the wikitext of the bot's "digest" part of the report page."""
    parts = [
        msg("peerbot-digest-intro", digest.comments, len(digest.people), len(digest.sections),
            len(digest.pages)),
        _heading("peerbot-digest-section-sections"), _sections(digest),
        _heading("peerbot-digest-section-over-time"),
        msg("peerbot-digest-over-time"), _weeks(digest),
        _heading("peerbot-digest-section-where"),
        msg("peerbot-digest-where"),
        _heading("peerbot-digest-section-homes", 3),
        _counts(msg("peerbot-digest-col-home"), digest.homes, msg("peerbot-digest-this-wiki")),
        _heading("peerbot-digest-section-languages", 3),
        _counts(msg("peerbot-digest-col-language"), digest.languages, "–"),
        _heading("peerbot-digest-section-affiliations", 3),
        msg("peerbot-digest-affiliations"),
        _counts(msg("peerbot-digest-col-affiliation"), digest.affiliations, "–"),
        _heading("peerbot-digest-section-participants"), _people(digest),
    ]
    if digest.flagged:
        parts += [_heading("peerbot-digest-section-flagged"),
                  render_audit([replace(r, stance=msg("peerbot-digest-entry-comment"))
                                if r.stance == "comment" else r for r in digest.flagged])]
    if digest.unsigned:
        parts += [_heading("peerbot-digest-section-unsigned"), collapsible(
            msg("peerbot-digest-unsigned", len(digest.unsigned)),
            table([msg(k) for k in ("peerbot-digest-col-page", "peerbot-digest-col-section",
                                    "peerbot-digest-col-line", "peerbot-digest-col-text")],
                  [[page_link(p, revision=digest.revisions.get(p)), escape_text(s), str(n),
                    escape_text(t[:150])] for p, s, n, t in digest.unsigned]))]
    parts += [_heading("peerbot-digest-section-pages-read"),
              pages_read(digest.revisions, msg("peerbot-digest-read-from-file"))]
    return "\n".join(parts)


def edit_summary(digest: Digest, prefix: str) -> str:
    """Digest -> the edit summary with the counts."""
    return plain("peerbot-digest-summary", prefix, digest.comments, len(digest.people),
                 len(digest.flagged))[:480]
