"""Records -> wikitext, and the report-page rules every job shares; pure.

Every value that came from a user passes through ``escape_text`` (or ``user_link``), so no
nomination or vote can open a table cell, call a template, add a category, link anywhere or
sign a page.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache

from bot.core.model import Problem

# Characters that start wiki or HTML markup anywhere in a line, or at its start, or that
# make free links (':' in "https://") and signatures ('~').
_SPECIAL = set("[]{}|<>'~=*#:;!&_-\"\\/")
_ESCAPED = str.maketrans({ch: f"&#{ord(ch)};" for ch in _SPECIAL})
_SPACE = re.compile(r"\s+")
_TITLE_FORBIDDEN = re.compile(r"[#<>\[\]|{}\x00-\x1f\x7f\ufffd]|&[a-z0-9#]+;|%[0-9a-f]{2}|~{3,}",
                              re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # a report escapes the same names thousands of times
def escape_text(value: str) -> str:
    """Any user text -> wikitext that renders as that literal text on one line."""
    return _SPACE.sub(" ", value).strip().translate(_ESCAPED)


def noun(count: int, word: str, many: str = "") -> str:
    """Count and a singular noun -> the noun as the count needs it: "page" for 1, else "pages"
    ("entry" -> "entries", "match" -> "matches"; ``many`` names an irregular plural)."""
    if count == 1:
        return word
    if many:
        return many
    if word.endswith("y") and word[-2:-1] not in ("", *"aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural(count: int, word: str, many: str = "", *, bold: bool = False) -> str:
    """Count and a singular noun -> "1 page", "2 pages", "0 entries"; ``bold`` sets the count
    in bold wikitext ("'''1''' candidate")."""
    shown = f"'''{count}'''" if bold else str(count)
    return f"{shown} {noun(count, word, many)}"


def valid_username(name: str) -> bool:
    """Name -> True when it can be a MediaWiki user name (a legal title with no subpage)."""
    return (bool(name) and len(name.encode()) <= 255 and "/" not in name and ":" not in name
            and not _TITLE_FORBIDDEN.search(name) and name.strip() == name)


@lru_cache(maxsize=1 << 16)
def user_link(name: str) -> str:
    """User name -> a link to the user page, or the escaped text when it is no valid name."""
    if valid_username(name):
        return f"[[User:{name}|{escape_text(name)}]]"
    return escape_text(name)


def page_link(title: str, label: str | None = None, *, revision: int | None = None,
              anchor: str = "") -> str:
    """Page title (from the wiki, not from a user) -> an internal link, to a permalink if given."""
    target = f"Special:Permalink/{revision}" if revision else title
    if anchor:
        target += "#" + _anchor(anchor)
    text = escape_text(label if label is not None else title)
    return f"[[{target}|{text}]]" if title or revision else text


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def wiki_time(stamp: datetime | None, months: Sequence[str] = MONTHS) -> str:
    """Datetime -> "14:29, 10 October 2016", as MediaWiki shows times in UTC (its default
    date format); "" for None. A naive datetime is read as UTC; ``months`` names the 12
    months (the wiki's own names, when known)."""
    if stamp is None:
        return ""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC)
    return f"{stamp:%H:%M}, {stamp.day} {months[stamp.month - 1]} {stamp.year}"


def wiki_date(day: date | None, months: Sequence[str] = MONTHS) -> str:
    """Date (or datetime, read in UTC) -> "20 September 2016", as MediaWiki writes a day;
    "" for None."""
    if day is None:
        return ""
    if isinstance(day, datetime) and day.tzinfo is not None:
        day = day.astimezone(UTC)
    return f"{day.day} {months[day.month - 1]} {day.year}"


def shown_day(value: str, months: Sequence[str] = MONTHS) -> str:
    """A day as stored in a data attribute ("2026-12-04") -> as a reader reads it ("4
    December 2026"), escaped; anything else escaped as it is, "" kept "–"."""
    if not value:
        return "–"
    try:
        return escape_text(wiki_date(date.fromisoformat(value), months))
    except ValueError:
        return escape_text(value)


def nowrap(text: str) -> str:
    """Wikitext -> the same kept on one line (a date must not break at its spaces)."""
    return f'<span style="white-space:nowrap">{text}</span>' if text else text


SCROLL_OPEN = '<div style="overflow-x:auto">'


