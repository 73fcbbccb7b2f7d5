"""The shared problem rows, the audit's notes and verdicts, the nominations summary and the
runner's help page come from messages: under ``qqx`` they show only message keys and the
values people typed; in English they read as before (tests/fixtures/nominations/)."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

import pytest

from bot.core.audit_words import audit_note, english_note
from bot.core.entries import outside_prefixes_problem, parse_entries
from bot.core.i18n import speaking, term
from bot.core.integrity import AuditRow, render_audit
from bot.core.model import SiteFacts
from bot.core.render import problem_text, problems_table
from bot.nominations.config import NominationsConfig, nominations_config
from bot.nominations.job import entry_templates, nominations_from_pages
from bot.nominations.summary import edit_summary, render, summarize
from bot.runner.help import HelpItem, help_item, refusal_item, update_help
from bot.runner.help import edit_summary as help_summary
from tests.unit.qqx import english_left, prose_left
from tests.unit.test_tampered_entries import CASES, check

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nominations"
PAGE = "Peer academy/Nominations/Messy"
MESSY = (FIXTURES / "messy.wiki").read_text(encoding="utf-8")
# Broken entries, one per problem the entry parser finds (each on its own line).
SIGNED = "[[User:Kim|Kim]] 10:00, 1 May 2026 (UTC)"
UNDATED = "[[User:Kim|Kim]] ([[User talk:Kim|talk]])"
BROKEN_LINES = (
    "{{Peer academy recommendation|candidate=Zed|text=no signature}}",
    "{{Peer academy nomination|group=X|track=mentor}} " + SIGNED,
    "{{Peer academy nomination|nominee=a[b]|track=mentor}} " + SIGNED,
    "{{Peer academy nomination|nominee=Zed|track=mentor " + SIGNED,
    "{{Peer academy nomination|nominee=Zed|track=mentor}} " + UNDATED,
)
BROKEN = "\n".join(BROKEN_LINES)
# What people typed into the fixtures: names, titles, field values and the parameter names
# the problems name (the template's, not English prose).
TYPED = (PAGE, "Finn", "Anna K", "Wikimedia Polska", "Europe", "mentor", "newcomer", "WMDE",
         "Ben", "Eve", "Dora", "Example", "Zed", "Kim", "A[b]", "region", "track",
         "candidate", "nominee", "group", "X", "A", "x", "}}", "Nobody", "Dora")


def messy_report(**changes):
    """The messy fixture summarized with a nominee without an account and a
    self-recommendation (two problems that are audit notes too)."""
    extra = ("\n== Self ==\n{{Peer academy recommendation|candidate=Dora|text=me}} "
             "[[User:Dora|Dora]] 10:00, 2 May 2026 (UTC)\n"
             "{{Peer academy nomination|nominee=Nobody|group=G|region=R|track=mentor}} "
             "[[User:Eve|Eve]] 10:05, 2 May 2026 (UTC)\n")
    config = NominationsConfig(tracks=("mentor",), **changes)
    entries, problems = parse_entries(MESSY + extra, PAGE, SiteFacts(), entry_templates(config))
    existing = {e.subject for e in entries} - {"Nobody"}
    return summarize(entries, problems, config, existing, {PAGE: 41})


def test_the_nominations_summary_in_qqx_shows_keys_and_typed_values_only():
    report = messy_report()
    with speaking("qqx"):
        text = render(report)
        short = render(report, audit_counted=False, pages_listed=False)
        summary = edit_summary(report, NominationsConfig().summary)
    for shown in (text, short):
        assert english_left(shown, TYPED) == []
        assert prose_left(shown, TYPED) == []
    for key in ("peerbot-nominations-counts", "peerbot-nominations-legend",
                "peerbot-nominations-col-flags", "peerbot-nominations-flag-application",
                "peerbot-nominations-flag-unknown-track: newcomer",
                "peerbot-nominations-flag-missing: region", "peerbot-nominations-by: 2, 1",
                "peerbot-problem-no-account: (peerbot-kind-nomination), Nobody",
                "peerbot-problem-self-signed: (peerbot-kind-recommendation), Dora",
                "peerbot-audit-verdict-problem", "peerbot-nominations-revision: 41"):
        assert f"({key}" in text, key
    assert "(peerbot-nominations-pages-left-out: 1)" in short
    # the edit summary, plain text, is the keys too: no English prefix from the config
    counts = report.counts()
    shown = ", ".join(str(counts[k]) for k in ("candidates", "nominations", "recommendations",
                                               "excluded", "problems"))
    assert summary == f"(peerbot-nominations-summary: (peerbot-nominations-summary-prefix), " \
                      f"{shown})"


def test_the_nominations_summary_in_english_reads_as_before():
    report = messy_report()
    with speaking("en"):
        text = render(report)
        summary = edit_summary(report, "")
    counts = report.counts()
    assert text.startswith(f"'''{counts['candidates']}''' candidates, ")
    assert "''Entries'' links each page section" in text
    assert "! Candidate !! Nominations !! Recommendations !! Group" in text
    assert "application, unknown track newcomer" in text
    assert "=== Problems ===" in text and "=== Pages counted ===" in text
    assert "[[Special:Permalink/41|revision 41]]" in text
    assert "|| nomination of Nobody: no such account, so no candidate" in text
    assert "<code>problem</code>: recommendation of Dora: signed by Dora themself, not " \
           "counted" in text
    assert summary == (f"peerbot: nominations summary: {counts['candidates']} candidates, "
                       f"{counts['nominations']} nominations, 1 recommendation, "
                       f"{counts['excluded']} excluded, {counts['problems']} problems")
    # the flags and problems keep their English words for JSON and logs
    assert "unknown track newcomer" in next(c for c in report.candidates if c.user == "Ben").flags
    assert "nomination of Nobody: no such account, so no candidate" in \
        [p.reason for p in report.problems]


def test_a_translation_fills_in_per_message(monkeypatch):
    from bot.core import i18n

    shipped = i18n.catalogs()
    german = {"peerbot-nominations-col-candidate": "Kandidat",
              "peerbot-kind-nomination": "Nominierung",
              "peerbot-problem-no-account": "$1 von $2: kein Konto"}
    monkeypatch.setattr(i18n, "catalogs", lambda folder="": {**shipped, "de": german})
    with speaking("de"):
        text = render(messy_report())
    assert "! Kandidat !! Nominations" in text  # the second header has no translation
    assert "Nominierung von Nobody: kein Konto" in text


def test_every_entry_problem_is_a_message_with_its_english_reason():
    entries, problems = parse_entries(BROKEN, PAGE, SiteFacts(),
                                      entry_templates(NominationsConfig()))
    assert not entries
    assert [p.reason for p in problems] == [
        "recommendation of Zed: unsigned",
        "nomination without nominee",
        "nomination of A[b]: not a valid user name",
        ("nomination: the template is not closed (no }} after it), so it is not counted; "
        "add }} before the signature"),
        "nomination of Zed: signature has no date",
    ]
    assert all(p.key.startswith("peerbot-problem-") for p in problems)
    outside = outside_prefixes_problem(["A/1", "B/2", "C/3", "D/4"])
    assert outside is not None and outside.reason.startswith(
        "4 pages using the job's templates lie outside page_prefixes and were not read: "
        "A/1, B/2, C/3 and 1 more.")
    with speaking("qqx"):
        table = problems_table([*problems, outside], {PAGE: 3})
        one = problem_text(problems[-2])
    assert english_left(table, TYPED + ("A/1, B/2, C/3", "page_prefixes")) == []
    assert prose_left(table, TYPED + ("A/1, B/2, C/3", "page_prefixes")) == []
    assert one == "(peerbot-problem-not-closed: (peerbot-kind-nomination), &#125;&#125;)"
    assert "(peerbot-problem-outside-prefixes-more: 4, page_prefixes, A/1, B/2, C/3, 1)" \
        in html.unescape(table)


@pytest.mark.parametrize("case", [c for c in CASES if c["tampered"] and c["counted"]][:2],
                         ids=lambda c: c["name"])
def test_audit_notes_and_verdicts_in_qqx(case):
    """A tampered nomination restored as its signer left it (tests/fixtures/nominations/
    tampered.yaml): the audit's reason and note are messages, the values typed stay."""
    _kept, dropped = check(case)
    removed = AuditRow("P", 0, "Alice", "Bob", "nomination", "removed", 9, None,
                       **audit_note("peerbot-audit-note-removed", term("peerbot-certify-hidden"),
                                    "Alice", 7))
    rows = [*dropped, removed, dataclasses.replace(removed, reason="ineligible:min_edits",
                                                   note="", note_key="", stance="support")]
    note = english_note("peerbot-audit-note-no-centralauth")
    with speaking("qqx"):
        text = render_audit(rows, note)
    typed = ("Alice", "Bob", "Mallory", "Trent", "Noms", "support", "nominee", "track",
             "group", *case["counted"])
    assert english_left(text, typed) == [] and prose_left(text, typed) == []
    assert "<code>(peerbot-audit-verdict-tampered)</code>: (peerbot-audit-note-left: Alice" \
        in text
    assert "(peerbot-audit-note-removed: (peerbot-certify-hidden), Alice, 7)" in text
    assert "<code>(peerbot-audit-verdict-ineligible-min-edits)</code>" in text
    assert "(peerbot-audit-note-no-centralauth)" in text and "(peerbot-kind-nomination)" in text
    with speaking("en"):
        english = render_audit(rows, note)
    assert "<code>removed</code>: removed by (hidden); counted as Alice left it in revision 7" \
        in english and "<code>ineligible:min_edits</code>" in english
    assert "no CentralAuth: local registration" in english
    assert removed.note == "removed by (hidden); counted as Alice left it in revision 7"


