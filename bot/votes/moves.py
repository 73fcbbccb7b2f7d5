"""A vote and where the history saw its line -> who moved it, and where its signer left it.

The history index keeps, for each signature, every section title its line sat under
(``bot.core.history.section_key``) with the first revision that put it there, and every
version of what the line said (``meaning_key``). Section titles are compared by what they
mean under the page's rules, never as text: on a page whose sections are Support / Oppose
/ Neutral a section means its stance; elsewhere it means its subject (its plain title,
compared as option headings are, case and blanks aside); an ignored section, or the text
above the first heading, means nothing. So fixing a heading's typo moves no vote, while
moving a vote from Support to Oppose changes its stance. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from bot.core.history import Origin, section_prefix, signature_span
from bot.core.integrity import IntegrityConfig, last_own
from bot.core.model import SiteFacts
from bot.votes.clean import plain_text
from bot.votes.config import VoteConfig, word_key
from bot.votes.model import OPTIONS, Vote, VotePage

# {section prefix of a signature: {section title: first revision it sat under it}}
Sections = Mapping[str, Mapping[str, Origin]]


def section_history(found: Mapping[str, Origin]) -> dict[str, dict[str, Origin]]:
    """A page's section keys with their origins -> {signature's prefix: {title: Origin}}."""
    out: dict[str, dict[str, Origin]] = {}
    for key, origin in found.items():
        prefix, _bar, title = key.partition("|")
        out.setdefault(prefix + "|", {})[title] = origin
    return out


def section_meaning(title: str, page: VotePage, rules: VoteConfig) -> str | None:
    """A section title as the history keeps it -> what it makes of a vote on this page:
    its stance (Support / Oppose pages) or its subject's comparison form; None when a
    vote there would not count (no heading yet, an ignored or unknown section)."""
    plain = plain_text(title)
    if not plain or rules.is_ignored_section(plain):
        return None
    if page.stance_options:
        return rules.heading_stance(plain)
    return word_key(plain)


def vote_meaning(vote: Vote, page: VotePage) -> str:
    """A vote as parsed now -> what its section makes of it (see ``section_meaning``)."""
    return vote.stance if page.stance_options else word_key(vote.subject)


def versions_of(vote: Vote, sections: Sections, facts: SiteFacts) -> Mapping[str, Origin]:
    """A vote -> {section title: Origin} of every section its signature's line sat under."""
    span = signature_span(vote.text, facts)
    return sections.get(section_prefix(span), {}) if span is not None else {}


def moved_by(vote: Vote, sections: Sections, page: VotePage, rules: VoteConfig,
             facts: SiteFacts) -> Origin | None:
    """A vote -> the first revision in which its line sat in a section meaning what its
    section means now (None when the history has none): when that is not the revision
    that added it, someone moved it there, or changed the heading's meaning."""
    now = vote_meaning(vote, page)
    found = [origin for title, origin in versions_of(vote, sections, facts).items()
             if section_meaning(title, page, rules) == now]
    return min(found, key=lambda o: o.revision) if found else None


def as_the_signer_left_it(vote: Vote, changed: int, meanings: Mapping[str, Origin],
                          sections: Mapping[str, Origin], page: VotePage, rules: VoteConfig,
                          config: IntegrityConfig) -> tuple[Vote, Origin] | None:
    """A tampered vote, the revision that changed it and the versions of its line ({what it
    said: Origin}, {section title: Origin}) -> (the vote as its signer, or a clerk, last
    left it before that revision, that version's origin); None when the history has no
    such version, it was struck or said no stance, or its section held no votes."""
    said = last_own(meanings, changed, vote.user, config)
    if said is None:
        return None
    meaning, origin = said
    subject, option = vote.subject, vote.stance if page.layout == OPTIONS else None
    if sections:
        where = last_own(sections, changed, vote.user, config)
        if where is None:
            return None
        title, placed = where
        found = section_meaning(title, page, rules)
        if found is None:
            return None
        if page.stance_options:
            option = found
        else:
            # the subject of that name now, else the section's title as the signer saw it
            subject = next((s for s in page.subjects if word_key(s) == found),
                           plain_text(title))
        origin = max(origin, placed, key=lambda o: o.revision)
    if meaning.rsplit("|", 1)[-1]:
        return None  # struck by the signer (or a clerk)
    stance = option or meaning_stance(meaning, rules)
    if stance is None:
        return None
    return replace(vote, subject=subject, stance=stance, revision=origin.revision,
                   editor=origin.user), origin


def meaning_stance(meaning: str, rules: VoteConfig) -> str | None:
    """What a vote's line said (``bot.core.history.line_meaning``) -> its stance under the
    page's rules; None when it was struck or names no stance."""
    *parts, struck = meaning.split("|")
    if struck:
        return None
    for part in parts:
        if part.endswith(")") and "(" in part:
            stance = rules.template_stance(part[:part.index("(")])
        else:
            stance = rules.word_stance(part)
        if stance:
            return stance
    return None
