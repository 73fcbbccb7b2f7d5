"""Records -> the records page's summary and the full-record subpages, and both read back;
pure.

The page is the record: each summary row carries ``data-user``, ``data-full`` and
``data-items`` (every item's key, the revision that withdrew it or ``-``, and its page), and
each row of a full record carries the whole item, so a lost state folder loses nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from bot.core.i18n import msg, plain
from bot.core.integrity import AuditRow, render_audit
from bot.core.model import Problem
from bot.core.render import (
    data_row,
    data_rows,
    escape_text,
    page_link,
    pages_read,
    problems_table,
    table,
    user_link,
    valid_username,
)
from bot.core.wikidate import day_text
from bot.records.items import Item
from bot.records.ledger import Previous, counts

SUMMARY_ROW = "peerbot-record"
ITEM_ROW = "peerbot-record-item"
FIELDS = ("key", "kind", "text", "page", "revision", "by", "other", "status", "since",
          "until", "editor", "withdrawn", "why", "track")
LABELS = {"seat": "peerbot-records-kind-seat", "goal": "peerbot-records-kind-goal",
          "mentee": "peerbot-records-kind-mentee", "pair": "peerbot-records-kind-pair",
          "recommendation": "peerbot-records-kind-recommendation",
          "recognition": "peerbot-records-kind-recognition"}
# An entry's kind in the audit table
ENTRY_KINDS = {"recommendation": "peerbot-records-entry-recommendation",
               "goal": "peerbot-records-entry-goal",
               "mentoring feedback": "peerbot-records-entry-mentoring-feedback",
               "recognition": "peerbot-records-entry-recognition",
               "record choice": "peerbot-records-entry-record-choice"}
# Why an item was withdrawn, as stored (earlier records stored the English words)
WHY = {"struck": "peerbot-records-why-struck", "gone": "peerbot-records-why-gone",
       "unreadable": "peerbot-records-why-unreadable",
       "withdrawn": "peerbot-records-why-withdrawn"}
LEGACY_WHY = {"no longer on its page": "gone", "its page could not be read": "unreadable"}
_LEGACY_SEAT = re.compile(r"^selected under (?P<policy>.*?)(?:, track (?P<track>.*))?$")


def subpage(report_page: str, person: str) -> str:
    """Records page and a person -> the title of their full record."""
    return f"{report_page}/{person}"


# --- reading back ------------------------------------------------------------------------

def _number(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def _item_of(person: str, attrs: Mapping[str, str]) -> Item:
    withdrawn = attrs.get("withdrawn", "")
    kind, text, track = attrs.get("kind", ""), attrs.get("text", ""), attrs.get("track", "")
    legacy = _LEGACY_SEAT.match(text) if kind == "seat" and "track" not in attrs else None
    if legacy:  # written before seats kept their policy and track apart
        text = "" if legacy["policy"] == "the policy" else legacy["policy"]
        track = legacy["track"] or ""
    why = attrs.get("why", "")
    return Item(person, kind, attrs.get("key", ""), text,
                attrs.get("page", ""), _number(attrs.get("revision", "")), attrs.get("by", ""),
                attrs.get("other", ""), attrs.get("status", ""), attrs.get("since", ""),
                attrs.get("until", ""), attrs.get("editor", ""),
                int(withdrawn) if withdrawn.isdigit() else None, LEGACY_WHY.get(why, why),
                track)


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
    headers = [msg(k) for k in (
        "peerbot-records-col-user", "peerbot-records-col-seats", "peerbot-records-col-goals",
        "peerbot-records-col-mentees", "peerbot-records-col-pairs",
        "peerbot-records-col-recommendations", "peerbot-records-col-recognitions",
        "peerbot-records-col-withdrawn", "peerbot-records-col-full")]
    rows, lines = [], []
    for person in sorted(records, key=str.casefold):
        items = records[person]
        n = counts(items)
        link = (page_link(subpage(report_page, person), msg("peerbot-records-record-link"))
                if person in wanted and valid_username(person) else "–")
        rows.append([user_link(person), str(n["seat"]),
                     msg("peerbot-records-goals-met", n["goal"], n["goals met"]),
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
    # the template's own parameters (full, opt-out) are what it reads: not translated
    full_code = f"<code>&#123;&#123;{template}&#124;full&#125;&#125; &#126;&#126;&#126;&#126;</code>"
    out_code = (f"<code>&#123;&#123;{template}&#124;opt-out&#125;&#125; "
                "&#126;&#126;&#126;&#126;</code>")
    parts = [
        msg("peerbot-records-intro", len(records), items, full_code, out_code),
        _heading("peerbot-records-section-participation"),
        render_summary(records, full, report_page) if records else msg("peerbot-records-nobody"),
        _heading("peerbot-records-section-problems"), problems_table(problems, revisions)]
    if audit:
        parts.append(render_audit(audit_rows(audit), note, audit_counted))
    parts += [_heading("peerbot-records-section-pages-read"),
              pages_read(revisions, msg("peerbot-none"))]
    return "\n".join(parts)


def _heading(key: str) -> str:
    return f"== {msg(key)} =="


def audit_rows(audit: Sequence[AuditRow]) -> list[AuditRow]:
    """Audit rows -> the same with each entry kind in the report's language."""
    return [replace(r, stance=msg(ENTRY_KINDS[r.stance])) if r.stance in ENTRY_KINDS else r
            for r in audit]


