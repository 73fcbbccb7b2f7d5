"""bot/votes/page.py and bot/votes/config.py: wikitext -> vote records, on small hand-made pages.

Every expectation here was worked out by reading the fixture, not by running the code.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.config import ConfigError
from bot.core.model import Signature, SiteFacts
from bot.votes.config import VoteConfig, default_vote_config, load_vote_config
from bot.votes.model import OPTIONS, SUBJECTS, Excluded, VotePage
from bot.votes.page import parse_votes
from bot.votes.signature import block_signature

FIXTURES = Path(__file__).parent.parent / "fixtures" / "votes"
CONFIG_FILE = Path(__file__).parent.parent.parent / "config" / "votes.yaml"
FACTS = SiteFacts()
CONFIG = default_vote_config()


def utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def parse(text: str, config: VoteConfig = CONFIG, page: str = "P") -> VotePage:
    return parse_votes(text, FACTS, config, page)


def fixture(name: str, page: str = "P", config: VoteConfig = CONFIG) -> VotePage:
    return parse((FIXTURES / name).read_text(encoding="utf-8"), config, page)


def votes_of(page: VotePage) -> list[tuple[str, str, str, int]]:
    return [(v.user, v.subject, v.stance, v.line) for v in page.votes]


def excluded_of(records: tuple[Excluded, ...]) -> list[tuple[str | None, str, str | None,
                                                              str, int]]:
    return [(e.user, e.subject, e.stance, e.reason, e.line) for e in records]


def sig(user: str, stamp: str) -> str:
    return f"[[User:{user}|{user}]] {stamp}"


# --- fixture pages ----------------------------------------------------------------------------

def test_options_page_with_headings() -> None:
    page = fixture("options_basic.wiki", page="Talk:Logo")
    assert page.layout == OPTIONS
    assert page.subjects == ("Talk:Logo",)
    # Discussion and General comments are no options; Gina is in a comment, Hank in nowiki.
    assert votes_of(page) == [
        ("Alice", "Talk:Logo", "support", 8),
        ("Carol", "Talk:Logo", "support", 10),   # two lines, signed on the second
        ("Dave", "Talk:Logo", "support", 12),
        ("Dave", "Talk:Logo", "support", 19),    # duplicate: settled by the tally
        ("Ivy", "Talk:Logo", "support", 20),     # changed: settled by the tally
        ("Ivy", "Talk:Logo", "oppose", 24),
        ("Judy", "Talk:Logo", "oppose", 26),
        ("Ken", "Talk:Logo", "neutral", 30),     # a '*' item votes too
    ]
    assert excluded_of(page.excluded) == [
        ("Bob", "Talk:Logo", "support", "reply", 9),
        (None, "Talk:Logo", "support", "unsigned", 13),
        ("Erin", "Talk:Logo", "support", "struck", 14),
        ("Frank", "Talk:Logo", "support", "struck", 15),   # strike spans two lines
        ("Bob", "Talk:Logo", "support", "reply", 21),
        ("Alice", "Talk:Logo", "oppose", "reply", 25),
        ("Carol", "Talk:Logo", "oppose", "reply", 27),
    ]
    assert page.votes[0].timestamp == utc(2024, 3, 1, 10, 0)
    assert page.votes[1].text.endswith("10:10, 1 March 2024 (UTC)")
    assert page.ballots == ()


def test_options_page_with_bold_pseudo_headings() -> None:
    page = fixture("options_pseudo.wiki")
    assert page.layout == OPTIONS
    assert votes_of(page) == [
        ("Alice", "P", "support", 5),
        ("Bob", "P", "support", 6),    # struck '''Oppose''' then '''Support'''
        ("Carol", "P", "support", 7),  # custom signature, user link with a span inside
        ("Dave", "P", "oppose", 10),   # a struck "Support" left in Oppose says where he came from
        ("Erin", "P", "oppose", 11),   # user and own talk link, no timestamp: undated
    ]
    assert page.votes[-1].timestamp is None
    assert excluded_of(page.excluded) == [
        ("Dave", "P", "support", "reply", 8),
        (None, "P", "oppose", "unsigned", 12),   # "per [[User:Alice]], but unsigned."
        ("Frank", "P", "neutral", "struck", 14),  # his struck '''Neutral''' in Neutral
    ]


def test_subjects_page_with_seven_labels() -> None:
    page = fixture("subjects_labels.wiki")
    assert page.layout == SUBJECTS
    assert page.subjects == ("Leaders", "Guides", "Mentors", "Liaisons", "Facilitators",
                             "Builders", "Organizers")
    assert votes_of(page) == [
        ("Alice", "Leaders", "support", 5),
        ("Bob", "Leaders", "support", 6),        # {{strong support}}
        ("Carol", "Leaders", "oppose", 7),
        ("Alice", "Guides", "support", 10),      # {{Support}}: first letter case-insensitive
        ("Bob", "Guides", "support", 11),        # bold stance word
        ("Dave", "Guides", "support", 12),       # {{pour}}
        ("Carol", "Guides", "oppose", 13),       # {{weak_oppose}}: underscore is a space
        ("Alice", "Mentors", "support", 16),
        ("Bob", "Mentors", "support", 17),       # {{Pro}}
        ("Carol", "Mentors", "support", 18),     # {{支持}}
        ("Alice", "Mentors", "support", 19),
        ("Alice", "Liaisons", "oppose", 22),     # {{contre}}
        ("Bob", "Liaisons", "oppose", 23),       # {{Contra}}
        ("Carol", "Liaisons", "neutral", 24),
        ("Alice", "Facilitators", "support", 27),
        ("Bob", "Facilitators", "oppose", 28),
        ("Alice", "Builders", "support", 32),
        ("Bob", "Builders", "support", 33),
        ("Carol", "Builders", "oppose", 34),
        ("Dave", "Builders", "oppose", 35),      # {{s|{{support}}}} then {{oppose}}
        ("Erin", "Builders", "oppose", 36),
        ("Erin", "Builders", "support", 37),
        ("Bob", "Organizers", "oppose", 41),     # {{Dagegen}}
    ]
    assert excluded_of(page.excluded) == [
        ("Carol", "Facilitators", None, "no-stance", 29),
        ("Alice", "Organizers", "support", "struck", 40),
    ]


def test_ranked_ballots() -> None:
    page = fixture("ranked.wiki")
    assert [(b.user, b.ranking, b.line) for b in page.ballots] == [
        ("Alice", ("Mentors", "Facilitators", "Guides"), 3),
        ("Bob", ("Guides", "Mentors", "Facilitators"), 4),
        ("Carol", ("Facilitators", "Guides", "Mentors"), 5),   # Peer_academy_ranking
        ("Dave", ("Mentors", "Guides"), 6),                   # peer academy ranking
        ("Dave", ("Guides", "Facilitators", "Mentors"), 7),
    ]
    assert excluded_of(page.ballot_excluded) == [
        ("Erin", "Peer academy ranking", None, "reply", 8),
        (None, "Peer academy ranking", None, "unsigned", 9),
        ("Frank", "Peer academy ranking", None, "struck", 10),
        ("Gina", "Peer academy ranking", None, "invalid", 11),   # Mentors twice
    ]
    assert page.votes == () and page.excluded == ()


# --- rules, one at a time ---------------------------------------------------------------------

T1 = "10:00, 1 March 2024 (UTC)"
T2 = "11:00, 1 March 2024 (UTC)"


def test_strike_spanning_two_items_strikes_both() -> None:
    page = parse(f"== Support ==\n# <s>Yes {sig('A', T1)}\n# Me too {sig('B', T2)}</s>\n"
                 f"# Fine {sig('C', T2)}\n")
    assert [v.user for v in page.votes] == ["C"]
    assert [(e.user, e.reason) for e in page.excluded] == [("A", "struck"), ("B", "struck")]


def test_unclosed_strike_runs_to_the_end_of_its_item() -> None:
    page = parse(f"== Support ==\n# <s>Yes {sig('A', T1)}\n# Fine {sig('C', T2)}\n")
    assert [v.user for v in page.votes] == ["C"]
    assert [(e.user, e.reason) for e in page.excluded] == [("A", "struck")]


def test_struck_vote_with_a_new_signature_after_it_stays_struck() -> None:
    text = f"== Oppose ==\n# <s>Oppose {sig('A', T1)}</s> Struck: sock. {sig('Clerk', T2)}\n"
    page = parse(text)
    assert page.votes == ()
    assert [(e.user, e.reason) for e in page.excluded] == [("Clerk", "struck")]


def test_strike_inside_prose_does_not_strike_the_vote() -> None:
    page = parse(f"== Support ==\n# '''Support''' <s>with doubts</s> {sig('A', T1)}\n")
    assert [v.user for v in page.votes] == ["A"]


def test_strike_template_strikes_an_options_vote() -> None:
    page = parse(f"== Support ==\n# {{{{strike|Yes {sig('A', T1)}}}}}\n")
    assert [(e.user, e.reason) for e in page.excluded] == [("A", "struck")]


def test_multiline_comment_is_removed_and_lines_keep_their_numbers() -> None:
    text = ("== Support ==\n<!--\n# Hidden " + sig("H", T1) + "\n-->\n"
            "# Shown <!-- note\nstill note --> " + sig("A", T1) + "\n"
            "# Next " + sig("B", T2) + "\n")
    page = parse(text)
    assert [(v.user, v.line) for v in page.votes] == [("A", 5), ("B", 7)]


def test_nowiki_signature_does_not_sign() -> None:
    page = parse(f"== Support ==\n# Yes <nowiki>{sig('A', T1)}</nowiki>\n")
    assert page.votes == ()
    assert [(e.user, e.reason) for e in page.excluded] == [(None, "unsigned")]


def test_includeonly_is_dropped_and_noinclude_unwrapped() -> None:
    text = ("<noinclude>====Support====</noinclude>\n<includeonly>\n'''Oppose'''\n"
            "</includeonly>\n# Yes " + sig("A", T1) + "\n")
    page = parse(text)
    assert [(v.user, v.stance, v.line) for v in page.votes] == [("A", "support", 5)]


def test_template_argument_reads_as_its_default() -> None:
    text = ("== Support ==\n# Yes [[User:{{{User|Zed}}}|{{{User|Zed}}}]] " + T1 + "\n")
    assert [v.user for v in parse(text).votes] == ["Zed"]


def test_continuation_ends_at_the_first_signed_line() -> None:
    text = ("== Support ==\n# Long vote\nstill the vote " + sig("A", T1) + "\n"
            "A stray paragraph " + sig("B", T2) + "\n")
    page = parse(text)
    assert [(v.user, v.line) for v in page.votes] == [("A", 2)]
    assert page.excluded == ()


def test_blank_line_ends_an_item() -> None:
    text = "== Support ==\n# Unsigned vote\n\nSomeone else " + sig("B", T2) + "\n"
    page = parse(text)
    assert page.votes == ()
    assert [(e.user, e.reason, e.line) for e in page.excluded] == [(None, "unsigned", 2)]


def test_empty_items_are_ignored() -> None:
    page = parse("== Support ==\n#\n# \n")
    assert page.votes == () and page.excluded == ()


def test_section_ends_at_any_heading_or_term_line() -> None:
    text = (f"== Support ==\n# Yes {sig('A', T1)}\n;General comments\n# Aside {sig('B', T1)}\n"
            f"=== Neutral ===\n* Hm {sig('C', T2)}\n")
    page = parse(text)
    assert [(v.user, v.stance) for v in page.votes] == [("A", "support"), ("C", "neutral")]


def test_heading_words_match_with_markup_and_punctuation() -> None:
    text = f"== '''Oppose:''' ==\n# No {sig('A', T1)}\n"
    assert [(v.user, v.stance) for v in parse(text).votes] == [("A", "oppose")]


def test_label_options_when_no_section_is_a_stance() -> None:
    text = (f"== Option A ==\n# {sig('A', T1)}\n# {sig('B', T1)}\n"
            f"== Option B ==\n# {sig('C', T2)}\n== Discussion ==\n# {sig('D', T2)}\n")
    page = parse(text)
    assert page.layout == OPTIONS
    assert page.subjects == ("Option A", "Option B")
    assert votes_of(page) == [("A", "Option A", "support", 2), ("B", "Option A", "support", 3),
                              ("C", "Option B", "support", 5)]


def test_layout_override() -> None:
    text = f"== Support ==\n* {{{{oppose}}}} {sig('A', T1)}\n"
    assert parse(text).votes[0].stance == "support"
    subjects = parse(text, load_vote_config({"layout": "subjects"}))
    assert subjects.layout == SUBJECTS
    assert votes_of(subjects) == [("A", "Support", "oppose", 2)]


def test_subject_opening_skips_blanks_and_other_templates() -> None:
    text = ("== Mentors ==\n* {{ec}} : '''Support.''' fine " + sig("A", T1) + "\n"
            "* '''Neutral, leaning oppose''' " + sig("B", T1) + "\n"
            "* <span style=\"color:red\">{{Template:Oppose}}</span> " + sig("C", T1) + "\n"
            "* I {{support}} it " + sig("D", T1) + "\n")
    page = parse(text)
    assert [(v.user, v.stance) for v in page.votes] == [
        ("A", "support"), ("B", "neutral"), ("C", "oppose")]
    assert [(e.user, e.reason) for e in page.excluded] == [("D", "no-stance")]


def test_subject_stance_struck_in_place_and_replaced() -> None:
    text = ("== Mentors ==\n* <s>{{support}} at first</s> {{oppose}} now " + sig("A", T1) + "\n"
            "* <del>'''Support'''</del> " + sig("B", T1) + "\n")
    page = parse(text)
    assert [(v.user, v.stance) for v in page.votes] == [("A", "oppose")]
    assert [(e.user, e.stance, e.reason) for e in page.excluded] == [("B", "support", "struck")]


def test_replies_of_every_indent_kind() -> None:
    text = "== Support ==\n# Yes " + sig("A", T1) + "\n" + "".join(
        f"{marker} reply {sig('R', T2)}\n" for marker in ("#:", "#*", "##", "::", "**", ":"))
    page = parse(text)
    assert [v.user for v in page.votes] == ["A"]
    assert [(e.reason, e.line) for e in page.excluded] == [("reply", n) for n in range(3, 9)]


def test_malformed_wikitext_is_data() -> None:
    text = ("== Support ==\n# <s>{{support|\n# [[User:A|A \n# ''' '''''\n</s></s>\n"
            "# {{Peer academy ranking}} " + sig("B", T1) + "\n==\n")
    page = parse(text)
    assert [(e.user, e.reason) for e in page.ballot_excluded] == [("B", "invalid")]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(
    ["== Support ==", "'''Oppose'''", "# ", "#: ", "* ", "<s>", "</s>", "<!--", "-->", "{{",
     "}}", "{{support}}", "[[User:A|A]]", "[[User:B]]", T1, "\n", "\n\n", "<nowiki>",
     "{{Peer academy ranking|X|Y}}", "{{s|", "'''", ";", "x"]), max_size=40))
def test_any_text_parses_without_error(parts: list[str]) -> None:
    page = parse("".join(parts))
    assert all(v.user for v in page.votes)


# --- signatures -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    (f"Yes {sig('A', T1)}", Signature("A", datetime(2024, 3, 1, 10, 0, tzinfo=UTC))),
    # custom signature with a link into another user's subpage: the own page wins
    ("Yes [[User:Own|Own]] ([[User talk:Own|talk]]) ([[User:Other/Humour|fun]]) " + T1,
     Signature("Own", datetime(2024, 3, 1, 10, 0, tzinfo=UTC))),
    ("Yes [[Special:Contributions/Anon|x]] " + T1,
     Signature("Anon", datetime(2024, 3, 1, 10, 0, tzinfo=UTC))),
    ("Yes ~~ [[User:A|A]]", None),  # a lone link is a mention, not a signature
    ("Yes [[User:A|A]] ([[User talk:A|talk]])", Signature("A", None)),  # undated signature
    ("Yes [[User:A|A]] ([[User talk:A|talk]] | [[Special:Contributions/A|c]])",
     Signature("A", None)),
    ("Thank you very much, [[User:Suffusion of Yellow|Suffusion of Yellow]].", None),
    ("Yes [[User:A|A]] ([[User talk:B|talk]])", None),  # another user's talk page
    (("Yes --[[User talk:G |G]] [[Special:Contributions/G | (contribs)]] 06:45 [[8 April]] "
      "[[2007]] (GMT)"), Signature("G", None)),
    ("Per [[User:A|A]], I agree.", None),
    ("No link at all " + T1, None),
])
def test_block_signature(text: str, expected: Signature | None) -> None:
    assert block_signature(text, FACTS) == expected


# --- config -----------------------------------------------------------------------------------

def test_config_file_documents_the_defaults() -> None:
    data = yaml.safe_load(CONFIG_FILE.read_text(encoding="utf-8"))
    for job_key in ("pages", "report_page", "summary", "integrity"):  # read by bot.jobs
        data.pop(job_key, None)
    config = load_vote_config(data)
    defaults = default_vote_config()
    assert config.stance_templates == defaults.stance_templates
    assert config.stance_words == defaults.stance_words
    assert config.option_headings == defaults.option_headings
    assert config.strike_templates == defaults.strike_templates
    assert config.ignored_sections == defaults.ignored_sections
    assert config.ranking_template == defaults.ranking_template
    assert (config.min_support_percent, config.min_supporters) == (66.67, 10)


def test_every_config_key_is_commented_in_the_file() -> None:
    text = CONFIG_FILE.read_text(encoding="utf-8")
    lines = text.splitlines()
    for key in yaml.safe_load(text):
        at = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
        assert lines[at - 1].startswith("#"), key


def test_config_vocabulary_lookups() -> None:
    assert CONFIG.template_stance("strong_support") == "support"
    assert CONFIG.template_stance("Strong Support") is None  # only the first letter folds
    assert CONFIG.template_stance("contre") == "oppose"
    assert CONFIG.template_stance("ec") is None
    assert CONFIG.word_stance(" Weak oppose! ") == "oppose"
    assert CONFIG.heading_stance("NEUTRAL") == "neutral"
    assert CONFIG.is_strike_template("strikethrough")
    assert CONFIG.is_ranking_template("peer_academy ranking")


@pytest.mark.parametrize("data, named", [
    ({"colour": "red"}, "colour"),
    ({"thresholds": {"min_support": 5}}, "min_support"),
    ({"stance_words": {"favour": ["Yay"]}}, "favour"),
    ({"stance_words": {"support": ["Yes"], "oppose": ["yes"]}}, "stance_words"),
    ({"layout": "grid"}, "layout"),
    ({"thresholds": {"min_support_percent": 150}}, "min_support_percent"),
    ({"thresholds": {"min_supporters": 2.5}}, "min_supporters"),
    ({"strike_templates": "s"}, None),   # one string is a one-item list: allowed
    ({"ranking_template": ""}, "ranking_template"),
])
def test_config_errors_name_the_key(data: dict[str, object], named: str | None) -> None:
    if named is None:
        assert load_vote_config(data).strike_templates == ("s",)
        return
    with pytest.raises(ConfigError, match=named):
        load_vote_config(data)


def test_config_replaces_a_vocabulary_whole() -> None:
    config = load_vote_config({"stance_templates": {"support": ["Ja"], "oppose": ["Nein"]}})
    assert config.template_stance("Ja") == "support"
    assert config.template_stance("Support") is None
    assert config.template_stance("Nein") == "oppose"