def test_the_help_page_in_qqx_and_in_english():
    items = [HelpItem("votes", "Peer academy/Config", "on-wiki config not usable",
                      "line 2: bad", "Correct the page."),
             help_item("votes", "Peer academy/Config", "on-wiki config not usable",
                       "line 3: bad", "peerbot-help-fix-config-last-good", 12, ident="2"),
             refusal_item("votes", "Peer academy/Results", "the page is protected"),
             refusal_item("votes", "", "save failed: abusefilter-disallowed")]
    with speaking("qqx"):
        posted = update_help("Ask here.\n", items[1:], {"votes"})
        resolved = update_help(posted.text, items[2:], {"votes"})
        summaries = (help_summary(items[1:]), help_summary([]))
    typed = ("votes", "Peer academy/Config", "Peer academy/Results", "line 3: bad",
             "the page is protected", "save failed: abusefilter-disallowed", "{{bots}}",
             "Ask here.")
    for text in (posted.text, resolved.text):
        assert english_left(text, typed) == [] and prose_left(text, typed) == []
    assert "== (peerbot-help-heading: votes, (peerbot-help-kind-on-wiki-config-not-usable)) ==" \
        in posted.text
    assert "(peerbot-help-fix-config-last-good: 12)" in posted.text
    assert "(peerbot-help-no-page)" in posted.text
    assert ":(peerbot-help-resolved) ~~~~" in resolved.text
    assert summaries == (("(peerbot-help-summary: (peerbot-help-kind-may-not-edit-the-report-"
                         "page)(peerbot-comma)(peerbot-help-kind-on-wiki-config-not-usable)"
                         "(peerbot-comma)(peerbot-help-kind-report-not-saved))"),
                         "(peerbot-help-summary-resolved)")
    assert items[1].fix == "Correct the page (YAML or JSON, keys as documented); until then " \
                           "the bot uses the last good one (revision 12)."
    with speaking("en"):
        text = update_help("", items, {"votes"}).text
        assert help_summary(items) == "peerbot: needs a person (may not edit the report page, " \
                                      "on-wiki config not usable, report not saved)"
    assert "== peerbot votes: on-wiki config not usable ==" in text
    assert "'''Fix''': Correct the page. ~~~~" in text  # a fix given as words stays
    assert "'''Fix''': Let the bot's account edit the page (protection, " \
           "&#123;&#123;bots&#125;&#125;)" in text


