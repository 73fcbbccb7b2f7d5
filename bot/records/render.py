"""Records -> the records page's summary and the full-record subpages, and both read back;
pure.

The page is the record: each summary row carries ``data-user``, ``data-full`` and
``data-items`` (every item's key, the revision that withdrew it or ``-``, and its page), and
each row of a full record carries the whole item, so a lost state folder loses nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from bot.core.integrity import AuditRow, render_audit
from bot.core.model import Problem
from bot.core.render import (
    data_row,
    data_rows,
    escape_text,
    page_link,
    pages_read,
    plural,
    problems_table,
    shown_day,
    table,
    user_link,
    valid_username,
)
from bot.records.items import Item
from bot.records.ledger import Previous, counts

SUMMARY_ROW = "peerbot-record"
ITEM_ROW = "peerbot-record-item"
FIELDS = ("key", "kind", "text", "page", "revision", "by", "other", "status", "since",
          "until", "editor", "withdrawn", "why")
LABELS = {"seat": "Seat", "goal": "Goal", "mentee": "Mentee confirmed", "pair": "Mentoring pair",
          "recommendation": "Recommendation", "recognition": "Recognition"}


def subpage(report_page: str, person: str) -> str:
    """Records page and a person -> the title of their full record."""
    return f"{report_page}/{person}"


# --- reading back ------------------------------------------------------------------------

def _number(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def _item_of(person: str, attrs: Mapping[str, str]) -> Item:
    withdrawn = attrs.get("withdrawn", "")
    return Item(person, attrs.get("kind", ""), attrs.get("key", ""), attrs.get("text", ""),
                attrs.get("page", ""), _number(attrs.get("revision", "")), attrs.get("by", ""),
                attrs.get("other", ""), attrs.get("status", ""), attrs.get("since", ""),
                attrs.get("until", ""), attrs.get("editor", ""),
                int(withdrawn) if withdrawn.isdigit() else None, attrs.get("why", ""))


def _listed(person: str, value: str) -> list[Item]:
    items = []
    for part in value.split("|"):
        key, _, rest = part.strip().partition(" ")
        withdrawn, _, page = rest.partition(" ")
        if key:
            items.append(Item(person, key.rsplit("-", 1)[0], key, page=page,
                              withdrawn=int(withdrawn) if withdrawn.isdigit() else None,
                              why="" if withdrawn == "-" else "withdrawn"))
    return items


def previous_records(bot_text: str, subpages: Mapping[str, str]) -> dict[str, Previous]:
    """The bot's part of the records page and {person: bot's part of their subpage} ->
    {person: Previous}; a subpage's full items win over the summary's keys."""
    out: dict[str, Previous] = {}
    for attrs in data_rows(bot_text, SUMMARY_ROW):
        person = attrs.get("user", "")
        if not person:
            continue
        items = {i.key: i for i in _listed(person, attrs.get("items", ""))}
        for row in data_rows(subpages.get(person, ""), ITEM_ROW):
            item = _item_of(person, row)
            if item.key:
                items[item.key] = item
        out[person] = Previous(person, attrs.get("full") == "yes", tuple(items.values()))
    return out


# --- the records page --------------------------------------------------------------------

def _summary_attrs(person: str, items: Sequence[Item], full: bool) -> list[tuple[str, str]]:
    listed = "|".join(f"{i.key} {'-' if i.active else i.withdrawn} {i.page}" for i in items)
    return [("user", person), ("full", "yes" if full else "no"), ("items", listed)]


def render_summary(records: Mapping[str, Sequence[Item]], full: Iterable[str],
                   report_page: str) -> str:
    """{person: items} and who asked for a full record -> the sortable summary table."""
    wanted = set(full)
    headers = ["User", "Seats", "Goals (met)", "Mentees confirmed", "Mentoring pairs",
               "Recommendations", "Recognitions", "Withdrawn", "Full record"]
    rows, lines = [], []
    for person in sorted(records, key=str.casefold):
        items = records[person]
        n = counts(items)
        link = (page_link(subpage(report_page, person), "record")
                if person in wanted and valid_username(person) else "–")
        rows.append([user_link(person), str(n["seat"]), f"{n['goal']} ({n['goals met']})",
                     str(n["mentee"]), str(n["pair"]), str(n["recommendation"]),
                     str(n["recognition"]), str(n["withdrawn"]), link])
        lines.append(data_row(SUMMARY_ROW, _summary_attrs(person, items, person in wanted)))
    return table(headers, rows, classes="peerbot-records", row_lines=lines)


def render_page(records: Mapping[str, Sequence[Item]], full: Iterable[str], report_page: str,
                problems: Sequence[Problem], revisions: Mapping[str, int],
                audit: Sequence[AuditRow] = (), note: str = "", choice_template: str = "",
                audit_counted: bool = True) -> str:
    """Everything the records page shows -> the wikitext of the bot's "records" part."""
    items = sum(len(v) for v in records.values())
    template = escape_text(choice_template or "Peer academy record")
    parts = [
        (f"{plural(len(records), 'person', 'people', bold=True)} with "
        f"{plural(items, 'item')} from the published selections, goal records, mentoring "
        "feedback and pairs, recommendations and recognitions. Every item links the revision "
        "that recorded it; an item whose source was removed or struck stays listed as "
        "withdrawn. To get your full record on a subpage, sign "
        f"<code>&#123;&#123;{template}&#124;full&#125;&#125; &#126;&#126;&#126;&#126;</code> "
        "on this page (outside the bot's part); to be left out everywhere, sign "
        f"<code>&#123;&#123;{template}&#124;opt-out&#125;&#125; "
        "&#126;&#126;&#126;&#126;</code>."),
        "== Participation ==",
        render_summary(records, full, report_page) if records else "Nobody yet.",
        "== Problems ==", problems_table(problems, revisions)]
    if audit:
        parts.append(render_audit(list(audit), note, audit_counted))
    parts += ["== Pages read ==", pages_read(revisions)]
    return "\n".join(parts)