def _anchor(heading: str) -> str:
    """A section heading (user text) -> a link fragment that can only name a section: no
    link or template syntax, no '~' (signatures on save), no '_' (a fragment's underscores
    are spaces anyway, and '__NOTOC__' in a link target is a behaviour switch), no entity."""
    text = re.sub(r"[\[\]{}|<>\n~&]", "", heading).replace("_", " ")
    return " ".join(text.split())


def data_row(row_class: str, attrs: Sequence[tuple[str, str]]) -> str:
    """A row class and (name, value) pairs -> a table row line ``|- class=".." data-name=".."``
    whose values hold any text literally: every character that could start wiki or HTML
    markup is an entity (MediaWiki expands templates inside attributes too)."""
    shown = " ".join(f'data-{name}="{escape_text(value)}"' for name, value in attrs)
    return f'|- class="{row_class}"' + (f" {shown}" if shown else "")


_DATA_ATTR = re.compile(r'data-([a-z][a-z0-9-]*)="([^"]*)"')


def data_rows(text: str, row_class: str) -> list[dict[str, str]]:
    """Wikitext (the bot's part of a page) -> the data- attributes of each table row of that
    class, in page order, values unescaped: what ``data_row`` wrote, read back."""
    import html

    pattern = re.compile(r'^\|-\s*class="' + re.escape(row_class) + r'"(?P<attrs>[^\n]*)$',
                         re.MULTILINE)
    return [{k: html.unescape(v) for k, v in _DATA_ATTR.findall(row.group("attrs"))}
            for row in pattern.finditer(text)]


def table(headers: list[str], rows: list[list[str]], *, sortable: bool = True,
          caption: str = "", classes: str = "", row_lines: Sequence[str] = ()) -> str:
    """Headers and already-rendered cells -> a wikitable (cells must be escaped by the caller).

    The table sits in a box that scrolls sideways, so a wide table on a narrow screen scrolls
    by itself instead of widening the whole page. ``row_lines`` gives rows their own opening
    line (``data_row``) instead of ``|-``, in order.
    """
    cls = "wikitable" + (" sortable" if sortable else "") + (f" {classes}" if classes else "")
    out = [SCROLL_OPEN, f'{{| class="{cls}"']
    if caption:
        out.append(f"|+ {caption}")
    out.append("! " + " !! ".join(headers))
    for i, row in enumerate(rows):
        out.append(row_lines[i] if i < len(row_lines) else "|-")
        out.append("| " + " || ".join(cell if cell != "" else " " for cell in row))
    out.append("|}")
    out.append("</div>")
    return "\n".join(out)


def collapsible(title: str, body: str, *, collapsed: bool = True) -> str:
    """Title and wikitext body -> a collapsible block (MediaWiki core's mw-collapsible)."""
    cls = "mw-collapsible" + (" mw-collapsed" if collapsed else "")
    return (f'<div class="{cls}" style="border:1px solid #a2a9b1;padding:2px 6px;margin:2px 0">\n'
            f"'''{title}'''\n<div class=\"mw-collapsible-content\">\n{body}\n</div></div>")


def problem_text(problem: Problem) -> str:
    """A Problem -> its wikitext in the report's language (user values escaped)."""
    from bot.core.i18n import filled, msg

    if not problem.key:
        return escape_text(problem.reason)
    return msg(problem.key, *filled(problem.params, msg, escape_text))


def problems_table(problems: Sequence[Problem], revisions: Mapping[str, int]) -> str:
    """Problems and the revisions read -> a table linking each problem's page revision, or
    "None."."""
    from bot.core.i18n import msg

    if not problems:
        return msg("peerbot-none")
    return table([msg("peerbot-problems-col-page"), msg("peerbot-problems-col-line"),
                  msg("peerbot-problems-col-problem")],
                 [[page_link(p.page, revision=revisions.get(p.page)), str(p.line or ""),
                   problem_text(p)] for p in problems])


def pages_read(revisions: Mapping[str, int], empty: str = "None.") -> str:
    """{title: revision} -> one line per page read, linking the revision read (its label
    in the report's language)."""
    from bot.core.i18n import msg

    return "\n".join(f"* {page_link(t)}: [[Special:Permalink/{r}|{msg('peerbot-revision', r)}]]"
                     for t, r in sorted(revisions.items()) if r) or empty


# --- the bot's part of a report page -------------------------------------------------------