def test_the_nominations_config_takes_a_language():
    assert nominations_config({"language": "qqx"}).language == "qqx"
    assert nominations_config({}).language == "" and nominations_config({}).summary == ""
    assert nominations_config({"language": ""}).language == ""


def test_offline_rendering_needs_no_language():
    """--from-file prints JSON; render() outside any ``speaking`` block is English."""
    report = nominations_from_pages([(PAGE, MESSY)], NominationsConfig(), SiteFacts())
    assert render(report).startswith("'''3''' candidates")


def test_problems_kept_in_the_state_folder_keep_their_message():
    """A page parsed on an earlier run comes back from the state store: its problems still
    name their message and parameters (an entry kind among them), not only English."""
    from types import SimpleNamespace

    from bot.wiki.parsed import parse_kept
    from bot.wiki.state import HistoryStore

    store = HistoryStore(":memory:", "test")
    page = SimpleNamespace(title=PAGE, revision=7, text=BROKEN)
    templates = entry_templates(NominationsConfig())
    first = parse_kept(store, [page], SiteFacts(), templates)[1]
    again = parse_kept(store, [page], SiteFacts(), templates)[1]
    assert again == first and len(first) == len(BROKEN_LINES)
    with speaking("qqx"):
        assert problem_text(again[0]) == \
            "(peerbot-problem-unsigned-of: (peerbot-kind-recommendation), Zed)"


def test_the_jobs_file_takes_a_language():
    from bot.core.config import ConfigError
    from bot.runner.config import runner_config

    jobs = [{"name": "n", "job": "nominations"}]
    assert runner_config({"jobs": jobs, "language": "qqx"}).language == "qqx"
    assert runner_config({"jobs": jobs}).language == ""
    assert runner_config({"jobs": jobs, "language": ""}).language == ""
    with pytest.raises(ConfigError, match="language"):
        runner_config({"jobs": jobs, "language": 3})


def test_the_checks_find_english_left_in_code():
    """The qqx checks fail on words no message gave: a heading written in code, a word in
    a link label, escaped or not."""
    text = ("=== Problems ===\n(peerbot-nominations-by: 2, 1) by hand\n"
            "[[Peer academy/X|Seen &#58; twice]] <!-- hidden words --> <code>tampered</code>")
    assert prose_left(text, ("Peer academy/X",)) == ["Problems", "Seen", "by", "hand", "twice"]
    assert "Problems" in english_left(text, ("Peer academy/X",))
    assert prose_left("[[User:Ann|Ann]] (peerbot-kind-goal)", ("Ann",)) == []
