"""A Digest -> the report's wikitext; pure. Bars are text (no image): they render anywhere."""

from __future__ import annotations

from datetime import datetime

from bot.core.integrity import render_audit
from bot.core.render import (
    collapsible,
    escape_text,
    nowrap,
    page_link,
    pages_read,
    plural,
    table,
    user_link,
    wiki_date,
)
from bot.digest.parse import Comment
from bot.digest.summary import Digest

BAR = "\u2588"
BAR_WIDTH = 40


def _day(when: datetime | None) -> str:
    """A time -> its day as the wiki writes it, on one line ("20 September 2016")."""
    return nowrap(wiki_date(when)) if when else "–"


def _wrapping_day(when: datetime) -> str:
    """A time -> its day as the wiki writes it, day and month on one line, the year free to
    wrap below them ("20 September" / "2016", never "2016-" / "09-20")."""
    day, _, year = wiki_date(when).rpartition(" ")
    return f"{nowrap(day)} {year}" if day else _day(when)


def _days_cell(first: datetime | None, last: datetime | None) -> str:
    """First and last comment times -> one table cell "20 September 2016 – 23 October 2016"
    (one day when both fall on it) that sorts by the first; one column, so the table fits
    the page's column."""
    key = first.strftime("%Y%m%d%H%M%S") if first else "0"
    if first is None or last is None:
        return f'data-sort-value="{key}" | –'
    if wiki_date(first) == wiki_date(last):
        return f'data-sort-value="{key}" | {_wrapping_day(first)}'
    return f'data-sort-value="{key}" | {_wrapping_day(first)} – {_wrapping_day(last)}'


def _sections(digest: Digest) -> str:
    several = len(digest.pages) > 1
    rows = []
    for s in digest.sections:
        marks = dict(s.markers)
        cells = [page_link(s.page, s.title or "(before the first heading)", anchor=s.title),
                 str(s.comments), str(s.replies), str(s.participants),
                 _days_cell(s.first, s.last), str(marks.get("support", 0)),
                 str(marks.get("oppose", 0)),
                 str(marks.get("+1", 0))]
        rows.append(([page_link(s.page)] if several else []) + cells)
    headers = (["Page"] if several else []) + [
        "Section", "Comments", "Replies", "Participants", "First – last comment", "Support",
        "Oppose", "+1"]
    return table(headers, rows)


def _weeks(digest: Digest) -> str:
    if not digest.weeks:
        return "No dated comments."
    most = max(w.participants for w in digest.weeks) or 1
    rows = [[nowrap(wiki_date(w.start)), str(w.participants), str(w.new),
             (f'<span style="color:#36c">{BAR * round(BAR_WIDTH * w.participants / most)}'
              "</span>")] for w in digest.weeks]
    return table(["Week of", "Participants", "New that week", "Participants"], rows,
                 sortable=False)


def _counts(header: str, pairs: tuple[tuple[str, int], ...], blank: str) -> str:
    if not pairs:
        return "None."
    return table([header, "Participants"],
                 [[escape_text(k) if k else blank, str(n)] for k, n in pairs])


def _comment(comment: Comment) -> str:
    day = wiki_date(comment.timestamp) if comment.timestamp else "–"
    where = (nowrap(f"[[Special:Diff/{comment.revision}|{day}]]") if comment.revision
             else nowrap(day) + f" (line {comment.line})")
    kind = "reply" if comment.reply else "comment"
    return f"{where} {kind}" + (f" ({comment.marker})" if comment.marker else "")


def _people(digest: Digest) -> str:
    rows = []
    for user, comments in digest.people:
        by_section: dict[str, list[Comment]] = {}
        for comment in comments:
            by_section.setdefault(comment.section, []).append(comment)
        said = "<br />".join(
            f"{escape_text(section or '(top)')}: " + ", ".join(_comment(c) for c in mine)
            for section, mine in by_section.items())
        rows.append([user_link(user), str(len(comments)), said])
    return collapsible(f"Every participant and their comments ({len(rows)})",
                       table(["Participant", "Comments", "Per section"], rows))


def render_digest(digest: Digest) -> str:
    """Digest -> the wikitext of the bot's "digest" part of the report page."""
    participants = len(digest.people)
    parts = [
        (f"{plural(digest.comments, 'signed comment', bold=True)} by "
         f"{plural(participants, 'participant', bold=True)} in "
         f"{plural(len(digest.sections), 'section')} of {plural(len(digest.pages), 'page')}. "
         "A comment is the text up to its author's signature; one indented with ':' or by "
         "two or more list markers is a reply. Markers are counted only as a comment's "
         "opening (a support or oppose template, or +1). Every comment is checked against "
         "page history: one saved by someone other than its signer is flagged below and "
         "counted for nobody."),
        "== Sections ==", _sections(digest),
        "== Participation over time ==",
        ("Distinct participants per week (Monday to Sunday, UTC), and how many took part "
         "for the first time that week."), _weeks(digest),
        "== Where people came from ==",
        ("Read from the link in each signature: its interwiki or language prefix (a "
         "language prefix means that language's Wikipedia); a link without prefix is this "
         "wiki."),
        "=== Home wikis ===", _counts("Home wiki", digest.homes, "this wiki"),
        "=== Languages ===", _counts("Language", digest.languages, "–"),
        "=== Affiliations ===",
        "From the parentheses at the end of a user name, as in ''Name (WMDE)''.",
        _counts("Affiliation", digest.affiliations, "–"),
        "== Participants ==", _people(digest),
    ]
    if digest.flagged:
        parts += ["== Flagged comments ==", render_audit(list(digest.flagged))]
    if digest.unsigned:
        parts += ["== Unsigned items ==", collapsible(
            f"List items with no signature after them ({len(digest.unsigned)}): not counted",
            table(["Page", "Section", "Line", "Text"],
                  [[page_link(p, revision=digest.revisions.get(p)), escape_text(s), str(n),
                    escape_text(t[:150])] for p, s, n, t in digest.unsigned]))]
    parts += ["== Pages read ==", pages_read(digest.revisions, "None (read from a file).")]
    return "\n".join(parts)


def edit_summary(digest: Digest, prefix: str) -> str:
    """Digest -> the edit summary with the counts."""
    return (f"{prefix}: {plural(digest.comments, 'comment')} by "
            f"{plural(len(digest.people), 'participant')}, "
            f"{plural(len(digest.flagged), 'flagged comment')}")[:480]
