"""The nominations job end to end on the real local wiki, seeded by separate accounts."""

from __future__ import annotations

import contextlib
import html
import json
import re

import mwparserfromhell
import pytest

from bot.core.render import bot_part
from tests.integration.conftest import append, own_problems, page_text, peerbot, put, rendered

PAGE = "Peer academy/Nominations/Test round"
REPORT = "Peer academy/Nominations/Test round summary"


def nom(nominee: str, group: str = "WM Test", region: str = "Europe",
        track: str = "mentor", extra: str = "") -> str:
    return (f"{{{{Peer academy nomination|nominee={nominee}|group={group}|region={region}"
            f"|track={track}{extra}}}}} ~~~~")


def rec(candidate: str, text: str = "good") -> str:
    return f"{{{{Peer academy recommendation|candidate={candidate}|text={text}}}}} ~~~~"


@pytest.fixture(scope="module")
def seeded(wiki):
    """A nomination page written by eight accounts; the expected counts are by hand below."""
    put(wiki, "Alice", "Template:PAN", "#REDIRECT [[Template:Peer academy nomination]]")
    append(wiki, "Alice", PAGE, "== Bob ==\n" + nom("Bob", group="Wikimedia Polska"))
    append(wiki, "Carol", PAGE, nom("Bob", group="Wikimedia Polska"))
    append(wiki, "Carol", PAGE, nom("Bob", group="Wikimedia Polska"))  # same nominator twice
    append(wiki, "Dave", PAGE, rec("Bob", "taught me"))
    append(wiki, "Erin", PAGE, rec("Bob", "great mentor"))
    append(wiki, "Bob", PAGE, rec("Bob", "self praise"))  # self-recommendation: not counted
    append(wiki, "Frank", PAGE, "== Frank ==\n" + nom("Frank", region="Africa",
                                                      track="newcomer"))  # application
    # A redirect to the template, lower-case first letter and underscores all match.
    append(wiki, "Grace", PAGE, "{{PAN|nominee=Heidi|group=G|region=Asia|track=mentor}} ~~~~")
    append(wiki, "Ivan", PAGE, "{{peer_academy_nomination|nominee=Heidi|group=G|region=Asia|"
                               "track=mentor}} ~~~~")
    # Problems: unsigned, no nominee, account that does not exist, bad track, missing region.
    append(wiki, "Judy", PAGE, "{{Peer academy recommendation|candidate=Frank|text=unsigned}}")
    append(wiki, "Judy", PAGE, "{{Peer academy nomination|group=X|track=mentor}} ~~~~")
    append(wiki, "Judy", PAGE, nom("Nobody Here"))
    append(wiki, "Mallory", PAGE, nom("Judy", track="wizard", region=""))
    # Hostile values must not inject categories, templates or links into the report.
    append(wiki, "Niaj", PAGE, nom("Olivia", group="[[Category:Injected]]{{Peer academy "
                                   "recommendation}}''x''", region="<b>|}</b>{{!}}"))
    # A human paragraph on the report page, before the bot ever ran.
    put(wiki, "Peggy", REPORT, "Intro written by a human.\n")
    return wiki


def nominations(wiki, *args: str):
    """Run the job with this module's own pages and report page."""
    config = wiki.root / "test-round.yaml"
    config.write_text(f'page_prefixes: ["{PAGE}"]\nreport_page: "{REPORT}"\n', encoding="utf-8")
    return peerbot(wiki, "nominations", "--config", str(config), *args)


def test_summary_counts_people_and_flags(seeded):
    run = nominations(seeded, "--json")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    by_user = {c["user"]: c for c in data["candidates"]}
    # A nominee without an account is no candidate (a problem, as on the selection page).
    assert set(by_user) == {"Bob", "Frank", "Heidi", "Judy", "Olivia"}
    bob = by_user["Bob"]
    assert (bob["nominations"], bob["nominators"]) == (3, 2)
    assert (bob["recommendations"], bob["recommenders"]) == (2, 2)
    assert bob["group"] == "Wikimedia Polska" and bob["flags"] == []
    assert by_user["Frank"]["flags"] == ["application"]
    # An application is a nomination but no nominator, as on the selection page.
    assert (by_user["Frank"]["nominations"], by_user["Frank"]["nominators"]) == (1, 0)
    assert by_user["Heidi"]["nominators"] == 2  # redirect and name variants both found
    assert "unknown track wizard" in by_user["Judy"]["flags"]
    assert "missing region" in by_user["Judy"]["flags"]
    reasons = [p["reason"] for p in own_problems(data["problems"])]
    assert any("unsigned" in r for r in reasons)
    assert any("without nominee" in r for r in reasons)
    # The candidate's own recommendation is excluded as a problem, with its diff, in the
    # words the selection and records pages use for it.
    own_words = "recommendation of Bob: signed by Bob themself, not counted"
    ghost_words = "nomination of Nobody Here: no such account, so no candidate"
    assert own_words in reasons and ghost_words in reasons and len(reasons) == 4
    own, ghost = sorted(data["excluded"], key=lambda row: row["subject"] != "Bob")
    assert (ghost["subject"], ghost["reason"], ghost["note"]) == (
        "Nobody Here", "problem", ghost_words)
    assert (own["user"], own["subject"], own["reason"], own["editor"], own["note"]) == (
        "Bob", "Bob", "problem", "Bob", own_words)
    assert own["revision"] > 0
    entries = [e for c in data["candidates"] for e in c["entries"]]
    assert all(e["revision"] and e["editor"] == e["signer"] for e in entries)