def begin_marker(name: str) -> str:
    """Report name -> the comment that opens the bot's part of a page."""
    return f"<!-- peerbot:begin {name} (the bot rewrites everything up to the end marker) -->"


def end_marker(name: str) -> str:
    """Report name -> the comment that closes the bot's part of a page."""
    return f"<!-- peerbot:end {name} -->"


@dataclass(frozen=True)
class Splice:
    """Outcome of putting the bot's content into a page: new text, or why it can't."""

    text: str
    changed: bool
    error: str = ""


def splice_report(old: str, content: str, name: str, append: bool = True) -> Splice:
    """Old page text and new bot content -> page text with only the marked part replaced.

    A page without markers gets the block appended (a missing page is created with it),
    unless ``append`` is false (a part that replaces an earlier one but is not added anew);
    human text outside the markers is kept byte for byte. Broken markers (one missing, out
    of order, or repeated) are refused rather than guessed at.
    """
    begin, end = begin_marker(name), end_marker(name)
    begin_re = re.compile(r"<!-- peerbot:begin " + re.escape(name) + r"[ (][^>]*-->")
    end_re = re.compile(re.escape(end))
    starts, ends = list(begin_re.finditer(old)), list(end_re.finditer(old))
    block = f"{begin}\n{content.strip()}\n{end}"
    if not starts and not ends:
        if not append:
            return Splice(old, False)
        separator = "" if not old else ("\n" if old.endswith("\n") else "\n\n")
        new = old + separator + block + ("\n" if not old else "")
        return Splice(new, new != old)
    if len(starts) != 1 or len(ends) != 1 or ends[0].start() < starts[0].end():
        return Splice(old, False, f"the page's peerbot:{name} markers are broken "
                                  f"({len(starts)} begin, {len(ends)} end); fix them by hand")
    new = old[:starts[0].start()] + block + old[ends[0].end():]
    return Splice(new, new != old)


def splice_reports(old: str, parts: Sequence[tuple[str, str]],
                   replace_only: Collection[str] = ()) -> Splice:
    """Old page text and the bot's parts as (name, content) -> page text with each marked part
    replaced, the same text as splicing them one after the other; the first error stops.
    Parts named in ``replace_only`` replace their earlier text but are not added anew."""
    text = old
    for name, content in parts:
        spliced = splice_report(text, content, name, append=name not in replace_only)
        if spliced.error:
            return Splice(old, False, spliced.error)
        text = spliced.text
    return Splice(text, text != old)


def bot_part(text: str, name: str) -> str:
    """Page text -> what stands between the bot's markers ('' when there are none)."""
    match = re.search(r"<!-- peerbot:begin " + re.escape(name) + r"[ (][^>]*-->\n?(.*?)\n?"
                      + re.escape(end_marker(name)), text, re.DOTALL)
    return match.group(1) if match else ""


def bots_allowed(text: str, user: str, module: str = "peerbot",
                 restricted: tuple[str, ...] = ()) -> bool:
    """Human text of a page, the bot's user name -> False when {{nobots}} or {{bots}} in it
    forbids this bot (the exclusion-compliance rules pywikibot applies: nobots, nobots|NAMES,
    bots|allow=, deny=, allowscript=, denyscript=), or a template in ``restricted`` stands
    there. Templates inside comments or nowiki do not count."""
    import mwparserfromhell

    def norm(name: str) -> str:
        name = " ".join(name.replace("_", " ").split())
        if ":" in name and name.split(":", 1)[0].strip().lower() == "template":
            name = name.split(":", 1)[1].strip()
        return name[:1].upper() + name[1:]

    barred = {norm(t) for t in restricted}
    for template in mwparserfromhell.parse(text).filter_templates():
        name = norm(str(template.name))
        if name in barred:
            return False
        if name not in ("Bots", "Nobots"):
            continue
        first = str(template.params[0]) if template.params else ""
        key, sep, value = first.partition("=")
        if not sep:
            key, value = "", key
        key = key.strip()
        names = {n.strip() for n in value.split(",")} - {""}
        if name == "Nobots":
            if not template.params or key or names & {"all", module, user}:
                return False
        elif not key or not names:
            continue  # {{bots}} alone allows every bot; {{bots|x}} or {{bots|allow=}} say nothing
        elif key == "allow" and not names & {"all", user} or key == "deny" and names & {"all", user} or key == "allowscript" and not names & {"all", module} or key == "denyscript" and names & {"all", module}:
            return False
    return True
