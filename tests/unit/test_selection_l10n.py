"""The selection report in any language: with ``language: qqx`` every fixed word of the report,
its comparison and its edit summaries is a message key (no English left outside user values),
English reads as before, a translation falls back to English per message, and the recomputable
score breakdown keeps its numbers as parameters."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from bot.core import i18n
from bot.core.i18n import speaking
from bot.core.render import escape_text
from bot.selection.config import ConfigError, SelectConfig, select_config
from bot.selection.job import (
    SelectionRun,
    compare_summary,
    edit_summary,
    load_policy_file,
    page_saves,
    render_compare,
    render_report,
    run_selection,
    seed_for,
)
from bot.selection.policy_parse import parse_policy
from bot.selection.records import Candidate
from bot.selection.render import render_selection
from bot.selection.select import select
from bot.selection.wording import Said, plain_text, wikitext
from tests.unit.qqx import english_left
from tests.unit.test_selection_breakdown import demo_report
from tests.unit.test_selection_job import evidence
from tests.unit.test_selection_render import EVIL
from tests.unit.test_selection_render import policy as render_policy_fixture
from tests.unit.test_selection_render import pool as render_pool

ROOT = Path(__file__).resolve().parents[2]
POLICIES = sorted((ROOT / "config").glob("selection*.yaml"))
KEY = re.compile(r"\(peerbot-[a-z0-9-]+")
# Wikitext and HTML the report uses that are no words of a language.
MARKUP = re.compile(r"peerbot-[a-z0-9-]+|<code>.*?</code>|\[\[[^\]]*\]\]|\[\S+ [^\]]*\]"
                    r"|<!--.*?-->|\{\{#dateformat:[^}]*\}\}|\b[a-z-]+=\"[^\"]*\"|</?div[^>]*>|&#\d+;|\{\|")


def english(text: str, allowed: set[str]) -> list[str]:
    """``english_left`` with the allowed values longest first and the seat rows' data
    attributes (data-policy="...") left out."""
    return english_left(re.sub(r'data-[a-z]+="[^"]*"', "", text),
                        tuple(sorted(allowed, key=len, reverse=True)))


def words_left(text: str, allowed: set[str]) -> list[str]:
    """Text rendered under qqx -> the words in it that are neither message keys, markup nor a
    value the test allowed (user values): stricter than ``english_left``, which only knows
    the shipped messages' own fragments."""
    rest = re.sub(r"peerbot-[a-z0-9-]+", " ", text)
    for value in sorted(allowed, key=len, reverse=True):
        for shown in {escape_text(value), value}:
            rest = re.sub(r"(?<!\w)" + re.escape(shown) + r"(?!\w)", " ", rest)
    rest = MARKUP.sub(" ", html.unescape(MARKUP.sub(" ", rest)))
    return sorted(set(re.findall(r"[^\W\d_]{2,}", rest)))


def user_values(run: SelectionRun, config: SelectConfig) -> set[str]:
    """A run -> every value in it that came from users, the config or the policy."""
    values: set[str] = {run.seed, config.summary}
    policies = [run.policy.policy] + ([r.policy for r in run.comparison.results]
                                      if run.comparison else [])
    for policy in policies:
        values |= {policy.name, policy.description, *policy.hide,
                   *(t.name for t in policy.tracks)}
        values |= {v for q in policy.quotas for v in (q.attribute, q.value, q.label())}
    for item in run.evidence.evidence:
        c = item.candidate
        values |= {c.user, c.group, c.region, c.track, *c.attributes.values(),
                   *c.nominators, *c.recommenders, *c.mentees}
        values |= {v for g in item.goals for v in (g.record.training, g.record.goal, g.signer)}
    values |= set(run.evidence.revisions)
    # The entry problems the shared parser finds (bot.core) have no message yet.
    values |= {p.reason for p in run.evidence.problems if not p.key}
    # a problem's page and parameters (titles, names) are values too
    values |= {v for p in run.evidence.problems for v in (p.page, *p.params)}
    return {shown for v in values if v for shown in (v, escape_text(v))}


