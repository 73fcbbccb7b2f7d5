"""A vote page that transcludes parts of itself -> the parts read as what readers see; pure.

A long vote page is often split: ``{{/Part 2}}`` or ``{{:Vote page/Part 2}}`` shows the
votes of its subpage in place. Readers see those votes under the heading where the part is
transcluded, so they are counted there: each part is parsed under the headings above its
transclusion, with the vote page's layout, and checked against its own history (its votes
carry the part's title, so the audit links the right page and line). Any other page
transcluded with ``{{:Title}}`` that holds votes is named on the report: its votes are not
counted, as the vote page's own history does not say who wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

import mwparserfromhell

from bot.integrity.events import path_above
from bot.votes.config import VoteConfig
from bot.votes.model import Ballot, Excluded, Vote, VotePage

R = TypeVar("R", Vote, Excluded, Ballot)


@dataclass(frozen=True)
class Part:
    """A page transcluded by a vote page: its title, the line of the transclusion, the
    section-opening lines above it, and whether it is a subpage of the vote page."""

    title: str
    line: int
    path: tuple[str, ...]
    own: bool


_PAGE_CALL = re.compile(r"\{\{\s*[:/]")


def transclusions(text: str, title: str) -> list[Part]:
    """A vote page's wikitext and title -> the pages it transcludes as pages (not
    templates): ``{{:Title}}`` and ``{{/Sub}}`` (a subpage of the page itself)."""
    if not _PAGE_CALL.search(text):
        return []  # no {{: or {{/ at all: nothing to parse for
    out = []
    lines = text.split("\n")
    for node in mwparserfromhell.parse(text).filter_templates(recursive=False):
        name = str(node.name).strip()
        if name.startswith("/"):
            target = title + "/" + name[1:].strip("/ ")
        elif name.startswith(":") and len(name) > 1:
            target = name[1:].strip()
        else:
            continue
        target = " ".join(target.replace("_", " ").split())
        target = target[:1].upper() + target[1:]
        line = text.count("\n", 0, text.find(str(node))) + 1
        out.append(Part(target, line, path_above(lines, line), target.startswith(title + "/")))
    return out


def part_text(part: Part, text: str) -> str:
    """A part and its wikitext -> the text to parse: the headings above the transclusion,
    then the part."""
    return "\n".join((*part.path, text))


def as_read(parsed: VotePage, part: Part, parent: VotePage) -> VotePage:
    """A part parsed under its headings -> the same with its own line numbers (the headings
    taken off) and the parent's subject where the part's title stood in for it."""
    offset = len(part.path)

    def fix(record: R) -> R:
        if isinstance(record, (Vote, Excluded)) and record.subject == parsed.page:
            record = replace(record, subject=parent.page)  # type: ignore[assignment, call-arg]
        return replace(record, line=record.line - offset)

    return replace(parsed, votes=tuple(fix(v) for v in parsed.votes),
                   excluded=tuple(fix(e) for e in parsed.excluded),
                   ballots=tuple(fix(b) for b in parsed.ballots),
                   ballot_excluded=tuple(fix(e) for e in parsed.ballot_excluded))


def merged(parent: VotePage, parts: Sequence[VotePage]) -> VotePage:
    """A checked vote page and its checked parts -> one page: every record marked with the
    page it is written on, in the parent's order of subjects."""
    subjects = list(parent.subjects)
    votes, excluded = list(parent.votes), list(parent.excluded)
    ballots, ballot_excluded = list(parent.ballots), list(parent.ballot_excluded)
    for part in parts:
        subjects.extend(s for s in part.subjects if s not in subjects and s != part.page)
        votes += [replace(v, page=part.page) for v in part.votes]
        excluded += [replace(e, page=part.page) for e in part.excluded]
        ballots += [replace(b, page=part.page) for b in part.ballots]
        ballot_excluded += [replace(e, page=part.page) for e in part.ballot_excluded]
    return replace(parent, subjects=tuple(subjects), votes=tuple(votes),
                   excluded=tuple(excluded), ballots=tuple(ballots),
                   ballot_excluded=tuple(ballot_excluded))


def layout_of(parent: VotePage, rules: VoteConfig) -> VoteConfig:
    """The vote page's rules with its layout fixed, so a part reads as the page does."""
    return rules if rules.layout != "auto" else replace(rules, layout=parent.layout)