def test_report_written_idempotent_and_keeps_human_text(seeded):
    first = nominations(seeded)
    assert first.code == 0, first.stderr
    _rev1, text1 = page_text(seeded, REPORT)
    assert text1.startswith("Intro written by a human.\n")
    assert "peerbot:begin nominations" in text1
    # A human edits after the bot's block: the next run keeps it byte for byte.
    put(seeded, "Peggy", REPORT, text1 + "\nA comment added below the report by Peggy.\n")
    second = nominations(seeded)
    assert second.code == 0 and "no change" in second.stderr
    rev2, text2 = page_text(seeded, REPORT)
    assert text2.endswith("\nA comment added below the report by Peggy.")
    assert text2.startswith("Intro written by a human.\n")
    # A new nomination changes only the bot's part.
    append(seeded, "Rupert", PAGE, nom("Zoe", region="Oceania"))
    third = nominations(seeded)
    assert third.code == 0
    rev3, text3 = page_text(seeded, REPORT)
    assert rev3 > rev2 and "Zoe" in text3
    assert text3.startswith("Intro written by a human.\n")
    assert text3.endswith("\nA comment added below the report by Peggy.")


def test_report_renders_without_injection(seeded):
    assert nominations(seeded).code == 0
    expected_rows = len(json.loads(nominations(seeded, "--json").stdout)["candidates"])
    parsed = rendered(seeded, REPORT)
    assert parsed["categories"] == []
    assert [t["title"] for t in parsed["templates"]] == []
    linked = {link["title"] for link in parsed["links"]}
    assert not any("Injected" in t for t in linked)
    page_html = parsed["text"]
    # One table row per candidate in the summary table (plus the header row).
    summary = page_html.split("<table", 2)[1]
    assert summary.count("<tr") == 1 + expected_rows
    # The hostile nomination is still a row, shown as text.
    assert "Olivia" in html.unescape(page_html)
    _, text = page_text(seeded, REPORT)
    assert re.search(r"Special:Permalink/\d+", text)


def test_simulate_writes_nothing(seeded):
    append(seeded, "Sybil", PAGE, nom("Trent", region="Asia"))
    before, _ = page_text(seeded, REPORT)
    run = nominations(seeded, "-simulate")
    assert run.code == 0, run.stderr
    assert "Trent" in run.stdout + run.stderr  # the diff is shown
    after, _ = page_text(seeded, REPORT)
    assert after == before


def test_nobots_is_respected(seeded):
    title = "Peer academy/Nominations/Nobots summary"
    config = seeded.root / "nobots.yaml"
    config.write_text(f'report_page: "{title}"\n', encoding="utf-8")
    put(seeded, "Victor", title, "{{nobots}}\nKeep out.\n")
    run = peerbot(seeded, "nominations", "--config", str(config))
    assert run.code == 1
    assert "nobots" in run.stderr
    assert page_text(seeded, title)[1] == "{{nobots}}\nKeep out."


def test_bad_config_stops_before_any_edit(seeded):
    config = seeded.root / "bad.yaml"
    config.write_text("report_pgae: Somewhere\n", encoding="utf-8")
    before = page_text(seeded, REPORT)
    run = peerbot(seeded, "nominations", "--config", str(config))
    assert run.code == 2
    assert run.stderr.strip().count("\n") == 0 and "report_pgae" in run.stderr
    assert page_text(seeded, REPORT) == before


@contextlib.contextmanager
def wiki_settings(wiki, php: str):
    """Lines of PHP added to the wiki's LocalSettings.php for the duration (the local wiki's
    php -S looks at the file on every request)."""
    before = wiki.settings.read_text(encoding="utf-8")
    wiki.settings.write_text(before + "\n" + php + "\n", encoding="utf-8")
    try:
        yield
    finally:
        wiki.settings.write_text(before, encoding="utf-8")