def saved_text(run: SelectionRun, config: SelectConfig) -> tuple[str, list[str]]:
    """A run -> everything its saves write (parts and edit summaries)."""
    saves = page_saves(run, config)
    return ("\n".join(text for save in saves for _, text in save.parts),
            [save.summary for save in saves])


def shipped_runs() -> list[tuple[str, SelectionRun]]:
    """-> a run of every shipped policy on the fixture's and the demo's evidence, the first
    one comparing every shipped policy."""
    runs = []
    for n, path in enumerate(POLICIES):
        loaded = load_policy_file(path)
        seed, source = seed_for(loaded.policy, None) if loaded.policy.seed is not None else (
            "a" * 40, Said("peerbot-selection-seed-revision", loaded.policy.seed_revision))
        others = [load_policy_file(p).policy for p in POLICIES if p != path] if n == 0 else []
        for name, report in (("fixture", evidence()), ("demo", demo_report())):
            runs.append((f"{path.stem}-{name}", run_selection(report, loaded, seed, source,
                                                              others)))
    return runs


RUNS = shipped_runs()


@pytest.mark.parametrize("run", [r for _, r in RUNS], ids=[name for name, _ in RUNS])
def test_qqx_report_has_keys_and_no_english(run: SelectionRun) -> None:
    config = SelectConfig()
    with speaking("qqx"):
        text, summaries = saved_text(run, config)
    allowed = user_values(run, config)
    assert "(peerbot-selection-intro: " in text and "(peerbot-selection-heading-policy)" in text
    assert len(set(KEY.findall(text))) > 30
    assert english(text, allowed) == []
    assert words_left(text, allowed) == []
    for summary in summaries:
        assert summary.startswith("(peerbot-selection-summary"), summary
        assert words_left(summary, allowed) == []


def test_qqx_covers_every_kind_of_reason_and_the_relaxed_policy() -> None:
    """The reasons the shipped policies never give (quota holds, group full, tracks, the
    relaxed policy, hidden fields) are keys too."""
    clash = parse_policy({
        "name": "clash", "seats": 4, "seed": "s", "max_per_group": 1,
        "tracks": {"mentor": {"seats": 1}},
        "quotas": [{"attribute": "region", "value": "Africa", "min": 3},
                   {"attribute": "region", "value": "Asia", "min": 2, "max": 2}]})
    pool = [Candidate("A1", group="ga", region="Africa", track="mentor"),
            Candidate("A2", group="ga", region="Africa", nominators=frozenset("xyz")),
            Candidate("A3", group="gb", region="Africa"),
            Candidate("S1", group="gs", region="Asia"),
            Candidate("S2", group="gt", region="Asia"),
            Candidate("S3", group="gu", region="Asia", nominators=frozenset("x")),
            Candidate("E1", group="ge", region="Europe", nominators=frozenset("xy"))]
    results = [select(pool, clash), select(render_pool(), render_policy_fixture()),
               select(render_pool(), render_policy_fixture(hide=["score", "group"]))]
    allowed = {"clash", "Test policy", "mentor", "Africa", "Asia", "Europe", "region", "seed-42",
               "s", "WM X", "WM D", "score", "group", EVIL}
    allowed |= {c.user for c in pool + render_pool()} | {c.group for c in pool}
    assert results[0].infeasible is not None
    with speaking("qqx"):
        text = "\n".join(render_selection(r) for r in results)
    for key in ("relaxed", "infeasible", "clash-", "relax", "group-full", "not-selected",
                "selected-track", "selected-open", "ordinal-", "quota-relaxed", "breakdown"):
        assert f"(peerbot-selection-{key}" in text, key
    assert english(text, allowed) == []
    assert words_left(text, allowed) == []


