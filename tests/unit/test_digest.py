"""The digest: comments, replies, participants, markers, weeks and home wikis, on the
reconstructed consultation (checked against counts made by hand from the published text)
and on constructed pages."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.core.model import SiteFacts
from bot.core.sitenames import language_codes
from bot.digest.config import DigestConfig
from bot.digest.job import digest_from_pages, parsed
from bot.digest.render import render_digest
from bot.digest.summary import digest, home_of

FIXTURE = Path(__file__).parents[1] / "fixtures" / "digest" / "consultation.wikitext"
CONFIG = DigestConfig()
FACTS = SiteFacts()


@pytest.fixture(scope="module")
def consultation():
    return digest_from_pages([("Dialogue", FIXTURE.read_text(encoding="utf-8"))], CONFIG, FACTS)


# Counted by hand from tests/fixtures/seed/ (the published page), not from the reconstruction:
# (section start, top-level comments, replies, participants, first, last)
HAND_COUNTS = [
    ("1. Select based on evidence", 14, 3, 16, "2016-09-20T21:13", "2016-10-23T20:17"),
    ("3. Select based on first-come", 10, 0, 10, "2016-10-09T14:18", "2016-10-23T20:41"),
    ("4. Select based on an application", 13, 0, 13, "2016-09-20T21:13", "2016-10-23T20:56"),
    ("Culture training", 1, 0, 1, "2016-10-24T00:49", "2016-10-24T00:49"),
]


@pytest.mark.parametrize(("start", "top", "replies", "people", "first", "last"), HAND_COUNTS)
def test_sections_match_hand_counts(consultation, start, top, replies, people, first, last):
    [section] = [s for s in consultation.sections if s.title.startswith(start)]
    assert (section.comments, section.replies, section.participants) == (top, replies, people)
    assert section.first.isoformat()[:16] == first and section.last.isoformat()[:16] == last


def test_whole_page(consultation):
    assert consultation.comments == 98  # 97 dated signatures and one without a date
    assert len(consultation.people) == 40
    assert dict(consultation.affiliations) == {"WMF": 2, "WM EE": 1, "WMAT staff": 1,
                                                "WMDE": 1, "WMUK": 1}
    weeks = consultation.weeks
    assert weeks[0].start == date(2016, 9, 19) and weeks[0].start.weekday() == 0
    assert sum(w.new for w in weeks) == len(consultation.people)
    assert all(w.new <= w.participants for w in weeks)


def one(text: str) -> list:
    return [c for page in parsed([("P", text)], CONFIG, FACTS) for c in page.comments]


SIG = "10:00, 1 May 2026 (UTC)"


@pytest.mark.parametrize(("line", "user", "reply", "marker", "home"), [
    (f"* Good idea. [[User:Ann|Ann]] {SIG}", "Ann", False, "", ()),
    (f"Plain paragraph. [[User:Ann|Ann]] ([[User talk:Ann|talk]]) {SIG}", "Ann", False, "", ()),
    (f"*: I agree. [[User:Bo|Bo]] {SIG}", "Bo", True, "", ()),
    (f":: Deeper. [[User:Bo|Bo]] {SIG}", "Bo", True, "", ()),
    (f": One colon. [[User:Bo|Bo]] {SIG}", "Bo", True, "", ()),
    (f"* {{{{support}}}} Yes. [[User:Cy|Cy]] {SIG}", "Cy", False, "support", ()),
    (f"* '''{{{{Strong oppose}}}}''' No. [[User:Cy|Cy]] {SIG}", "Cy", False, "oppose", ()),
    (f"*: +1 to this. [[User:Cy|Cy]] {SIG}", "Cy", True, "+1", ()),
    (f"* I will {{{{support}}}} later. [[User:Cy|Cy]] {SIG}", "Cy", False, "", ()),
    (f"* <s>{{{{support}}}} changed my mind</s> [[User:Cy|Cy]] {SIG}", "Cy", False, "", ()),
    (f"* Bueno. [[:es:Usuario:Dora|Dora]] {SIG}", "Dora", False, "", ("es",)),
    (f"* Gut. [[w:de:Benutzerin:Eva|Eva]] {SIG}", "Eva", False, "", ("w", "de")),
    (f"* Bien. [[wikt:fr:Utilisateur:Fé|Fé]] {SIG}", "Fé", False, "", ("wikt", "fr")),
    (f"* Photo. [[c:User:Gil|Gil]] {SIG}", "Gil", False, "", ("c",)),
    (f"* Da. [[:ru:Участник:Иван|Иван]] {SIG}", "Иван", False, "", ("ru",)),
    ("* Forgot. {{unsigned|Hal|" + SIG + "}}", "Hal", False, "", ()),
    ("* No date. [[User:Ivy|Ivy]] ([[User talk:Ivy|talk]])", "Ivy", False, "", ()),
])
def test_one_comment(line, user, reply, marker, home):
    [comment] = one("== Idea ==\n" + line)
    assert (comment.user, comment.reply, comment.marker, comment.home, comment.section) == \
        (user, reply, marker, home, "Idea")


def test_multi_line_comment_and_non_user_links():
    text = ("== Idea ==\nIntro by the organizers.\n* First point\n*: second point, see "
            f"[[:de:Wikipedia:Mentorenprogramm]]\n*: [[User:Ann|Ann]] {SIG}\n"
            "* an unsigned afterthought\n== Next ==")
    [page] = parsed([("P", text)], CONFIG, FACTS)
    assert [(c.user, c.reply, c.line) for c in page.comments] == [("Ann", False, 5)]
    assert page.unsigned == (("Idea", 6, "* an unsigned afterthought"),)


@pytest.mark.parametrize(("prefixes", "home", "language"), [
    ((), "", ""), (("es",), "es", "es"), (("w", "de"), "de", "de"),
    (("wikt", "fr"), "wikt:fr", "fr"), (("c",), "c", ""), (("m",), "m", ""),
])
def test_home_of(prefixes, home, language):
    assert home_of(prefixes, language_codes()) == (home, language)


def test_homes_languages_and_one_person_from_two_wikis():
    text = (f"== A ==\n* x [[:es:Usuario:Dora|Dora]] {SIG}\n* y [[User:Dora|Dora]] {SIG}\n"
            f"* z [[w:de:Benutzer:Eva|Eva]] {SIG}\n* w [[User:Ann (WMDE)|Ann]] {SIG}")
    found = digest(parsed([("P", text)], CONFIG, FACTS), language_codes())
    assert len(found.people) == 3
    assert dict(found.homes) == {"es": 1, "de": 1, "": 1}
    assert dict(found.languages) == {"es": 1, "de": 1}
    assert dict(found.affiliations) == {"WMDE": 1}


def test_report_renders_every_part(consultation):
    text = render_digest(consultation)
    for heading in ("== Sections ==", "== Participation over time ==", "=== Home wikis ===",
                    "== Participants ==", "== Unsigned items =="):
        assert heading in text
    # no template call but the days, which the wiki writes in its language
    days = re.sub(r"\{\{#dateformat:\d{4}-\d{2}-\d{2}\|dmy\}\}", "", text)
    assert "\u2588" in text and "{{" not in days and days != text


def test_fixture_is_the_reconstruction_of_the_seed():
    """The fixture is what tools/reconstruct_consultation.py makes of tests/fixtures/seed/."""
    import importlib.util

    root = Path(__file__).parents[2]
    seed = root / "tests" / "fixtures" / "seed" / "000_cd0fc1438fa9009e.txt"
    spec = importlib.util.spec_from_file_location(
        "reconstruct", root / "tools" / "reconstruct_consultation.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = module.reconstruct(seed.read_text(encoding="utf-8").split("\n"))
    assert "\n".join(lines) + "\n" == FIXTURE.read_text(encoding="utf-8")
