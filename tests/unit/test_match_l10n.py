"""The pairs page in the report's language: with ``qqx`` every fixed word is a message key
(no English outside the people's own values); in English it reads as before."""

from __future__ import annotations

import pytest

from bot.core.config import ConfigError
from bot.core.i18n import speaking
from bot.core.integrity import AuditRow
from bot.core.model import SiteFacts
from bot.core.phrase import said
from bot.digest.config import digest_config
from bot.match.config import match_config
from bot.match.job import match_from_pages
from bot.match.pairing import MatchResult, Published, match
from bot.match.render import edit_summary, render_report
from bot.records.config import records_config
from tests.unit.qqx import english_left
from tests.unit.qqx_words import longest_first, visible, words_left
from tests.unit.test_match import CONFIG, FIXTURE, VOCAB

REVISIONS = {"Round": 12}
# Left to the core conversion (another part of issue 24): "revision N" of the shared
# "Pages read" list (bot.core.render.pages_read).
CORE_LEFT = ("revision",)


def round_result() -> MatchResult:
    """The fixture round, with two published pairs: one kept, one whose mentee withdrew
    (Hana struck her request) and one an organizer ended."""
    run = match_from_pages([("Round", FIXTURE.read_text())], CONFIG, SiteFacts())
    published = [Published("Ana", "Eva", "2026-11-03", True),
                 Published("Carla", "Hana", "2026-11-04", True),
                 Published("Bruno", "Fatou", "2026-11-05", True)]
    config = match_config({"vocabulary": VOCAB, "ended_pairs": [["Bruno", "Fatou"]]})
    return match(run.result.sides, config, "peerbot-match", published, "2026-12-04")


def user_values(result: MatchResult) -> tuple[str, ...]:
    """Every value the people and the fixture put on the page (names, codes, tags, titles)."""
    sides = [*result.sides.offers, *result.sides.requests]
    values = [v for s in sides for v in (s.user, s.region, s.group, s.page, *s.languages,
                                         *s.tags)]
    values += [p for problem in result.sides.problems for p in (problem.page, *problem.params)]
    return longest_first((*values, *REVISIONS, result.seed, "Tina", *CORE_LEFT))


def render(result: MatchResult) -> str:
    audit = [AuditRow("Round", 3, "Ana", "Ana", "mentor offer", "", 11, None),
             AuditRow("Round", 4, "Tina", "Dev", "mentor offer", "tampered", 12, "Tina")]
    return render_report(result, CONFIG, REVISIONS, audit, "",
                         said("peerbot-match-seed-revision", 7))


def test_qqx_pairs_page_has_the_keys_and_no_english() -> None:
    result = round_result()
    assert result.ended and result.sides.problems and any(
        s.withdrawn for s in result.sides.requests)  # every section is on the page
    with speaking("qqx"):
        text = render(result)
        summary = edit_summary(result, "peerbot: mentoring pairs")
    for key in ("peerbot-match-intro", "peerbot-match-col-shared-languages",
                "peerbot-match-miss-no-speaker", "peerbot-match-end-withdrew-request",
                "peerbot-match-end-organizer", "peerbot-match-offer-unknown-skill-hint",
                "peerbot-match-withdrawn-request", "peerbot-match-seed-revision"):
        assert f"({key}" in text, key
    assert english_left(visible(text), user_values(result)) == []
    assert words_left(text, user_values(result)) == []
    assert summary.startswith("(peerbot-match-report-summary: peerbot: mentoring pairs, ")


def test_english_pairs_page_reads_as_before() -> None:
    result = round_result()
    with speaking("en"):
        text = render(result)
        summary = edit_summary(result, "peerbot: mentoring pairs")
    pairs = len(result.pairs)
    offers, requests = len(result.sides.active_offers()), len(result.sides.active_requests())
    assert text.startswith(f"'''{pairs}''' pairs from {offers} offers and {requests} requests; ")
    assert "Lottery seed <code>peerbot&#45;match</code> (SHA-1 of revision 7). A pair, once" in text
    assert "! Mentor !! Mentee !! Shared languages !! Needs covered !! Since !! Entries" in text
    assert "no mentor speaks sw" in text and "the mentee withdrew (struck their request)" in text
    assert "ended by an organizer (ended_pairs)" in text
    assert "Struck by their authors (or a clerk): [[User:Hana|Hana]] (request)." in text
    assert "unknown skills tag 'grant wrtiting'; did you mean 'grants'?" in text
    # days are the wiki's to write, and sort by the day
    assert 'data-sort-value="2026-11-03" | {{#dateformat:2026-11-03|dmy}}' in text
    new = sum(1 for p in result.pairs if p.new)
    assert summary == (f"peerbot: mentoring pairs: {pairs} pairs ({new} new), 2 ended pairs, "
                       f"{len(result.sides.problems)} problems")


@pytest.mark.parametrize("load", [match_config, records_config, digest_config])
def test_language_key_of_each_job(load) -> None:
    """``language``: empty (the wiki's) by default, a code as given (any case), qqx; anything
    else is a config error naming the key."""
    assert load({}).language == "" and load({"language": ""}).language == ""
    assert load({"language": "pt-BR"}).language == "pt-br"
    assert load({"language": "qqx"}).language == "qqx"
    for bad in (3, "Deutsch!", ["de"]):
        with pytest.raises(ConfigError, match="language: must be a language code"):
            load({"language": bad})