# --- a full record -----------------------------------------------------------------------

def _days(start: str, end: str) -> str:
    try:
        return plural((date.fromisoformat(end) - date.fromisoformat(start)).days, "day")
    except ValueError:
        return ""


def describe(item: Item) -> str:
    """An item -> what it says, as escaped wikitext."""
    text = escape_text(item.text)
    other = user_link(item.other) if item.other else "someone who asked to be left out"
    if item.kind == "mentee":
        return f"{other} confirmed being mentored" + (f": {text}" if text else "")
    if item.kind == "pair":
        role = "mentor of" if item.text == "mentor" else "mentee of"
        span = f"since {shown_day(item.since)}, ongoing" if item.active else (
            f"{shown_day(item.since)} to {shown_day(item.until)}"
            + (f" ({_days(item.since, item.until)})" if _days(item.since, item.until) else ""))
        return f"{role} {other}, {span}"
    if item.kind == "recommendation":
        return f"recommended by {other}" + (f" ({text})" if text else "")
    if item.kind == "recognition":
        return f"recognized by {other} for: {text}"
    return text


def _recorded(item: Item) -> str:
    if not item.revision:  # no link: a page read back from a record is anyone's text
        return escape_text(item.page) or "–"
    return (f"{page_link(item.page, revision=item.revision)} "
            f"([[Special:Diff/{item.revision}|diff]])")


def _confirmed(item: Item) -> str:
    who = user_link(item.by) if item.by else "–"
    return who + (f" (saved by {user_link(item.editor)})" if item.editor else "")


def _withdrawn(item: Item) -> str:
    if item.active:
        return ""
    where = f"[[Special:Diff/{item.withdrawn}|{item.withdrawn}]]" if item.withdrawn else "–"
    return f"withdrawn ({escape_text(item.why or 'withdrawn')}): {where}"


def render_record(person: str, items: Sequence[Item]) -> str:
    """A person's items -> the wikitext of the bot's part of their full-record subpage."""
    n = counts(items)
    intro = (f"Participation record of {user_link(person)} in the peer academy, compiled from "
             f"signed entries and published reports: {plural(len(items), 'item')}, "
             f"{n['withdrawn']} withdrawn. Each item links the revision that recorded it "
             "and names who confirmed it; the page history shows who saved each.")
    if not items:
        return intro + "\n\nNo items yet."
    rows, lines = [], []
    for item in items:
        rows.append([LABELS.get(item.kind, escape_text(item.kind)), describe(item),
                     escape_text(item.status), _recorded(item), _confirmed(item),
                     _withdrawn(item)])
        lines.append(data_row(ITEM_ROW, [(f, _field(item, f)) for f in FIELDS]))
    return intro + "\n" + table(["Kind", "What", "Status", "Recorded in", "Confirmed by",
                                 "Withdrawn"], rows, classes="peerbot-record-items",
                                row_lines=lines)


def _field(item: Item, name: str) -> str:
    value = getattr(item, name)
    return "" if value is None else str(value)


def render_closed() -> str:
    """A person who no longer asks for a full record -> what their subpage says instead."""
    return "This participation record is not published: its person withdrew the request."


def edit_summary(records: Mapping[str, Sequence[Item]], full: int, prefix: str) -> str:
    """Records -> the edit summary with the counts."""
    items = [i for v in records.values() for i in v]
    withdrawn = sum(1 for i in items if not i.active)
    return (f"{prefix}: {plural(len(records), 'person', 'people')}, "
            f"{plural(len(items), 'item')} ({withdrawn} withdrawn), "
            f"{plural(full, 'full record')}")[:480]
