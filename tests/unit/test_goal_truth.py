"""One truth for goals: the selection and the participation records read the demo's goal
records with one rule, so each goal counts, or does not, with the same words on both pages."""

from __future__ import annotations

from pathlib import Path

from bot import demo_pages as demo
from bot.core.entries import EntryTemplates, parse_pages
from bot.core.model import SiteFacts
from bot.records.items import goal_items
from tests.unit.test_selection_breakdown import demo_report

ROOT = Path(__file__).resolve().parents[2]


def test_goals_count_alike_on_the_selection_and_the_records() -> None:
    report = demo_report()
    texts = [(e.page, e.text.replace("~~~~", f"[[User:{e.user}|{e.user}]] 10:{n % 60:02d}, "
                                     "2 March 2026 (UTC)"))
             for n, e in enumerate(demo.consultation_edits() + demo.evidence_edits())]
    pages: dict[str, list[str]] = {}
    for title, text in texts:
        pages.setdefault(title, []).append(text)
    entries, _ = parse_pages([(t, "\n\n".join(x)) for t, x in pages.items()], SiteFacts(),
                             EntryTemplates((("goal", ("Peer academy goal",)),)))
    items, problems = goal_items([e for e in entries if e.kind == "goal"], {})
    candidates = {c.user for c in report.candidates}
    on_records = sorted((i.person, i.text, i.status) for i in items if i.person in candidates)
    on_selection = sorted((c.user, f"{g.goal} ({g.training})" if g.training else g.goal,
                           g.status) for c in report.candidates for g in c.goals)
    assert on_records == on_selection
    goal_words = sorted(p.reason for p in problems)
    assert goal_words == sorted(p.reason for p in report.problems
                                if p.reason.startswith("goal of "))
    # The demo's "ongoing" goal is one of them, not counted on either page.
    assert any("'ongoing'" in reason and reason.endswith("not counted") for reason in goal_words)


def test_self_signed_entries_are_worded_alike_on_both_pages() -> None:
    """The demo's self-recommendation and the mentor's own feedback: the same problem text
    on the selection page and on the participation records."""
    from bot.records.items import signed_items

    report = demo_report()
    pages: dict[str, list[str]] = {}
    for n, e in enumerate(demo.consultation_edits() + demo.evidence_edits()):
        pages.setdefault(e.page, []).append(
            e.text.replace("~~~~", f"[[User:{e.user}|{e.user}]] 10:{n % 60:02d}, "
                                   "2 March 2026 (UTC)"))
    templates = EntryTemplates((("recommendation", ("Peer academy recommendation",)),
                                ("mentoring feedback", ("Peer academy mentoring feedback",))))
    entries, _ = parse_pages([(t, "\n\n".join(x)) for t, x in pages.items()], SiteFacts(),
                             templates)
    _, problems = signed_items(entries, {})
    on_records = sorted(p.reason for p in problems)
    on_selection = sorted(p.reason for p in report.problems if "themself" in p.reason)
    assert len(on_records) >= 2
    assert on_records == on_selection