# --- a full record -----------------------------------------------------------------------

def _days(start: str, end: str) -> str:
    try:
        days = (date.fromisoformat(end) - date.fromisoformat(start)).days
    except ValueError:
        return ""
    return msg("peerbot-records-days", days)


def describe(item: Item) -> str:
    """An item -> what it says, as escaped wikitext."""
    text = escape_text(item.text)
    other = user_link(item.other) if item.other else msg("peerbot-records-left-out")
    if item.kind == "mentee":
        if text:
            return msg("peerbot-records-mentored-what", other, text)
        return msg("peerbot-records-mentored", other)
    if item.kind == "pair":
        mentor = item.text == "mentor"
        if item.active:
            return msg("peerbot-records-mentor-since" if mentor else "peerbot-records-mentee-since",
                       other, day_text(item.since))
        days = _days(item.since, item.until)
        span = msg("peerbot-records-span-days" if days else "peerbot-records-span",
                   day_text(item.since), day_text(item.until), days)
        return msg("peerbot-records-mentor-span" if mentor else "peerbot-records-mentee-span",
                   other, span)
    if item.kind == "recommendation":
        if text:
            return msg("peerbot-records-recommended-as", other, text)
        return msg("peerbot-records-recommended", other)
    if item.kind == "recognition":
        return msg("peerbot-records-recognized", other, text)
    if item.kind == "seat":
        policy = text or msg("peerbot-records-the-policy")
        if item.track and item.track != "general":
            return msg("peerbot-records-seat-track", policy, escape_text(item.track))
        return msg("peerbot-records-seat", policy)
    return text


def _recorded(item: Item) -> str:
    if not item.revision:  # no link: a page read back from a record is anyone's text
        return escape_text(item.page) or "–"
    return msg("peerbot-records-recorded", page_link(item.page, revision=item.revision),
               item.revision)


def _confirmed(item: Item) -> str:
    who = user_link(item.by) if item.by else "–"
    return msg("peerbot-records-saved-by", who, user_link(item.editor)) if item.editor else who


def _withdrawn(item: Item) -> str:
    if item.active:
        return ""
    where = f"[[Special:Diff/{item.withdrawn}|{item.withdrawn}]]" if item.withdrawn else "–"
    why = item.why or "withdrawn"
    return msg("peerbot-records-withdrawn-item",
               msg(WHY[why]) if why in WHY else escape_text(why), where)


def render_record(person: str, items: Sequence[Item]) -> str:
    """A person's items -> the wikitext of the bot's part of their full-record subpage."""
    n = counts(items)
    intro = msg("peerbot-records-record-intro", user_link(person), len(items), n["withdrawn"])
    if not items:
        return intro + "\n\n" + msg("peerbot-records-no-items")
    rows, lines = [], []
    for item in items:
        rows.append([msg(LABELS[item.kind]) if item.kind in LABELS else escape_text(item.kind),
                     describe(item), escape_text(item.status), _recorded(item),
                     _confirmed(item), _withdrawn(item)])
        lines.append(data_row(ITEM_ROW, [(f, _field(item, f)) for f in FIELDS]))
    headers = [msg(k) for k in (
        "peerbot-records-col-kind", "peerbot-records-col-what", "peerbot-records-col-status",
        "peerbot-records-col-recorded", "peerbot-records-col-confirmed",
        "peerbot-records-col-withdrawn")]
    return intro + "\n" + table(headers, rows, classes="peerbot-record-items", row_lines=lines)


def _field(item: Item, name: str) -> str:
    value = getattr(item, name)
    return "" if value is None else str(value)


def render_closed() -> str:
    """A person who no longer asks for a full record -> what their subpage says instead."""
    return msg("peerbot-records-closed")


def edit_summary(records: Mapping[str, Sequence[Item]], full: int, prefix: str) -> str:
    """Records -> the edit summary with the counts."""
    items = [i for v in records.values() for i in v]
    withdrawn = sum(1 for i in items if not i.active)
    return plain("peerbot-records-summary", prefix, len(records), len(items), withdrawn,
                 full)[:480]


def record_summary(prefix: str, person: str) -> str:
    """The job's summary prefix and a person -> the edit summary of their full record."""
    return plain("peerbot-records-record-summary", prefix, person)[:480]