def test_english_wikitext_says_what_the_json_says() -> None:
    """A reason's English wikitext, unescaped, is the English text of --json: one wording,
    and the user values in it are kept whole."""
    odd = "{{PLURAL:1|one|two}} $1"
    pool = [*render_pool(), Candidate("Dollar", group=odd, region="Africa",
                                      nominators=frozenset("abcd")),
            Candidate("Dime", group=odd, region="Europe", nominators=frozenset("ab"))]
    result = select(pool, render_policy_fixture())
    people = result.selected + result.waitlist + result.not_selected
    assert any("{{PLURAL:1|one|two}} $1" in p.reason for p in people)
    with speaking("en"):
        for person in people:
            shown = wikitext(person.reason)
            assert "{{" not in shown and "[[" not in shown
            assert html.unescape(shown) == " ".join(person.reason.split()), person.user


def test_english_report_reads_as_before() -> None:
    run = dict(RUNS)["selection-fixture"]
    config = SelectConfig()
    text = render_report(run)
    assert text.startswith("Selection under the policy '''")
    assert "== Selected ==" in text and "== Candidates and evidence ==" in text
    assert "=== Lottery ===" in text and "* Policy: " in text
    assert re.search(r"\d+ of \d+ seats? filled[.;]", text)
    assert edit_summary(run, config.summary).startswith("peerbot: selection: ")
    compared = dict(RUNS)["selection-blend-fixture"]
    assert "== Policy comparison ==" in render_compare(compared)
    assert "=== Who changes ===" in render_compare(compared)
    assert re.fullmatch(r"x: comparison of 6 policies, \d+ pairs? differs?",
                        compare_summary(compared, "x"))
    with speaking("en"):
        assert render_report(run) == text


def test_a_translation_falls_back_per_message_and_keeps_the_sum(monkeypatch) -> None:
    shipped = i18n.catalogs()
    german = {"peerbot-selection-heading-selected": "Ausgewählt",
              "peerbot-selection-ordinal-th": "$1.",
              "peerbot-selection-term-nominators": "{{PLURAL:$1|Nominierender|Nominierende}}",
              "peerbot-selection-summary-comparison": "Vergleich von $1 "
                                                      "{{PLURAL:$1|Regel|Regeln}}, $2 anders"}
    monkeypatch.setattr(i18n, "catalogs", lambda folder="": {**shipped, "de": german})
    result = select(render_pool(), render_policy_fixture(seats=5))
    english = render_selection(result)
    with speaking("de"):
        text = render_selection(result)
    assert "== Ausgewählt ==" in text and "== Waitlist ==" in text  # the rest in English
    # MediaWiki expands PLURAL in the page's language; the numbers stay
    assert "3 {{PLURAL:3|Nominierender|Nominierende}} × 1.0" in text
    assert "3 nominators × 1.0" in english
    assert "4. of 5 seats" in text or "4th" not in english
    run = dict(RUNS)["selection-fixture"]
    with speaking("de"):  # an edit summary is no wikitext: PLURAL chosen by the bot
        assert "Vergleich von 5 Regeln" in plain_text(Said(
            "peerbot-selection-summary-comparison", 5, 1))
        assert "{{" not in edit_summary(run, "p")


def test_language_config_key() -> None:
    assert select_config({}).language == ""
    assert select_config({"language": "qqx"}).language == "qqx"
    assert select_config({"language": "pt-BR"}).language == "pt-br"
    with pytest.raises(ConfigError, match="language"):
        select_config({"language": "English please"})


def test_every_key_built_from_parts_is_a_message() -> None:
    """Keys the code builds (an ordinal's ending, a problem's variant, a track line, a
    column) exist in English and in qqq."""
    english = i18n.catalogs()["en"]
    built = [f"peerbot-selection-ordinal-{e}" for e in ("st", "nd", "rd", "th")]
    built += [f"peerbot-selection-problem-quota-{e}" for e in ("none", "some", "more")]
    built += [f"peerbot-selection-problem-track-{to}-{e}" for to in ("open", "nobody")
              for e in ("none", "some", "more")]
    built += [f"peerbot-selection-policy-track{s}{o}" for s in ("", "-share")
              for o in ("", "-own")]
    assert [key for key in built if key not in english] == []


