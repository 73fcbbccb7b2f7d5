"""Nomination-page wikitext -> Entry records and Problems (mwparserfromhell); pure.

An entry is one nomination or recommendation template. Its signer is the signature (user
link + timestamp) that follows the template, before the next entry or heading; a signature
typed inside the template's last parameter also counts. Malformed entries become Problems.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import mwparserfromhell
from mwparserfromhell.nodes import Heading, Node, Tag, Template, Text
from mwparserfromhell.wikicode import Wikicode

from bot.core.comments import undated_signature
from bot.core.history import MEANING_PARAMS, meaning_values
from bot.core.model import Entry, Problem, Signature, SiteFacts
from bot.core.names import decode_title, normalize_user, same_title
from bot.core.notices import kind_name, problem
from bot.core.render import valid_username
from bot.core.signatures import (
    find_signature,
    find_timestamp,
    user_from_link,
)

SUBJECT_PARAM = {"nomination": "nominee", "recommendation": "candidate", "goal": "user",
                 "mentoring feedback": "mentor", "mentor offer": "", "mentee request": "",
                 "recognition": "user", "record choice": ""}
# A kind whose subject parameter is "" is about its signer (an offer, a request).


@dataclass(frozen=True)
class EntryTemplates:
    """Accepted template names per entry kind: {kind: (template name, redirect names...)}.

    Kinds are keys of SUBJECT_PARAM (the parameter naming the entry's subject), or any kind
    given with its own subject parameter in ``subjects``.
    """

    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    subjects: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, **names: tuple[str, ...]) -> EntryTemplates:
        """kind=(names...) keywords (underscores in kinds become spaces) -> EntryTemplates."""
        return cls(tuple((kind.replace("_", " "), tuple(v)) for kind, v in names.items()))

    def subject_param(self, kind: str) -> str:
        """Kind -> the parameter that names the entry's subject user."""
        named = dict(self.subjects)
        if kind in named:
            return named[kind]
        return SUBJECT_PARAM.get(kind, "user")

    def kind_of(self, template: Template, facts: SiteFacts) -> str | None:
        """Template node -> its entry kind or None, names matched as MediaWiki does."""
        return self.kind_named(str(template.name), facts)

    def kind_named(self, typed: str, facts: SiteFacts) -> str | None:
        """A template name as typed -> its entry kind or None."""
        name = _strip_template_ns(typed.strip(), facts)
        for kind, names in self.kinds:
            if any(same_title(name, n, facts.capital_links) for n in names):
                return kind
        return None


def _strip_template_ns(name: str, facts: SiteFacts) -> str:
    head, sep, rest = decode_title(name).partition(":")
    if sep and head.strip().casefold() in {
            decode_title(n).casefold() for n in facts.template_namespaces}:
        return rest
    return name


def _located_nodes(code: Wikicode, offset: int = 0
                   ) -> Iterator[tuple[int, Node, str]]:
    """Wikicode -> (offset, node, its wikitext) for top-level nodes and templates nested in
    tags/templates."""
    for node in code.nodes:
        raw = str(node)
        yield offset, node, raw
        if isinstance(node, (Tag, Template)) and "{{" in raw[2:] and not (
                isinstance(node, Tag) and str(node.tag).lower() in ("nowiki", "pre", "source",
                                                                    "syntaxhighlight")):
            cursor = 0
            for inner in _inner_templates(raw):
                text = str(inner)
                at = raw.find(text, cursor)
                if at < 0:
                    continue
                yield offset + at, inner, text
                cursor = at + len(text)
        offset += len(raw)


def _inner_templates(raw: str) -> list[Template]:
    code = mwparserfromhell.parse(raw)
    found = code.filter_templates(recursive=True)
    return [t for t in found if str(t) != raw]


# Characters that start markup for mwparserfromhell's tokenizer (its MARKERS, newline aside):
# text without any is one plain text node, and stripping its code only folds whitespace.
_MARKUP = re.compile(r"""[{}\[\]<>|=&'"#*;:/!-]""")


def _plain(value: str) -> str:
    """Parameter wikitext -> readable plain text (markup stripped, whitespace folded)."""
    if not _MARKUP.search(value):
        return re.sub(r"\s+", " ", value).strip()
    text = mwparserfromhell.parse(value).strip_code(normalize=True, collapse=True)
    return re.sub(r"\s+", " ", text).strip()


def _subject(template: Template, name: str, facts: SiteFacts) -> str:
    raw = ""
    for key in (name, "1"):
        if template.has(key):
            raw = str(template.get(key).value).strip()
            break
    return _user_named(raw, facts)


def _user_named(raw: str, facts: SiteFacts) -> str:
    """A subject parameter's wikitext -> the user it names ('' for none)."""
    if not raw:
        return ""
    links = mwparserfromhell.parse(raw).filter_wikilinks() if "[[" in raw else []
    if links:
        user = user_from_link(str(links[0].title), facts)
        if user:
            return user
    plain = _plain(raw)
    for prefix in facts.user_namespaces:
        if plain.casefold().startswith(prefix.casefold() + ":"):
            plain = plain[len(prefix) + 1:]
    return normalize_user(plain)


def entry_as_left(entry: Entry, meaning: str, facts: SiteFacts) -> Entry | None:
    """An entry and what its line said in an earlier version (``bot.core.history.
    line_meaning``) -> the entry as it was then: its subject and deciding parameters (track,
    group ...) from that version, the rest as now, not struck; None when it was struck then
    or that version names no subject by its parameter (``nominee=``, ``candidate=`` ...; an
    entry about its signer, an offer or a request, keeps its signer)."""
    values, struck = meaning_values(meaning)
    param = SUBJECT_PARAM.get(entry.kind, "user")
    subject = _user_named(values.get(param, ""), facts) if param else entry.subject
    if struck or not subject:
        return None
    deciding = {name: _plain(value) for name, value in values.items() if name != param}
    params = []
    for key, value in entry.params:
        name = key.casefold()
        if name not in MEANING_PARAMS:
            params.append((key, value))
        elif name in deciding:
            params.append((key, deciding.pop(name)))
    params.extend(deciding.items())
    return replace(entry, subject=subject, params=tuple(params), struck=False)


def _without_comments(text: str) -> str:
    return re.sub(r"<!--.*?(?:-->|$)", "", text, flags=re.DOTALL)


def _first_signed_lines(text: str, facts: SiteFacts) -> str:
    """Text after an entry -> its lines up to the first one holding a timestamp (the entry's
    own signature; replies and later signatures below it belong to others)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if find_timestamp(line, facts) is not None:
            return "\n".join(lines[:i + 1])
    return text


def _signer(template: Template, signed: str, facts: SiteFacts) -> Signature | None:
    """Entry template and its first signed lines (comments removed) -> its signature."""
    sig = find_signature(signed, facts)
    if sig is not None and sig.timestamp is not None:
        return sig
    if template.params:
        inner = find_signature(_without_comments(str(template.params[-1].value)), facts)
        if inner is not None and inner.timestamp is not None:
            return inner
    if sig is not None and sig.timestamp is None:
        # undated, by the comment rules: the user's link with their talk or contributions
        # link (or a date that did not parse); a lone mention signs nothing
        undated = undated_signature(signed, facts)
        if undated is None or undated.user != sig.user:
            return None
    return sig


@dataclass(frozen=True)
class _Mark:
    """An entry template or a heading, where it starts on the page and its wikitext."""

    offset: int
    node: Node
    raw: str
    kind: str = ""  # the entry kind; '' for a heading


def _marks(text: str, facts: SiteFacts, templates: EntryTemplates) -> list[_Mark]:
    """Page wikitext -> its headings and outermost entry templates, in page order."""
    marks: list[_Mark] = []
    for offset, node, raw in _located_nodes(mwparserfromhell.parse(text)):
        if isinstance(node, Heading):
            marks.append(_Mark(offset, node, raw))
        elif isinstance(node, Template):
            kind = templates.kind_of(node, facts)
            if kind:
                marks.append(_Mark(offset, node, raw, kind))
    return _outermost(marks)


def parse_entries(text: str, page: str, facts: SiteFacts,
                  templates: EntryTemplates) -> tuple[list[Entry], list[Problem]]:
    """Page wikitext -> (entries that are signed and name a valid user, problems)."""
    marks = _marks(text, facts, templates)
    entries: list[Entry] = []
    problems: list[Problem] = []
    section = ""
    line, counted_to = 1, 0
    for i, mark in enumerate(marks):
        node = mark.node
        if isinstance(node, Heading):
            section = _plain(str(node.title))
            continue
        assert isinstance(node, Template)
        kind, offset = mark.kind, mark.offset
        end = offset + len(mark.raw)
        stop = marks[i + 1].offset if i + 1 < len(marks) else len(text)
        line += text.count("\n", counted_to, offset)
        counted_to = offset
        snippet = mark.raw[:200]
        subject_param = templates.subject_param(kind)
        trailing = text[end:max(stop, end)]
        signed = _first_signed_lines(trailing, facts)
        sig = _signer(node, signed if "<!--" not in trailing else
                      _first_signed_lines(_without_comments(trailing), facts), facts)
        subject = _subject(node, subject_param, facts) if subject_param else (
            sig.user if sig is not None else "")
        named = kind_name(kind)
        if not subject_param and sig is None:
            problems.append(problem(page, "peerbot-problem-unsigned", named, line=line,
                                    text=snippet))
            continue
        if not subject:
            problems.append(problem(page, "peerbot-problem-no-subject", named, subject_param,
                                    line=line, text=snippet))
            continue
        if not valid_username(subject):
            problems.append(problem(page, "peerbot-problem-not-a-user", named, subject,
                                    line=line, text=snippet))
            continue
        if sig is None:
            problems.append(problem(page, "peerbot-problem-unsigned-of", named, subject,
                                    line=line, text=snippet))
            continue
        if sig.timestamp is None:
            problems.append(problem(page, "peerbot-problem-no-date", named, subject,
                                    line=line, text=snippet))
            continue
        params = tuple((str(p.name).strip(), _plain(str(p.value)))
                       for p in node.params if str(p.name).strip() != subject_param)
        # From the start of its line: a strike opened before the template is part of what
        # the entry says (who struck it is checked against history like any change).
        line_start = text.rfind("\n", 0, offset) + 1
        entries.append(Entry(kind=kind, page=page, line=line, subject=subject,
                             signer=sig.user, timestamp=sig.timestamp, params=params,
                             anchor=section, text=text[line_start:offset] + mark.raw + signed,
                             signed_at=sig.timestamp, struck=_struck(text, offset)))
    problems.extend(unclosed_entries(text, page, facts, templates))
    return entries, sorted(problems, key=lambda p: p.line or 0)


_VERBATIM = ("nowiki", "pre", "source", "syntaxhighlight", "math", "code")
# "{{" and the name after it, up to a character no title may hold (the last "{{" of a run:
# "{{{{name" opens "name").
_OPENING = re.compile(r"\{\{(?!\{)([^{}|\n<>\[\]#]*)")


def _plain_text(code: Wikicode, offset: int = 0) -> Iterator[tuple[int, str]]:
    """Wikicode -> (offset, text) of its text nodes, inside tags too (not verbatim ones):
    where braces MediaWiki could not pair stay as text."""
    for node in code.nodes:
        raw = str(node)
        if isinstance(node, Text):
            yield offset, raw
        elif (isinstance(node, Tag) and node.contents is not None and str(node.contents)
              and str(node.tag).lower() not in _VERBATIM):
            yield from _plain_text(node.contents, offset + raw.find(str(node.contents)))
        offset += len(raw)


def unclosed_entries(text: str, page: str, facts: SiteFacts,
                     templates: EntryTemplates) -> list[Problem]:
    """Page wikitext -> a Problem for each entry template opened with ``{{`` and never
    closed (``{{Peer academy nomination|nominee=X|...`` then a signature): the wiki shows
    it as text and no entry is read from it, so the organizer must hear of it."""
    problems = []
    for offset, chunk in _plain_text(mwparserfromhell.parse(text)):
        for found in _OPENING.finditer(chunk):
            kind = templates.kind_named(found.group(1), facts)
            if kind is None:
                continue
            at = offset + found.start()
            if text.rfind("<!--", 0, at) > text.rfind("-->", 0, at):
                continue  # after a comment never closed: hidden to the end of the page
            end = text.find("\n", at)
            snippet = text[at:end if end >= 0 else len(text)][:200]
            problems.append(problem(page, "peerbot-problem-not-closed", kind_name(kind), "}}",
                                    line=text.count("\n", 0, at) + 1, text=snippet))
    return problems


_STRIKE_OPEN = re.compile(r"<(?:s|del|strike)\b[^>]*>", re.IGNORECASE)
_STRIKE_CLOSE = re.compile(r"</(?:s|del|strike)\s*>", re.IGNORECASE)


def _struck(text: str, offset: int) -> bool:
    """Page text and an entry's offset -> True when a strike opened earlier on its line is
    still open there (``* <s>{{...}} signature</s>``: withdrawn)."""
    before = text[text.rfind("\n", 0, offset) + 1:offset]
    return len(_STRIKE_OPEN.findall(before)) > len(_STRIKE_CLOSE.findall(before))


def _outermost(marks: list[_Mark]) -> list[_Mark]:
    """Marks in page order -> the same without entries nested inside another entry's text
    (a template in a parameter belongs to the outer entry's value, not to the page)."""
    kept: list[_Mark] = []
    covered_to = -1
    for mark in marks:
        if mark.kind:
            if mark.offset < covered_to:
                continue
            covered_to = mark.offset + len(mark.raw)
        kept.append(mark)
    return kept


def parse_pages(pages: Sequence[tuple[str, str]], facts: SiteFacts,
                templates: EntryTemplates) -> tuple[list[Entry], list[Problem]]:
    """[(title, wikitext)] -> all entries and problems, in page order."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    for title, text in pages:
        found, bad = parse_entries(text, title, facts, templates)
        entries.extend(found)
        problems.extend(bad)
    return entries, problems


def split_by_prefix(titles: Sequence[str], prefixes: Sequence[str]
                    ) -> tuple[list[str], list[str]]:
    """Titles and title prefixes -> (titles under one of the prefixes, the others), each in
    the given order; with no prefixes every title is under them."""
    inside: list[str] = []
    outside: list[str] = []
    for title in titles:
        under = not prefixes or any(title.startswith(p) for p in prefixes)
        (inside if under else outside).append(title)
    return inside, outside


def outside_prefixes_problem(outside: Sequence[str], key: str = "page_prefixes",
                             shown: int = 3) -> Problem | None:
    """Titles of pages that use a job's templates but lie outside its prefixes -> one Problem
    (no page: it is about the config) with their number, the first ``shown`` titles and the
    config key to change; None when there are none."""
    if not outside:
        return None
    named = ", ".join(outside[:shown])
    if len(outside) > shown:
        return problem("", "peerbot-problem-outside-prefixes-more", len(outside), key, named,
                       len(outside) - shown)
    return problem("", "peerbot-problem-outside-prefixes", len(outside), key, named)
