"""bot/votes/render.py: tally -> wikitext; structure, bars, escaping, determinism."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import mwparserfromhell

from bot.core.model import SiteFacts
from bot.core.render import SCROLL_OPEN
from bot.votes.config import load_vote_config
from bot.votes.model import Excluded, Vote
from bot.votes.page import parse_votes
from bot.votes.render import (
    BAR_COLOURS,
    render_bar,
    render_excluded,
    render_percent,
    render_ranked,
    render_results_table,
    render_tally,
    render_voters,
)
from bot.votes.tally import RankedTally, SubjectTally, TallyResult, tally_votes

FIXTURES = Path(__file__).parent.parent / "fixtures" / "votes"
CONFIG = load_vote_config({"thresholds": {"min_support_percent": 60, "min_supporters": 3}})


def fixture_result(name: str) -> TallyResult:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return tally_votes(parse_votes(text, SiteFacts(), CONFIG, "P"), CONFIG)


def table_rows(wikitext: str) -> list[str]:
    lines = wikitext.splitlines()
    return [lines[i + 1] for i, line in enumerate(lines) if line == "|-"]


def test_results_table_one_sortable_row_per_subject_in_rank_order() -> None:
    result = fixture_result("subjects_labels.wiki")
    out = render_results_table(result)
    # In a box that scrolls sideways on a narrow screen.
    assert out.startswith(SCROLL_OPEN + '\n{| class="wikitable sortable"')
    assert "! Subject !! Support !! Oppose !! Neutral !! Support % !! Net !! Bar !! Rank !! " \
           "Result" in out
    rows = [row.split(" || ") for row in table_rows(out)]
    # Rank order by support percent (hand count: 100, 75, 66.67, 60, 50, 0 with net -1, 0
    # with net -2); the page order was Leaders, Guides, Mentors, ...
    assert [row[0] for row in rows] == [
        "| Mentors", "| Guides", "| Leaders", "| Builders", "| Facilitators", "| Organizers",
        "| Liaisons"]
    assert [int(row[7]) for row in rows] == [1, 2, 3, 4, 5, 6, 7]
    guides = rows[1]
    assert guides[1:4] == ["3", "1", "0"]
    assert guides[4] == 'data-sort-value="75.0" | 75.00%'
    assert guides[5] == "2"
    assert "width:75.00%" in guides[6]
    assert guides[8] == ('data-sort-value="1" | \'\'\'passed\'\'\': 75.00% support (60% needed), '
                         "3 supporters (3 needed)")
    # Each failing row says what it lacks, with numbers.
    assert rows[2][8] == 'data-sort-value="0" | not passed: 2 of 3 supporters needed'
    assert rows[4][8] == ('data-sort-value="0" | not passed: 50.00% support, 60% needed; '
                          "1 of 3 supporters needed")
    assert "Passing needs at least 60% support and at least 3 supporters." in out


def test_equal_ranks_keep_page_order() -> None:
    config = load_vote_config({"thresholds": {"min_supporters": 1}})
    text = "\n".join(f"== {word} ==\n# {{{{support}}}} [[User:U{i}|U{i}]] 10:0{i}, 1 April 2024 (UTC)"
                     for i, word in enumerate(["Zeta", "Alpha", "Mid"]))
    text += "\n# {{oppose}} [[User:X|X]] 11:00, 1 April 2024 (UTC)"  # Mid drops to 50%
    result = tally_votes(parse_votes(text, SiteFacts(), config, "P"), config)
    rows = [row.split(" || ")[:1] + row.split(" || ")[7:8]
            for row in table_rows(render_results_table(result))]
    assert rows == [["| Zeta", "1"], ["| Alpha", "1"], ["| Mid", "3"]]


def test_bars_are_coloured_by_whether_the_row_passes() -> None:
    result = fixture_result("subjects_labels.wiki")
    rows = table_rows(render_results_table(result))
    by_name = {t.subject: t for t in result.subjects}
    colours = {row.split(" || ")[0][2:]: row.split("background:")[2].split(";")[0]
               for row in rows}
    assert {name: colour == BAR_COLOURS["pass"] for name, colour in colours.items()} == \
        {name: bool(t.passed) for name, t in by_name.items()}
    assert set(colours.values()) == {BAR_COLOURS["pass"], BAR_COLOURS["fail"]}
    # The support threshold is drawn on every bar.
    assert all('class="peerbot-threshold"' in row and "left:60.00%" in row for row in rows)


def test_bar_is_plain_css() -> None:
    bar = render_bar(96.789, True)
    assert bar.startswith('<div style="width:10em;')
    assert 'width:96.79%' in bar and BAR_COLOURS["pass"] in bar
    assert "peerbot-threshold" not in bar
    assert "left:66.67%" in render_bar(50.0, False, 66.67)
    assert BAR_COLOURS["fail"] in render_bar(50.0, False)
    assert "width:0.00%" in render_bar(None)
    assert "width:100.00%" in render_bar(140.0)
    assert not mwparserfromhell.parse(bar).filter_templates()


def test_percent_text() -> None:
    assert render_percent(None) == "–"
    assert render_percent(200 / 3) == "66.67%"


def test_voters_are_collapsed_lists() -> None:
    result = fixture_result("subjects_labels.wiki")
    out = render_voters(result.subjects[5])   # Builders
    assert out.startswith('<div class="mw-collapsible mw-collapsed"')
    assert "'''Voters: Builders (5)'''" in out
    assert ("; Support (3)\n# [[User:Alice|Alice]] "
            '<small style="white-space:nowrap">10:17, 1 April 2024</small>') in out
    assert "; Oppose (2)" in out and "; Neutral" not in out


def test_excluded_table_has_lines_and_reasons() -> None:
    result = fixture_result("subjects_labels.wiki")
    out = render_excluded(result.excluded)
    # The block collapses, not the table: a collapsed table shrinks to its caption.
    assert out.startswith('<div class="mw-collapsible mw-collapsed"')
    assert "'''Not counted (4)'''" in out and 'class="wikitable sortable"' in out
    rows = table_rows(out)
    assert len(rows) == 4
    assert rows[0].startswith('| data-sort-value="16" | 16 || [[User:Alice|Alice]] || Mentors')
    assert "(<code>duplicate</code>)" in rows[0]
    assert "(<code>no" in rows[1]
    assert render_excluded(()) == "''Not counted: nothing.''"


def test_schulze_section_shows_matrix_and_tie() -> None:
    result = fixture_result("ranked.wiki")
    assert isinstance(result.ranked, RankedTally)
    out = render_ranked(result.ranked)
    assert "# Facilitators, Guides ''(tie)''\n# Mentors" in out
    assert "|+ Pairwise preferences (row preferred to column)" in out
    assert "| '''Guides''' || '''3''' || 2 || –" in out   # Guides beat Mentors 3 to 1
    assert "'''Ballots not counted (5)'''" in out
    full = render_tally(result)
    assert "! Subject !! Support" not in full   # no subjects, no empty results table


def test_every_user_value_is_escaped() -> None:
    evil = "{{Delete}}|[[Category:Spam]]<script>'''~~~~"
    vote = Vote("Mallory", evil, "support", None, 3, "")
    result = TallyResult(
        "P", "subjects",
        (SubjectTally(evil, 1, 0, 0, 100.0, 1, 1, None, (vote,)),),
        (Excluded("Bad]]{{x}}", evil, "oppose", "struck", 4),),
        RankedTally((evil, "B"), ((0, 1), (0, 0)), ((0, 1), (0, 0)), ((evil,), ("B",)), (),
                    ()))
    out = render_tally(result)
    code = mwparserfromhell.parse(out)
    assert not code.filter_templates()
    assert [str(link.title) for link in code.filter_wikilinks()] == ["User:Mallory"]
    assert "<script>" not in out and "~~~~" not in out and "{{" not in out


def test_rendering_is_deterministic() -> None:
    assert render_tally(fixture_result("options_basic.wiki")) == \
        render_tally(fixture_result("options_basic.wiki"))


def test_timestamps_in_voter_lists_read_as_the_wiki_shows_them() -> None:
    vote = Vote("A", "S", "oppose", datetime(2007, 5, 2, 2, 0, tzinfo=UTC), 1, "")
    tally = SubjectTally("S", 0, 1, 0, 0.0, -1, 1, None, (vote,))
    # In UTC, the wiki's default format, on one line (no wrap inside the date).
    assert ('<small style="white-space:nowrap">02:00, 2 May 2007</small> '
            "<small>(line 1)</small>") in render_voters(tally)
