"""Benchmark data -> a MediaWiki XML export (schema 0.11) that importDump.php loads; pure.

Every page is built revision by revision: each revision appends one signed line written by
the revision's own author, with a real expanded signature whose time is the revision's time,
so page history attributes every entry to its signer (no entry is "forged").
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

NOMINATION_PREFIX = "Peer academy/Nominations/Bench"
VOTE_PREFIX = "Peer academy/Votes/Bench"
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
GROUPS = (("Wikimedia Polska", "Europe"), ("Wikimedia India", "South Asia"),
          ("Wikimedians of Nigeria User Group", "Africa"), ("Wikimedia Argentina",
                                                            "Latin America"),
          ("Wikimedia Taiwan", "East Asia"), ("Wikimedia MENA User Group",
                                              "Middle East and North Africa"))
TRACKS = ("mentor", "newcomer", "group-nominee")
RELATIONSHIPS = ("colleague", "mentee", "co-organizer", "workshop participant")
SUBJECTS = ("Leaders", "Guides", "Mentors", "Facilitators")
STANCES = ("{{support}}", "{{support}}", "{{oppose}}", "{{neutral}}", "{{strong support}}")


@dataclass(frozen=True)
class Revision:
    """One saved version of a page: who saved it, when, and the whole text after it."""

    user: str
    timestamp: datetime
    text: str


@dataclass(frozen=True)
class Page:
    """A page and its history, oldest revision first."""

    title: str
    revisions: tuple[Revision, ...]
    subject: str = ""


@dataclass(frozen=True)
class BenchData:
    """Everything seeded for one benchmark size."""

    size: int
    users: tuple[str, ...]
    nomination_pages: tuple[Page, ...]
    vote_pages: tuple[Page, ...]

    @property
    def pages(self) -> tuple[Page, ...]:
        return self.nomination_pages + self.vote_pages

    def revisions(self, pages: tuple[Page, ...]) -> int:
        """Pages -> how many revisions they hold."""
        return sum(len(p.revisions) for p in pages)

    def authors(self, pages: tuple[Page, ...]) -> set[str]:
        """Pages -> the distinct users who saved them."""
        return {r.user for p in pages for r in p.revisions}


def signature(user: str, when: datetime) -> str:
    """User and time -> the signature MediaWiki expands ~~~~ to on an English wiki."""
    return (f"[[User:{user}|{user}]] ([[User talk:{user}|talk]]) "
            f"{when:%H:%M}, {when.day} {MONTHS[when.month - 1]} {when.year} (UTC)")


def user_names(count: int) -> tuple[str, ...]:
    """Count -> that many distinct, valid user names."""
    return tuple(f"Bench Editor {i:05d}" for i in range(1, count + 1))


def users_for(size: int) -> int:
    """Number of nomination pages -> size of the user pool (many users, reused)."""
    return 60 + size // 2


class _Clock:
    """Strictly increasing revision times, one minute apart (signatures have minutes)."""

    def __init__(self) -> None:
        self.now = START

    def tick(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def _page(title: str, lines: list[tuple[str, str]], clock: _Clock, subject: str = "") -> Page:
    """[(author, line without signature)] -> a Page whose every revision appends one signed
    line by its author (an empty line signs nothing: a ``{sig}`` marker places it)."""
    text = ""
    revisions = []
    for user, line in lines:
        when = clock.tick()
        signed = line.replace("{sig}", signature(user, when)) if "{sig}" in line else (
            f"{line} {signature(user, when)}")
        text = f"{text}\n\n{signed}" if text else signed
        revisions.append(Revision(user, when, text))
    return Page(title, tuple(revisions), subject)


def nomination_page(index: int, users: tuple[str, ...], rng: random.Random,
                    clock: _Clock, recommendations: int,
                    prefix: str = NOMINATION_PREFIX) -> Page:
    """Page number -> a candidate's nomination page: a nomination, maybe a second one,
    recommendations by other users and a thank-you reply by the candidate."""
    nominee = users[index % len(users)]
    group, region = GROUPS[index % len(GROUPS)]
    others = [u for u in rng.sample(users, min(len(users), recommendations + 3)) if u != nominee]
    track = TRACKS[index % len(TRACKS)]
    lines = [(others[0], (f"== {nominee} ==\n{{{{Peer academy nomination|nominee={nominee}"
                         f"|group={group}|region={region}|track={track}"
                         f"|statement=Runs workshop series number {index}.}}}}"))]
    if index % 3 == 0:
        lines.append((others[1], (f"{{{{Peer academy nomination|nominee={nominee}|group={group}"
                                 f"|region={region}|track={track}|statement=Seconded.}}}}")))
    for number, user in enumerate(others[2:2 + recommendations]):
        relationship = RELATIONSHIPS[number % len(RELATIONSHIPS)]
        lines.append((user, (f"{{{{Peer academy recommendation|candidate={nominee}"
                            f"|relationship={relationship}|text=Helped me with edit number "
                            f"{number}.}}}}")))
    if index % 4 == 0:
        lines.append((nominee, ":Thank you all! {sig}"))
    return _page(f"{prefix}/Candidate {index:05d}", lines, clock, nominee)


def vote_page(index: int, users: tuple[str, ...], rng: random.Random, clock: _Clock,
              votes: int, prefix: str = VOTE_PREFIX) -> Page:
    """Page number -> a label vote with ``votes`` votes (subject sections, stance templates),
    each saved by its voter; a voter votes at most once per subject."""
    head = "Vote under each word with {{support}}, {{oppose}} or {{neutral}}."
    sections: dict[str, list[str]] = {s: [] for s in SUBJECTS}
    voters = {s: rng.sample(users, min(len(users), votes)) for s in SUBJECTS}
    revisions = []
    when = clock.tick()
    revisions.append(Revision(users[0], when, _vote_text(head, sections)))
    for number in range(votes):
        subject = SUBJECTS[number % len(SUBJECTS)]
        user = voters[subject][number // len(SUBJECTS)]
        when = clock.tick()
        stance = STANCES[(number + index) % len(STANCES)]
        sections[subject].append(f"# {stance} {signature(user, when)}")
        revisions.append(Revision(user, when, _vote_text(head, sections)))
    return Page(f"{prefix}/Vote {index:04d}", tuple(revisions))


def _vote_text(head: str, sections: dict[str, list[str]]) -> str:
    parts = [head]
    for subject, lines in sections.items():
        parts.append(f"== {subject} ==\n" + "\n".join(lines))
    return "\n\n".join(parts)


def bench_data(size: int, *, recommendations: int = 6, vote_pages: int | None = None,
               votes_per_page: int = 100, seed: int = 7, users: tuple[str, ...] = (),
               prefix: str = NOMINATION_PREFIX, vote_prefix: str = VOTE_PREFIX) -> BenchData:
    """Size N -> N nomination pages (about ``recommendations`` + 2 revisions each) and
    max(2, N/50) vote pages of ``votes_per_page`` votes, by a pool of 60 + N/2 users
    (or by ``users``)."""
    rng = random.Random(seed * 1_000_003 + size)
    users = users or user_names(users_for(size))
    clock = _Clock()
    nominations = tuple(nomination_page(i, users, rng, clock,
                                        rng.randint(max(0, recommendations - 3),
                                                    recommendations + 3), prefix)
                        for i in range(1, size + 1))
    count = vote_pages if vote_pages is not None else max(2, size // 50)
    votes = tuple(vote_page(i, users, rng, clock, votes_per_page, vote_prefix)
                  for i in range(1, count + 1))
    return BenchData(size, users, nominations, votes)


def export_xml(pages: tuple[Page, ...] | list[Page]) -> Iterator[str]:
    """Pages -> chunks of a MediaWiki XML export, schema 0.11 (ids left to the importer)."""
    yield ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://www.mediawiki.org/xml/export-0.11/ '
           'http://www.mediawiki.org/xml/export-0.11.xsd" version="0.11" xml:lang="en">\n')
    for page in pages:
        parts = [f"  <page>\n    <title>{escape(page.title)}</title>\n    <ns>0</ns>\n"]
        for rev in page.revisions:
            body = escape(rev.text)
            parts.append(
                "    <revision>\n"
                f"      <timestamp>{rev.timestamp:%Y-%m-%dT%H:%M:%SZ}</timestamp>\n"
                f"      <contributor><username>{escape(rev.user)}</username></contributor>\n"
                "      <comment>bench seed</comment>\n"
                "      <model>wikitext</model>\n      <format>text/x-wiki</format>\n"
                f'      <text bytes="{len(rev.text.encode("utf-8"))}" xml:space="preserve">'
                f"{body}</text>\n    </revision>\n")
        parts.append("  </page>\n")
        yield "".join(parts)
    yield "</mediawiki>\n"


def revision_texts_of(page: Page) -> list[Any]:
    """Page -> its history as bot.history.RevisionText records (for blame timings)."""
    from bot.core.history import RevisionText

    return [RevisionText(number, rev.user, rev.timestamp, rev.text)
            for number, rev in enumerate(page.revisions, start=1)]
