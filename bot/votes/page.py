"""Vote page wikitext -> VotePage: who voted what, where, and what could not be counted.

The entry point of vote parsing (``parse_votes``) and the page-wide decisions: which
layout the page has, which sections hold votes and on what, and for each item whether it
is a vote or an ``Excluded`` record with its reason. The steps it runs, in order: clean the
page (``clean``), split it into sections of blocks (``sections``), read each item's
signature and stance (``signature``, ``stance``) or its ranked ballot (``ballots``). Pure:
no I/O, no clock; every rule is general and none names a page.

Rule:

* **Layout.** A page is an *options* page when a section title is an option word from the
  config (Support / Oppose / Neutral ...): each such section is one option of one question
  (the subject is the page), its stance the option's. Failing that, it is a *subjects* page
  when some top-level item opens with a stance marker: every section holding such items is
  a subject. Failing both, every section holding signed top-level items is an option of one
  single-choice vote (stance "support"). ``config.layout`` overrides the detection.
* **Empty items** are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.core.model import SiteFacts
from bot.votes.ballots import find_ranking_template, read_ballot
from bot.votes.clean import CleanPage, clean_page
from bot.votes.config import VoteConfig
from bot.votes.model import (
    HIDDEN,
    NO_STANCE,
    OPTIONS,
    REPLY,
    STRUCK,
    SUBJECTS,
    UNSIGNED,
    Ballot,
    Excluded,
    Vote,
    VotePage,
)
from bot.votes.sections import Block, Section, split_sections
from bot.votes.signature import block_signature
from bot.votes.stance import Reading, read_item


@dataclass
class _Blocks:
    """Every block of the page read: items as readings, ranked blocks as ballots."""

    readings: dict[Block, Reading] = field(default_factory=dict)
    ranked: set[Block] = field(default_factory=set)
    ballots: list[Ballot] = field(default_factory=list)
    ballot_excluded: list[Excluded] = field(default_factory=list)


def _read_blocks(sections: list[Section], clean: CleanPage, facts: SiteFacts,
                 config: VoteConfig) -> _Blocks:
    """Sections -> ballots from ranked blocks, readings of the items that may be votes."""
    read = _Blocks()
    for section in sections:
        for block in section.blocks:
            found = find_ranking_template(block.text, facts, config)
            if found is not None:
                read.ranked.add(block)
                result = read_ballot(block, found, config.ranking_template, clean, facts)
                if isinstance(result, Ballot):
                    read.ballots.append(result)
                else:
                    read.ballot_excluded.append(result)
            elif block.kind == "item" and section.title is not None \
                    and not config.is_ignored_section(section.title):
                read.readings[block] = read_item(block, clean, facts, config)
    return read


def _layout(sections: list[Section], readings: dict[Block, Reading], config: VoteConfig
            ) -> str:
    if config.layout != "auto":
        return config.layout
    if any(s.title is not None and config.heading_stance(s.title) for s in sections):
        return OPTIONS
    for section in sections:
        if section.title is None or config.is_ignored_section(section.title):
            continue
        if any(readings[b].markers for b in section.blocks if b in readings):
            return SUBJECTS
    return OPTIONS


@dataclass(frozen=True)
class _Roles:
    """What the page's layout makes of its sections."""

    page: str
    layout: str
    stance_options: bool  # sections are the options Support / Oppose ... of the page
    readings: dict[Block, Reading]
    config: VoteConfig

    def of(self, section: Section) -> tuple[str, str | None] | None:
        """Section -> (subject, option stance or None) when it holds votes."""
        config = self.config
        if section.title is None or config.is_ignored_section(section.title):
            return None
        items = [self.readings[b] for b in section.blocks if b in self.readings]
        if self.stance_options:
            stance = config.heading_stance(section.title)
            return (self.page, stance) if stance else None
        if self.layout == OPTIONS:
            return (section.title, "support") if any(r.signature for r in items) else None
        return (section.title, None) if any(r.markers for r in items) else None