def test_a_policy_with_shares_and_own_criteria_under_qqx() -> None:
    policy = parse_policy({
        "name": "Shares", "seats": 4, "seed": "s", "unused_track_seats": "empty",
        "tracks": {"mentor": {"share": 0.5, "criteria": {"first_come": {"weight": 1.0}}},
                   "newcomer": {"seats": 2}},
        "criteria": {"nominations": {"weight": 1.0, "cap": 3}, "mentoring": {"weight": 2.0,
                                                                                 "cap": 2}}})
    pool = [Candidate("A", track="mentor", nominators=frozenset("abcde")),
            Candidate("B", track="newcomer", mentees=frozenset("xyz")),
            Candidate("C", track="elsewhere")]
    with speaking("qqx"):
        text = render_selection(select(pool, policy))
    for key in ("policy-track-share-own: mentor, 2, 0.5", "policy-track: newcomer, 2",
                "policy-left-empty: 0", "criterion-nominations-cap",
                "criterion-mentoring-cap", "term-capped-mentees", "no-track-seats"):
        assert f"(peerbot-selection-{key}" in text, key
    allowed = {"Shares", "mentor", "newcomer", "elsewhere", "s", "A", "B", "C"}
    assert words_left(text, allowed) == [] and english(text, allowed) == []


# The modules whose text reaches the wiki, and the few literals in them that are data, not
# words of a language (status values, an entry kind, a command, a namespace).
WORDING_MODULES = ("render", "explain", "breakdown", "diagnose", "compare", "coverage",
                   "policy_text", "job", "records", "wording", "select", "evidence")
NOT_WORDS = {"not met", "not selected", "mentoring feedback", "Special:Permalink/",
             "<code>peerbot select --compare POLICY.yaml</code>"}
OPERATOR = {"ConfigError", "ValueError", "RuntimeError", "PolicyError", "info", "warning",
            "error", "debug", "fail"}


def english_in_code(source: str) -> list[tuple[int, str]]:
    """A module's source -> its string literals with two or more words, other than
    docstrings, message keys and the text of errors and log lines (for the operator)."""
    import ast

    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(
                body[0].value, ast.Constant):
            skip.add(id(body[0].value))
        func = getattr(node, "func", None)
        name = getattr(func, "attr", getattr(func, "id", ""))
        if isinstance(node, ast.Raise | ast.Assert) or name in OPERATOR:
            skip |= {id(sub) for sub in ast.walk(node)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skip and not node.value.startswith("peerbot-")
            and node.value not in NOT_WORDS
            and re.search(r"[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}", node.value)]


@pytest.mark.parametrize("module", WORDING_MODULES)
def test_no_english_written_in_code(module: str) -> None:
    """What the report says is in i18n/selection/, not in string literals of the code."""
    path = ROOT / "bot" / "selection" / f"{module}.py"
    assert english_in_code(path.read_text(encoding="utf-8")) == []
    assert english_in_code('x = "a sentence in English"\n') == [(1, "a sentence in English")]


def test_a_said_is_its_english_text_and_keeps_its_message() -> None:
    import json
    import pickle

    said = Said("peerbot-selection-waitlist-reason", 2, Said("peerbot-selection-no-seats"),
                joined_names := Said("peerbot-comma", "A", "B", joined=True))
    assert said == "waitlist 2: this policy has no seats; can take the seat of A, B"
    assert json.loads(json.dumps({"reason": said}))["reason"] == said  # --json: English
    again = pickle.loads(pickle.dumps(said))  # copies keep the message
    assert isinstance(again, Said) and again.key == said.key and again.params[2] == joined_names
    with speaking("qqx"):
        assert wikitext(again) == ("(peerbot-selection-waitlist-reason: 2, "
                                   "(peerbot-selection-no-seats), A(peerbot-comma)B)")


def test_the_checkers_find_english() -> None:
    """words_left and english see the English report: the qqx tests above could fail."""
    run = dict(RUNS)["selection-fixture"]
    text = render_report(run)
    assert {"Selected", "Waitlist", "Lottery"} <= set(words_left(text, user_values(
        run, SelectConfig())))
    assert "Candidates and evidence" in english(text, set())