def test_report_over_the_page_size_limit_gets_a_shorter_audit_or_is_refused(seeded):
    page, title = "Peer academy/Nominations/Size round", "Peer academy/Nominations/Size summary"
    config = seeded.root / "size.yaml"
    config.write_text(f'page_prefixes: ["{page}"]\nreport_page: "{title}"\n', encoding="utf-8")
    intro = "Intro by a human, kept whatever the size."
    put(seeded, "Peggy", title, intro + "\n")
    for number, user in enumerate(["Alice", "Carol", "Dave", "Erin", "Frank", "Grace"]):
        append(seeded, user, page, f"== Ivan {number} ==\n" + nom("Ivan") + "\n" + rec("Ivan"))
    run = peerbot(seeded, "nominations", "--config", str(config))
    assert run.code == 0, run.stderr
    full = len(page_text(seeded, title)[1].encode("utf-8"))
    assert full > 2048, full  # room for a limit between the short and the full report

    append(seeded, "Judy", page, nom("Ivan"))  # a change, so the next run reads and saves
    with wiki_settings(seeded, f"$wgMaxArticleSize = {(full - 1) // 1024};"):
        run = peerbot(seeded, "nominations", "--config", str(config))
    assert run.code == 0, run.stderr
    assert "saving the shorter one" in run.stderr
    _, text = page_text(seeded, title)
    assert text.startswith(intro) and len(text.encode("utf-8")) < full
    assert "Only excluded entries are listed here" in text and "Judy" in text

    append(seeded, "Mallory", page, nom("Ivan"))
    with wiki_settings(seeded, "$wgMaxArticleSize = 1;"):
        run = peerbot(seeded, "nominations", "--config", str(config))
    assert run.code == 1, run.stderr
    assert f"{title}: refused: the report would be" in run.stderr
    assert "page size limit" in run.stderr and "Traceback" not in run.stderr
    assert page_text(seeded, title)[1] == text  # nothing saved, the human text kept


def test_reads_follow_continuation_when_answers_hit_the_result_size_limit(seeded):
    prefix = "Peer academy/Nominations/Long round"
    config = seeded.root / "long.yaml"
    config.write_text(f'page_prefixes: ["{prefix}"]\nreport_page: "{prefix} summary"\n',
                      encoding="utf-8")
    long = "I have watched this editor mentor newcomers for years. " * 25  # ~1.4 KB
    candidates = ["Ivan", "Judy", "Mallory", "Niaj", "Olivia", "Peggy", "Rupert", "Sybil"]
    for candidate in candidates:
        append(seeded, "Grace", f"{prefix}/{candidate}", nom(candidate))
        for user in ("Alice", "Carol"):
            append(seeded, user, f"{prefix}/{candidate}", rec(candidate, long))
    # Pages of ~3 KB: reading the 8 pages, and each round of the history walk (8 revisions
    # at once), is more than a 12,000-byte answer holds, so each needs the continuation.
    with wiki_settings(seeded, "$wgAPIMaxResultSize = 12000;"):
        run = peerbot(seeded, "nominations", "--config", str(config), "--json")
    assert run.code == 0, run.stderr
    assert "indexed 24 new revisions of 8 pages (3 rounds, 0 pages listed)" in run.stderr
    assert "WARNING" not in run.stderr  # a continued answer is not worth a warning
    found = {c["user"]: c for c in json.loads(run.stdout)["candidates"]}
    assert sorted(found) == sorted(candidates)
    for summary in found.values():
        assert (summary["nominations"], summary["recommendations"]) == (1, 2)
        assert [e["editor"] for e in summary["entries"]] == ["Grace", "Alice", "Carol"]


def test_pages_outside_the_prefixes_are_a_problem_on_the_report(seeded):
    # A round written where the config does not look: today's page_prefixes read nothing.
    stray, prefix = "Peer academy/2026/Nominations", "Peer academy/Nominations/Stray round"
    title = f"{prefix} summary"
    config = seeded.root / "stray.yaml"
    config.write_text(f'page_prefixes: ["{prefix}"]\nreport_page: "{title}"\n',
                      encoding="utf-8")
    append(seeded, "Alice", stray, "== Zoe ==\n" + nom("Zoe"))
    run = peerbot(seeded, "nominations", "--config", str(config))
    assert run.code == 0, run.stderr
    # One log line: the count, the first few titles (the stray round sorts first), the key.
    (line,) = [x for x in run.stderr.splitlines() if "outside page_prefixes" in x]
    reason = line.removeprefix("peerbot: ")
    assert re.fullmatch(r"\d+ pages? using the job's templates (lies|lie) outside "
                        r"page_prefixes and (was|were) not read: .+\. To count (it|them), add "
                        r"(its|their) prefix to page_prefixes in the job's config\.", reason), reason
    assert reason.split(": ", 1)[1].startswith(stray)
    # The same text is one problem on the saved report, next to its 0 candidates.
    part = html.unescape(bot_part(page_text(seeded, title)[1], "nominations"))
    assert "'''0''' candidates" in part and "'''1''' problem." in part
    assert part.count("outside page_prefixes") == 1 and reason in part
    problems = html.unescape(rendered(seeded, title)["text"]).split("Problems", 1)[1]
    assert stray in problems.split("Audit", 1)[0]

    # The fix the problem names: the stray round is read, and no longer a problem.
    config.write_text(f'page_prefixes: ["{prefix}", "Peer academy/2026/"]\n'
                      f'report_page: "{title}"\n', encoding="utf-8")
    fixed = peerbot(seeded, "nominations", "--config", str(config), "--json")
    assert fixed.code == 0, fixed.stderr
    data = json.loads(fixed.stdout)
    assert [c["user"] for c in data["candidates"]] == ["Zoe"]
    assert not any(stray in p["reason"] for p in data["problems"])