def _record(block: Block, readings: dict[Block, Reading], subject: str, option: str | None,
            facts: SiteFacts) -> Vote | Excluded:
    """A reply or item of a section holding votes -> its Vote, or why it is not counted."""
    body = block.text.strip()
    if block.kind == "reply":
        signature = block_signature(block.text, facts)
        return Excluded(signature.user if signature else None, subject, option, REPLY,
                        block.line, body, signature.timestamp if signature else None)
    reading = readings[block]
    stance = option or reading.stance()
    sig = reading.signature
    if sig is None:
        return Excluded(None, subject, stance or reading.first_stance(), UNSIGNED, block.line,
                        body)
    if reading.signature_struck or reading.stance_struck(option):
        return Excluded(sig.user, subject, stance or reading.first_stance(), STRUCK,
                        block.line, body, sig.timestamp)
    if stance is None:
        return Excluded(sig.user, subject, None, NO_STANCE, block.line, body, sig.timestamp)
    return Vote(sig.user, subject, stance, sig.timestamp, block.line, body)


def parse_votes(text: str, facts: SiteFacts, config: VoteConfig, page: str = "") -> VotePage:
    """Vote page wikitext -> VotePage (layout, subjects, votes, ballots, exclusions).

    Never raises on bad wikitext: what cannot be counted is an ``Excluded`` record. Votes
    readers cannot see (after an unclosed ``<!--``, in a ``display:none`` block) are
    ``hidden``: listed with the reason, not counted.
    """
    clean = clean_page(text, facts, config)
    page_read = _parse_clean(clean, facts, config, page)
    if not clean.hidden:
        return page_read
    return replace(page_read, excluded=tuple(sorted(
        (*page_read.excluded, *_hidden_votes(text, clean.hidden, facts, config, page)),
        key=lambda e: e.line)))


def _hidden_votes(text: str, hidden: tuple[tuple[int, int, str], ...], facts: SiteFacts,
                  config: VoteConfig, page: str) -> list[Excluded]:
    """A page and the parts readers cannot see -> a ``hidden`` record of each vote-like
    entry in them (the page read with those parts shown)."""
    shown = _parse_clean(clean_page(text, facts, config, reveal=True), facts, config, page)
    out = []
    records: list[Vote | Excluded | Ballot] = [*shown.votes, *shown.excluded, *shown.ballots]
    for record in records:
        why = next((w for first, last, w in hidden if first <= record.line <= last), None)
        if why is None:
            continue
        out.append(Excluded(record.user, getattr(record, "subject", "ranking"),
                            getattr(record, "stance", None), f"{HIDDEN}: {why}",
                            record.line, record.text, record.timestamp))
    return out


def _parse_clean(clean: CleanPage, facts: SiteFacts, config: VoteConfig,
                 page: str) -> VotePage:
    """A cleaned vote page -> VotePage."""
    sections = split_sections(clean, facts)
    read = _read_blocks(sections, clean, facts, config)
    layout = _layout(sections, read.readings, config)
    stance_options = layout == OPTIONS and any(
        s.title is not None and config.heading_stance(s.title) for s in sections)
    roles = _Roles(page, layout, stance_options, read.readings, config)
    subjects: list[str] = [page] if stance_options else []
    votes: list[Vote] = []
    excluded: list[Excluded] = []
    for section in sections:
        role = roles.of(section)
        if role is None:
            continue
        subject, option = role
        if subject not in subjects:
            subjects.append(subject)
        for block in section.blocks:
            if block in read.ranked or block.kind == "para" or not block.text.strip():
                continue
            record = _record(block, read.readings, subject, option, facts)
            if isinstance(record, Vote):
                votes.append(record)
            else:
                excluded.append(record)
    return VotePage(page, layout, tuple(subjects), tuple(votes), tuple(excluded),
                    tuple(read.ballots), tuple(read.ballot_excluded), stance_options)
