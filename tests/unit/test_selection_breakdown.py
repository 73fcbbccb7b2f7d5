"""The selection's recomputable explanation: for every candidate of every shipped policy, the
sum written on the report, redone from its text alone, equals the solver's score."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest

from bot import demo_pages as demo
from bot.core.model import SiteFacts
from bot.selection.breakdown import breakdown_text, exact_text
from bot.selection.config import load_select_config
from bot.selection.evidence import EvidenceReport
from bot.selection.job import evidence_from_pages, load_policy_file
from bot.selection.records import Candidate, SelectionResult
from bot.selection.render import render_selection
from bot.selection.score import score_options
from bot.selection.select import select

ROOT = Path(__file__).resolve().parents[2]
POLICIES = sorted((ROOT / "config").glob("selection*.yaml"))
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:/\d+)?")


def fixture_candidates() -> tuple[Candidate, ...]:
    text = (ROOT / "tests" / "fixtures" / "selection" / "evidence.wiki").read_text("utf-8")
    config = load_select_config(ROOT / "config" / "select.yaml")
    return evidence_from_pages([("Peer academy/Evidence/Fixture", text)], config,
                               SiteFacts()).candidates


def demo_candidates() -> tuple[Candidate, ...]:
    """-> the candidates of the demo's evidence (``demo_report``)."""
    return demo_report().candidates


def demo_report() -> EvidenceReport:
    """The demo's nominations, recommendations and evidence as the pages it saves, each
    "~~~~" signed by the edit's user at a later minute -> their evidence report."""
    pages: dict[str, list[str]] = {}
    for n, edit in enumerate(demo.consultation_edits() + demo.evidence_edits()):
        stamp = f"{10 + n // 60:02d}:{n % 60:02d}, 2 March 2026 (UTC)"
        pages.setdefault(edit.page, []).append(
            edit.text.replace("~~~~", f"[[User:{edit.user}|{edit.user}]] {stamp}"))
    config = load_select_config(ROOT / "config" / "select.yaml")
    return evidence_from_pages([(t, "\n\n".join(texts)) for t, texts in pages.items()],
                               config, SiteFacts())


CANDIDATES = {"fixture": fixture_candidates, "demo": demo_candidates}


def redo(text: str) -> tuple[Fraction, str]:
    """A written breakdown -> (the sum redone from the text: in each term, the numbers
    outside parentheses multiplied; the terms added), the total it states)."""
    terms, total = text.rsplit(" = ", 1)
    bare = re.sub(r"\([^)]*\)", "", terms)
    value = Fraction(0)
    for term in bare.split(" + "):
        product = Fraction(1)
        numbers = NUMBER.findall(term)
        for number in numbers:
            product *= Fraction(number)
        value += product if numbers else 0
    return value, total


def selection(policy_path: Path, pool: tuple[Candidate, ...]) -> SelectionResult:
    policy = load_policy_file(policy_path).policy
    return select(pool, policy, policy.seed or "seed named by a future revision")


@pytest.mark.parametrize("evidence", sorted(CANDIDATES))
@pytest.mark.parametrize("policy_path", POLICIES, ids=lambda p: p.stem)
def test_written_sum_equals_the_solvers_score(policy_path: Path, evidence: str) -> None:
    pool = CANDIDATES[evidence]()
    result = selection(policy_path, pool)
    solver = score_options(pool, result.applied_policy)
    people = result.selected + result.waitlist + result.not_selected
    assert sorted(p.user for p in people) == sorted(c.user for c in pool)
    text = render_selection(result)
    for person in people:
        written = breakdown_text(person.terms, person.score)
        value, total = redo(written)
        assert value == person.score, (person.user, written)
        if (person.user, person.track) in solver:
            assert person.score == solver[(person.user, person.track)], person.user
        else:  # no seat they may take: nothing scored
            assert person.score == 0 and not person.terms
        assert total == exact_text(person.score) or Fraction(total) == round(person.score, 2)
        if "score" not in result.policy.hide:
            assert written in text, person.user
    # Not vacuous: several criteria add up for someone under a policy that counts several.
    if len(result.applied_policy.criteria.weights()) > 1:
        assert any(len(p.terms) > 1 for p in people)


def test_caps_and_bonuses_are_written_where_they_apply() -> None:
    pool = demo_candidates()
    blend = selection(ROOT / "config" / "selection-blend.yaml", pool)
    default = selection(ROOT / "config" / "selection.yaml", pool)
    shown = [breakdown_text(p.terms, p.score)
             for r in (blend, default) for p in r.selected + r.waitlist + r.not_selected]
    less_resourced = [c for c in pool if c.less_resourced and c.goals]
    if less_resourced:
        assert any("less-resourced bonus" in s for s in shown)
    assert any(" mentees × " in s or " mentee × " in s for s in shown)


@pytest.mark.parametrize("value, text", [
    (Fraction(2), "2.0"), (Fraction(1, 2), "0.5"), (Fraction(-1, 4), "-0.25"),
    (Fraction(1, 3), "1/3"), (Fraction(7, 8), "0.875")])
def test_exact_numbers(value: Fraction, text: str) -> None:
    assert exact_text(value) == text
    assert Fraction(text) == value