def test_language_qqx_writes_the_message_keys_and_the_summary(seeded):
    """With ``language: qqx`` the saved summary shows each message's key where its words
    would be (as MediaWiki's uselang=qqx does), and so does the edit summary read back from
    the page's history; no English is left outside what people typed."""
    from tests.integration.conftest import USERS
    from tests.unit.qqx import english_left, prose_left

    title = REPORT + " (qqx)"
    config = seeded.root / "qqx.yaml"
    config.write_text(f'page_prefixes: ["{PAGE}"]\nreport_page: "{title}"\nlanguage: qqx\n',
                      encoding="utf-8")
    run = peerbot(seeded, "nominations", "--config", str(config))
    assert run.code == 0, run.stderr
    part = bot_part(page_text(seeded, title)[1], "nominations")
    for key in ("(peerbot-nominations-counts: ", "(peerbot-nominations-col-candidate)",
                "(peerbot-nominations-flag-unknown-track: wizard)",
                "(peerbot-problem-unsigned-of-added: (peerbot-kind-recommendation), Frank, Judy, ",
                "(peerbot-problem-no-subject: (peerbot-kind-nomination), nominee)",
                "(peerbot-problem-no-account: (peerbot-kind-nomination), Nobody Here)",
                "(peerbot-audit-verdict-problem)", "(peerbot-nominations-revision: "):
        assert key in html.unescape(part), key
    # what people typed: names, the page, groups, regions, tracks and the hostile values
    typed = (PAGE, *USERS, "Nobody Here", "WM Test", "Wikimedia Polska", "Europe", "Africa",
             "Asia", "mentor", "newcomer", "wizard", "region", "nominee", "G", "X", "Injected",
             "Category", "Peer academy recommendation", "Bob ==", "Frank ==")
    site = seeded.client("Alice")
    # other tests of this module save rounds outside the prefixes (one problem names them)
    # and add entries: every title and every template value typed on the round counts
    typed += tuple(page.name for page in site.allpages()) + ("page_prefixes",)
    typed += tuple(str(p.value).strip() for t in mwparserfromhell.parse(
        page_text(seeded, PAGE)[1]).filter_templates() for p in t.params if str(p.value).strip())
    assert english_left(part, typed) == []
    assert prose_left(part, typed) == []
    revision = site.get("query", prop="revisions", titles=title, rvprop="comment|user",
                        formatversion=2)["query"]["pages"][0]["revisions"][0]
    counts = re.search(r"\(peerbot-nominations-counts: ([\d, ]+)\)", part)
    assert counts is not None
    assert revision["comment"] == ("(peerbot-nominations-summary: "
                                   f"(peerbot-nominations-summary-prefix), {counts.group(1)})")
    # MediaWiki shows the keys as text; the English report (the module's) reads as before
    assert "(peerbot-nominations-col-flags)" in rendered(seeded, title)["text"]
    english = nominations(seeded)
    assert english.code == 0, english.stderr
    candidates = counts.group(1).split(", ")[0]
    assert f"'''{candidates}''' candidates" in page_text(seeded, REPORT)[1]


def test_dates_written_for_the_wiki_to_format_render(seeded):
    """``bot.core.wikidate`` writes MediaWiki core's {{#dateformat:|dmy}}: the wiki writes
    the day in its language ("4 December 2026" here), a sortable cell sorts by the ISO day,
    and what is no day stays as it was typed, escaped."""
    from bot.core.wikidate import day_cell, day_text

    site = seeded.client("Alice")

    def parsed(text: str) -> str:
        return site.get("parse", text=text, contentmodel="wikitext", prop="text",
                        disablelimitreport=1, formatversion=2)["parse"]["text"]

    assert ">4 December 2026</span>" in parsed(day_text("2026-12-04"))
    table = parsed('{| class="wikitable sortable"\n|-\n| ' + day_cell("2026-12-04") + "\n|}")
    assert 'data-sort-value="2026-12-04"' in table and "4 December 2026" in table
    assert "soon [[x]]" in parsed(day_text("soon [[x]]")).replace("&#91;", "[").replace(
        "&#93;", "]")
