"""Every report renderer against hostile values, rendered by the real MediaWiki parser.

Each case puts generated hostile text in every value a user controls (groups, regions,
tracks, statements, section titles, subjects, stances, problem texts) and renders one
report part twice: with those values, and with plain placeholders in their place. MediaWiki
parses both, many cases per ``action=parse`` request, and the two must have the same
structure: the same HTML elements in the same order (headings, tables, rows, cells, links
and where they point, collapsible blocks), with only the text differing. A batch may hold
no category, no template, no external link. So no input, whatever it is, adds or removes a
heading, a table row or column, a link, a category or a template.

``PEERBOT_FUZZ_CASES`` sets the number of cases (CI: 200, every renderer; ``make fuzz``:
10,000). A failure prints the case's value; hypothesis shrinks it first.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from html.parser import HTMLParser
from itertools import cycle

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bot.core.integrity import AuditRow, render_audit
from bot.core.model import Entry, Problem
from bot.core.render import bot_part, splice_report
from bot.core.sitenames import language_codes
from bot.digest.parse import Comment, PageComments
from bot.digest.render import render_digest
from bot.digest.summary import digest
from bot.match.config import PREFERENCES, match_config
from bot.match.offers import OFFER, REQUEST, Side, Sides
from bot.match.pairing import Published, match
from bot.match.render import render_report as render_match
from bot.nominations.summary import CandidateSummary, NominationsReport, render
from bot.records.items import Item
from bot.records.render import render_page as render_records_page
from bot.records.render import render_record
from bot.selection.policy_parse import parse_policy
from bot.selection.records import Candidate
from bot.selection.render import render_selection
from bot.selection.select import select
from bot.votes.model import Excluded, Vote
from bot.votes.render import render_tally
from bot.votes.tally import SubjectTally, TallyResult
from tests.integration.test_hostile import JUNK, TAIL, VALUE_FRAGMENTS

CASES = int(os.environ.get("PEERBOT_FUZZ_CASES", "200"))
BATCH = 25
WHEN = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
USERS = ["Alice", "Bob", "Zoë Ünïcode", "مستخدم عربي", "O'Brien"]

hostile_text = st.lists(st.one_of(
    st.sampled_from(VALUE_FRAGMENTS + JUNK + TAIL),
    st.text(alphabet=st.sampled_from(list("[]{}|<>=*#:;!&'\"~-_/\\\n abc") + [
        "\u05d0", "\u0301", "\u200f", "\u202e", "\u00a0"]), max_size=12),
), min_size=1, max_size=5).map("".join).filter(str.strip)  # an empty value shows nothing


def nominations_part(values: list[str]) -> str:
    v = cycle(values)
    entry = Entry(kind="nomination", page="Peer academy/Nominations/Fuzz", line=3,
                  subject="Bob", signer="Alice", timestamp=WHEN, anchor=next(v), text="x",
                  revision=7, editor="Alice")
    candidates = tuple(CandidateSummary(user, (entry,), (), next(v), next(v), next(v),
                                        (next(v),)) for user in USERS[:2])
    problems = (Problem("Peer academy/Nominations/Fuzz", next(v), 4, next(v)),)
    audit = (AuditRow("Peer academy/Nominations/Fuzz", 5, "Alice", next(v), next(v),
                      next(v), 7, "Alice"),)
    # The note is the bot's own wikitext (where figures came from), not a user's.
    report = NominationsReport(candidates, problems, {"Peer academy/Nominations/Fuzz": 7},
                               audit, "A note.")
    return render(report)


def votes_part(values: list[str]) -> str:
    v = cycle(values)
    subjects = []
    for user in USERS[:2]:
        vote = Vote(user, next(v), "support", WHEN, 3, "x", 7, user)
        subjects.append(SubjectTally(vote.subject, 1, 0, 0, 100.0, 1, 1, True, (vote,)))
    excluded = (Excluded("Bob", next(v), next(v), "unsigned", 9, "x", None, 8, "Bob"),
                Excluded(None, next(v), None, next(v), 10))
    return render_tally(TallyResult("Peer academy/Vote", "subjects", tuple(subjects), excluded,
                                    None, 50.0, 1))


def audit_part(values: list[str]) -> str:
    v = cycle(values)
    rows = [AuditRow("Peer academy/Vote", line, user, next(v), next(v), reason, 7, user)
            for line, (user, reason) in enumerate([("Alice", ""), ("Bob", "forged")], 1)]
    return render_audit(rows, note="A note.")  # the note is the bot's own wikitext


def selection_part(values: list[str]) -> str:
    v = cycle(values)
    people = [Candidate(user, group=next(v), region=next(v), track="mentor",
                        first_nominated=WHEN) for user in USERS]
    policy = parse_policy({"name": "Fuzz", "seats": 2, "seed": "fuzz", "max_per_group": 1})
    return render_selection(select(people, policy, "fuzz"))


def match_part(values: list[str]) -> str:
    v = cycle(values)
    # Preferences off: a value's case must not decide who is paired (placeholders keep only
    # equality and order); languages are codes from a fixed list, the rest is hostile.
    config = match_config({"preferences": {name: 0 for name in PREFERENCES}})
    offers = tuple(Side(OFFER, user, ("es",), (next(v), next(v)), next(v), next(v), next(v),
                        1, "Peer academy/Mentoring/Fuzz", 3, 7) for user in USERS[:2])
    requests = tuple(Side(REQUEST, user, ("es", "sw"), (next(v),), next(v), next(v), next(v),
                          page="Peer academy/Mentoring/Fuzz", line=4)
                     for user in USERS[2:])
    withdrawn = Side(REQUEST, "Gone", ("es",), (next(v),), withdrawn=True)
    sides = Sides(offers, (*requests, withdrawn), (Problem("Peer academy/Mentoring/Fuzz",
                                                           next(v), 4, next(v)),))
    # "since" is read back from the report page, which anyone can edit.
    published = [Published(USERS[0], USERS[2], next(v)), Published(USERS[1], "Gone", next(v))]
    result = match(sides, config, "fuzz", published, "2026-12-02")
    audit = (AuditRow("Peer academy/Mentoring/Fuzz", 3, "Alice", next(v), next(v), "forged",
                      7, "Bob"),)
    return render_match(result, config, {"Peer academy/Mentoring/Fuzz": 7}, audit)


def records_part(values: list[str]) -> str:
    v = cycle(values)
    page = "Peer academy/Evidence/Fuzz"
    # Every field of an item may come back from a record page anyone can edit.
    items = [Item(USERS[0], kind, f"{kind}-{n}", next(v), next(v) if n % 2 else page,
                  None if n % 2 else 7, USERS[n % 5], USERS[(n + 1) % 5], next(v), next(v),
                  next(v), withdrawn=None if n < 3 else 9, why=next(v))
             for n, kind in enumerate(("seat", "goal", "pair", "recognition", "mentee"))]
    records = {USERS[0]: items, USERS[2]: items[:2], USERS[4]: items[3:]}
    audit = (AuditRow(page, 3, "Alice", next(v), "recognition", "forged", 7, "Bob"),)
    return (render_records_page(records, [USERS[0], USERS[4]], "Peer academy/Records",
                                (Problem(page, next(v), 4),), {page: 7}, audit)
            + "\n" + render_record(USERS[0], items))


def digest_part(values: list[str]) -> str:
    v = cycle(values)
    page = "Peer academy/Dialogue fuzz"
    sections = (next(v), next(v))
    comments = tuple(Comment(page, sections[i % 2], 3 + i, user, WHEN, i % 2 == 1,
                             ("support", "+1", "")[i % 3], (next(v),), "x", 7 + i)
                     for i, user in enumerate(USERS))
    parsed_page = PageComments(page, sections, comments, ((sections[0], 9, next(v)),))
    flagged = (AuditRow(page, 12, "Alice", next(v), "comment", "forged", 7, "Bob"),)
    return render_digest(digest([parsed_page], language_codes(), None, flagged, {page: 7}))


RENDERERS: dict[str, tuple[Callable[[list[str]], str], int]] = {
    "nominations": (nominations_part, 14), "votes": (votes_part, 6),
    "audit": (audit_part, 4), "selection": (selection_part, 10),
    "match": (match_part, 10), "digest": (digest_part, 10), "records": (records_part, 24)}


def placeholders(values: list[str]) -> list[str]:
    """Hostile values -> plain ones that are equal where they are equal and sort as they
    sort, so the report's choices (who shares a group, which row comes first) stay the same."""
    rank = {value: n for n, value in enumerate(sorted(set(values)))}
    return [f"value{rank[value]:02d}" for value in values]


class Shape(HTMLParser):
    """HTML -> its elements in order (tag, class, link target without its #fragment), per
    fuzz case; text and ids are left out (they carry the values)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cases: dict[str, list[str]] = {}
        self.current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag == "div" and (attr.get("class") or "") == "fuzz-case":
            self.current = self.cases.setdefault(attr.get("title") or "", [])
            return
        if self.current is not None:
            href = re.sub(r"#.*", "", attr.get("href") or "")
            self.current.append(f"{tag}.{attr.get('class') or ''}>{href}")


def parsed(wiki, cases: list[str]) -> tuple[dict[str, list[str]], dict]:
    """Report parts -> (each case's element list, the batch's categories, templates and
    external links), in one action=parse request."""
    text = "\n".join(f'<div class="fuzz-case" title="{n}">\n{part}\n</div>'
                     for n, part in enumerate(cases))
    reply = wiki.client("Alice").post("parse", text=text, title="Peer academy/Fuzz",
                                      prop="text|categories|templates|externallinks",
                                      contentmodel="wikitext", disablelimitreport=1,
                                      formatversion=2)["parse"]
    shape = Shape()
    shape.feed(reply["text"])
    return shape.cases, {k: reply[k] for k in ("categories", "templates", "externallinks")}


seen = {"cases": 0, "seconds": 0.0}


@pytest.fixture(scope="module", autouse=True)
def report_count():
    yield
    print(f"\nfuzz: {seen['cases']} cases in {seen['seconds']:.0f} s "
          f"({len(RENDERERS)} renderers)")


@pytest.mark.parametrize("renderer", sorted(RENDERERS))
def test_hostile_values_change_no_structure(wiki, renderer):
    make, width = RENDERERS[renderer]
    batches = max(1, CASES // len(RENDERERS) // BATCH)

    @settings(max_examples=batches, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck),
              phases=[Phase.explicit, Phase.generate, Phase.shrink])
    @given(st.lists(st.lists(hostile_text, min_size=width, max_size=width),
                    min_size=BATCH, max_size=BATCH))
    def check(batch: list[list[str]]) -> None:
        started = time.monotonic()
        hostile = [make(values) for values in batch]
        plain = [make(placeholders(values)) for values in batch]
        got, injected = parsed(wiki, hostile)
        want, clean = parsed(wiki, plain)
        assert clean == {"categories": [], "templates": [], "externallinks": []}
        assert injected == clean, f"{renderer}: {injected}"
        for n, values in enumerate(batch):
            assert got.get(str(n)) == want[str(n)], f"{renderer} case {values!r}"
            # The bot's markers survive any content: the part comes back out whole.
            spliced = splice_report("Human text.\n", hostile[n], "fuzz")
            assert not spliced.error and bot_part(spliced.text, "fuzz") == hostile[n].strip()
        seen["cases"] += len(batch)
        seen["seconds"] += time.monotonic() - started

    check()
