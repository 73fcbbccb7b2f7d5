"""The selection job end to end on the real local wiki: nominations and evidence seeded by
separate accounts, seats checked by hand under two policies, the comparison, idempotence,
seeds named by a revision, and a policy kept on the wiki."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from bot.core.render import bot_part
from bot.wiki.localwiki import LocalWiki
from tests.integration.conftest import append, own_problems, page_text, peerbot, put, rendered
from tests.integration.jobsfile import revision_count

PREFIX = "Peer academy/Selection test/"
NOMINATIONS = PREFIX + "Nominations"
EVIDENCE = PREFIX + "Evidence"
REPORT = "Peer academy/Selection test report"
POLICY_PAGE = "Peer academy/Selection test policy"

FCFS = """name: "Test: first come, one per group"
seats: 3
seed: "test-seed"
criteria:
  first_come: {weight: 1.0}
max_per_group: 1
"""
MENTORING = """name: "Test: mentoring and goals, Asia quota"
seats: 3
seed: "test-seed-2"
criteria:
  mentoring: {weight: 1.0}
  goals: {weight: 1.0, met: 1.0, partial: 0.5, not_met: 0.0, less_resourced_bonus: 0.5}
quotas:
  - {attribute: region, value: Asia, min: 1}
max_per_group: 1
"""

# (nominee, nominator, group, region, track), in the order of first nomination.
NOMINEES = [("Alice", "Grace", "WM Alpha", "Europe", "mentor"),
            ("Bob", "Ivan", "WM Alpha", "Europe", "mentor"),
            ("Carol", "Judy", "WM Beta", "Africa", "newcomer"),
            ("Dave", "Dave", "WM Gamma", "Asia", "mentor"),  # an application
            ("Erin", "Mallory", "WM Beta", "Africa", "mentor"),
            ("Frank", "Niaj", "WM Delta", "Latin America", "mentor")]
# (mentee who signs, mentor)
FEEDBACK = [("Olivia", "Alice"), ("Olivia", "Alice"), ("Peggy", "Alice"), ("Rupert", "Alice"),
            ("Sybil", "Bob"), ("Trent", "Bob"), ("Victor", "Bob"), ("Walter", "Bob"),
            ("Xavier", "Dave"), ("Dave", "Dave"), ("Yolanda", "Erin"), ("Zoe", "Erin")]
# (signer, user, goal, status)
GOALS = [("Carol", "Carol", "Start a user group", "met"),
         ("Grace", "Carol", "Run three workshops", "partial"),  # an organizer's record counts
         ("Frank", "Frank", "Translate the guide", "met"),
         ("Frank", "Frank", "Mentor two newcomers", "partial"),
         ("Frank", "Frank", "Write a report", "done"),  # no such status: a problem
         ("Grace", "Dave", "Hold a meetup", "not met")]


def signed(user: str, minute: int) -> str:
    """A signature typed by hand, so the order of nominations does not depend on the clock."""
    return f"[[User:{user}|{user}]] 10:{minute:02d}, 1 March 2026 (UTC)"


def ensure_seeded(wiki: LocalWiki) -> LocalWiki:
    """Seed the nominations and evidence once per wiki (also used by the browser test)."""
    if page_text(wiki, NOMINATIONS)[0]:
        return wiki
    for minute, (nominee, signer, group, region, track) in enumerate(NOMINEES, start=1):
        append(wiki, signer, NOMINATIONS,
               f"== {nominee} ==\n{{{{Peer academy nomination|nominee={nominee}|group={group}"
               f"|region={region}|track={track}}}}} {signed(signer, minute)}")
        time.sleep(1.05)  # revisions one second apart too, should the bot time entries by them
    append(wiki, "Heidi", NOMINATIONS, "{{Peer academy nomination|nominee=Alice|group=WM Alpha"
                                       f"|region=Europe|track=mentor}}}} {signed('Heidi', 30)}")
    append(wiki, "Judy", NOMINATIONS, "{{Peer academy recommendation|candidate=Alice|text=Great}}"
                                      f" {signed('Judy', 31)}")
    append(wiki, "Alice", NOMINATIONS, "{{Peer academy recommendation|candidate=Alice|text=Me}}"
                                       f" {signed('Alice', 32)}")
    for minute, (mentee, mentor) in enumerate(FEEDBACK, start=33):
        append(wiki, mentee, EVIDENCE, f"{{{{Peer academy mentoring feedback|mentor={mentor}|"
                                       f"what=mentoring}}}} {signed(mentee, minute)}")
    append(wiki, "Zoe", EVIDENCE, "{{Peer academy mentoring feedback|what=no mentor named}} "
                                  f"{signed('Zoe', 50)}")
    for minute, (signer, user, goal, status) in enumerate(GOALS, start=51):
        append(wiki, signer, EVIDENCE, f"{{{{Peer academy goal|user={user}|training=Peer academy"
                                       f" 2025|goal={goal}|status={status}}}}} "
                                       f"{signed(signer, minute)}")
    return wiki


def write_files(wiki: LocalWiki, **extra: str) -> Path:
    """This module's config and policy files under the wiki's folder -> the config path."""
    folder = wiki.root / "selection-test"
    folder.mkdir(exist_ok=True)
    (folder / "fcfs.yaml").write_text(FCFS, encoding="utf-8")
    (folder / "mentoring.yaml").write_text(MENTORING, encoding="utf-8")
    settings = {"page_prefixes": f'["{PREFIX}"]', "report_page": f'"{REPORT}"',
                "policy": "fcfs.yaml", "less_resourced": "[Africa]", **extra}
    lines = [f"{key}: {value}" for key, value in settings.items()]
    config = folder / ("select-" + "-".join(extra) + ".yaml" if extra else "select.yaml")
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def select(wiki: LocalWiki, *args: str, config: Path | None = None):
    """Run `peerbot select` with this module's config."""
    return peerbot(wiki, "select", "--config", str(config or write_files(wiki)), *args)


def policy(wiki: LocalWiki, name: str) -> str:
    return str(wiki.root / "selection-test" / f"{name}.yaml")


@pytest.fixture(scope="module")
def seeded(wiki):
    ensure_seeded(wiki)
    write_files(wiki)
    return wiki


def users(items: list[dict]) -> list[str]:
    return [item["user"] for item in items]


def test_seats_by_hand_under_two_policies(seeded):
    fcfs = select(seeded, "--json")
    assert fcfs.code == 0, fcfs.stderr
    data = json.loads(fcfs.stdout)
    # Earliest first and one per group: Bob shares WM Alpha with Alice, Erin WM Beta with Carol.
    assert users(data["selection"]["selected"]) == ["Alice", "Carol", "Dave"]
    assert users(data["selection"]["waitlist"]) == ["Bob", "Erin", "Frank"]
    by_user = {c["user"]: c for c in data["candidates"]}
    assert by_user["Alice"]["nominators"] == ["Grace", "Heidi"]
    assert by_user["Alice"]["recommenders"] == ["Judy"]
    assert by_user["Alice"]["mentees"] == ["Olivia", "Peggy", "Rupert"]
    assert by_user["Dave"]["nominators"] == [] and by_user["Dave"]["mentees"] == ["Xavier"]
    assert [g["status"] for g in by_user["Carol"]["goals"]] == ["partial", "met"]
    assert by_user["Carol"]["less_resourced"] and not by_user["Frank"]["less_resourced"]
    assert set(data["revisions"]) == {NOMINATIONS, EVIDENCE}
    reasons = sorted(p["reason"] for p in own_problems(data["problems"]))
    assert len(reasons) == 4, reasons
    assert "recommendation of Alice: signed by Alice themself, not counted" in reasons
    assert any("signed by Dave themself (the mentor, not a mentee)" in r for r in reasons)
    assert any("mentoring feedback without mentor" in r for r in reasons)
    assert any("'done'" in r for r in reasons)

    mentoring = select(seeded, "--json", "--policy", policy(seeded, "mentoring"))
    assert mentoring.code == 0, mentoring.stderr
    result = json.loads(mentoring.stdout)["selection"]
    # Mentees + goal points: Bob 4, Alice 3 (WM Alpha, behind Bob), Carol 1.5 + 1.0 bonus =
    # 2.5, Erin 2 (WM Beta, behind Carol), Frank 1.5, Dave 1 but the only one from Asia.
    assert users(result["selected"]) == ["Bob", "Carol", "Dave"]
    assert [p["score"] for p in result["selected"]] == [4.0, 2.5, 1.0]
    assert "selected by quota" in result["selected"][2]["reason"]
    assert users(result["waitlist"]) == ["Alice", "Erin", "Frank"]


def test_report_and_comparison_written_once_and_kept(seeded):
    put(seeded, "Peggy", REPORT, "Intro by a human.\n")
    revisions = revision_count(seeded, REPORT)
    run = select(seeded, "--compare", policy(seeded, "mentoring"))
    assert run.code == 0, run.stderr
    assert "lottery seed 'test-seed'" in run.stderr
    # The selection and the comparison are one edit: one save reported, one new revision.
    assert revision_count(seeded, REPORT) == revisions + 1
    assert run.stderr.count("created") + run.stderr.count("edited") == 1
    rev, text = page_text(seeded, REPORT)
    assert text.startswith("Intro by a human.\n")
    assert text.index("peerbot:begin selection ") < text.index("peerbot:begin selection-compare")
    assert "<code>test&#45;seed</code>" in text
    parsed = rendered(seeded, REPORT)
    assert parsed["categories"] == [] and parsed["templates"] == []
    page_html = parsed["text"]
    assert "Who changes" in page_html and "Candidates and evidence" in page_html
    # The comparison: Alice only under first come, Bob only under mentoring.
    changes = page_html.rsplit("Who changes", 1)[1]  # the heading, after the TOC entry
    row = changes.split("<tr", 3)[2]
    assert row.index("Alice") < row.index("Bob")
    # A warm run: nothing changed on the wiki, so nothing is read or written.
    again = select(seeded, "--compare", policy(seeded, "mentoring"))
    assert again.code == 0 and "nothing read or written" in again.stderr, again.stderr
    assert page_text(seeded, REPORT) == (rev, text)
    # A human edit outside the bot's part makes it read again, and both parts are unchanged.
    put(seeded, "Zoe", REPORT, text + "\nA note below.")
    third = select(seeded, "--compare", policy(seeded, "mentoring"))
    assert third.code == 0 and third.stderr.count("no change") == 1, third.stderr
    # Other policies change both parts: still one edit, human text above and below kept.
    _, noted = page_text(seeded, REPORT)
    revisions = revision_count(seeded, REPORT)
    swapped = select(seeded, "--policy", policy(seeded, "mentoring"), "--compare",
                     policy(seeded, "fcfs"))
    assert swapped.code == 0 and swapped.stderr.count("edited") == 1, swapped.stderr
    assert revision_count(seeded, REPORT) == revisions + 1
    _, final = page_text(seeded, REPORT)
    for part in ("selection", "selection-compare"):
        assert bot_part(final, part) != bot_part(noted, part), part
    assert final.startswith("Intro by a human.\n") and final.endswith("\nA note below.")
    # A plain run (no --compare): the earlier comparison, whose seats were those of its own
    # run, is replaced in the same edit by a note that there is none.
    assert "Who changes" in bot_part(final, "selection-compare")
    revisions = revision_count(seeded, REPORT)
    plain = select(seeded, "--policy", policy(seeded, "mentoring"))
    assert plain.code == 0 and plain.stderr.count("edited") == 1, plain.stderr
    assert revision_count(seeded, REPORT) == revisions + 1
    _, after = page_text(seeded, REPORT)
    stale = bot_part(after, "selection-compare")
    assert "No comparison" in stale and "Who changes" not in stale
    assert "[[User:" not in stale  # no seats of an earlier run
    assert after.startswith("Intro by a human.\n") and after.endswith("\nA note below.")


def test_simulate_saves_nothing(seeded):
    before = page_text(seeded, REPORT)
    run = select(seeded, "-simulate", "--policy", policy(seeded, "mentoring"))
    assert run.code == 0, run.stderr
    assert page_text(seeded, REPORT) == before


def test_seed_from_a_revision_named_in_advance(seeded):
    future = seeded.root / "selection-test" / "future.yaml"
    future.write_text(FCFS.replace('seed: "test-seed"', "seed_revision: 99999999"),
                      encoding="utf-8")
    before = page_text(seeded, REPORT)
    run = select(seeded, "--policy", str(future))
    assert run.code == 2
    errors = [line for line in run.stderr.splitlines() if line.startswith("peerbot:")]
    assert len(errors) == 1 and "seed_revision 99999999 does not exist yet" in errors[0]
    assert page_text(seeded, REPORT) == before
    revision, _ = page_text(seeded, EVIDENCE)
    future.write_text(FCFS.replace('seed: "test-seed"', f"seed_revision: {revision}"),
                      encoding="utf-8")
    site = seeded.client("Alice")
    sha1 = site.get("query", revids=revision, prop="revisions", rvprop="sha1",
                    formatversion=2)["query"]["pages"][0]["revisions"][0]["sha1"]
    done = select(seeded, "--json", "--policy", str(future))
    assert done.code == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["seed"] == sha1 and data["seed_source"] == f"SHA-1 of revision {revision}"
    assert f"lottery seed '{sha1}'" in done.stderr


def test_policy_kept_on_the_wiki(seeded):
    rev = put(seeded, "Victor", POLICY_PAGE, "The selection policy.\n<pre>\n" + MENTORING
              + "</pre>\n")
    config = write_files(seeded, policy_page=f'"{POLICY_PAGE}"',
                         report_page=f'"{REPORT} (on-wiki policy)"')
    run = select(seeded, config=config)
    assert run.code == 0, run.stderr
    _, text = page_text(seeded, f"{REPORT} (on-wiki policy)")
    assert f"[[Special:Permalink/{rev}|" in text
    assert "Test&#58; mentoring and goals" in text
    put(seeded, "Victor", POLICY_PAGE, "<pre>\nname: broken\nseets: 3\nseed: x\n</pre>")
    before = page_text(seeded, f"{REPORT} (on-wiki policy)")
    bad = select(seeded, config=config)
    assert bad.code == 2
    errors = [line for line in bad.stderr.splitlines() if line.startswith("peerbot:")]
    assert len(errors) == 1 and "seets is not a known key" in errors[0]
    assert page_text(seeded, f"{REPORT} (on-wiki policy)") == before


def test_scores_read_on_the_rendered_page_add_up(seeded):
    """As MediaWiki renders the report: each row's Score cell is a sum that, redone from the
    text a reader sees, gives the score of the JSON; the Track cell is the candidate's own;
    a quota matching nobody is a row of the problems table."""
    import html
    import re

    from tests.unit.test_selection_breakdown import redo

    page = "Peer academy/Selection test breakdown"
    nobody = MENTORING.replace("quotas:\n", "quotas:\n  - {attribute: region, value: Oceania, "
                                            "max: 1}\n")
    path = seeded.root / "selection-test" / "nobody.yaml"
    path.write_text(nobody, encoding="utf-8")
    config = write_files(seeded, report_page=f'"{page}"', policy='"nobody.yaml"')
    run = select(seeded, "--json", config=config)
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert select(seeded, config=config).code == 0
    page_html = rendered(seeded, page)["text"]
    people = {p["user"]: p for key in ("selected", "waitlist", "not_selected")
              for p in data["selection"][key]}
    tracks = {c["user"]: c["track"] for c in data["candidates"]}
    seen = set()
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", page_html, re.DOTALL):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)]
        if len(cells) < 7 or cells[1] not in people or " = " not in cells[5]:
            continue
        user = cells[1]
        value, total = redo(cells[5])
        assert float(value) == people[user]["score"], (user, cells[5])
        assert float(total) == round(people[user]["score"], 2), (user, cells[5])
        assert cells[4] == tracks[user], user
        seen.add(user)
    assert seen == set(people)
    problems = page_html.split('id="Problems"', 1)[1].split("<h2", 1)[0]
    assert "quota region 'Oceania' matches no candidate" in html.unescape(problems)
    assert any("Oceania" in p["reason"] for p in data["problems"])


def test_audit_and_problems_tell_the_same_story(seeded):
    """As MediaWiki renders the report: an entry the problems table says is not counted is
    excluded in the audit with the same words, and the audit's header counts its rows."""
    import html
    import re

    page = "Peer academy/Selection test audit"
    config = write_files(seeded, report_page=f'"{page}"')
    run = select(seeded, "--json", config=config)
    assert run.code == 0, run.stderr
    problems = [p for p in own_problems(json.loads(run.stdout)["problems"])
                if p["line"] and "not counted" in p["reason"]]
    assert len(problems) >= 2, problems   # the self-recommendation, the mentor's own feedback
    assert select(seeded, config=config).code == 0
    page_html = rendered(seeded, page)["text"]
    header = re.search(r"Audit: (\d+) entries, (\d+) counted, (\d+) excluded", page_html)
    assert header is not None
    total, counted, excluded = map(int, header.groups())
    audit = page_html[header.end():].split("<table", 1)[1].split("</table>", 1)[0]
    rows = [[html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
             for c in re.findall(r"<td[^>]*>(.*?)</td>", r, re.DOTALL)]
            for r in audit.split("<tr")[1:] if "<td" in r]
    outcomes = [cells[3] for cells in rows]
    assert total == len(rows) == counted + excluded
    assert outcomes.count("excluded") == excluded >= len(problems)
    reasons = {cells[4] for cells in rows if cells[3] == "excluded"}
    for problem in problems:
        assert f"problem: {problem['reason']}" in reasons, (problem, reasons)


def test_language_qqx_writes_the_message_keys(seeded):
    """With ``language: qqx`` the report shows each message's key where its words would be
    (as MediaWiki's uselang=qqx does), no English word of a message is left, and the edit
    summary read back from the page history is the qqx form too."""
    from tests.unit.qqx import english_left

    report = REPORT + " (qqx)"
    config = write_files(seeded, language="qqx", report_page=f'"{report}"')
    run = select(seeded, "--compare", policy(seeded, "mentoring"), config=config)
    assert run.code == 0, run.stderr
    assert "lottery seed 'test-seed' (the policy's seed)" in run.stderr  # the log: English
    _, text = page_text(seeded, report)
    part = bot_part(text, "selection") + bot_part(text, "selection-compare")
    for key in ("intro", "heading-selected", "col-reason", "breakdown", "not-selected",
                "heading-evidence", "goal", "heading-comparison", "outcome-selected"):
        assert f"(peerbot-selection-{key}" in part, key
    # what users wrote (names, groups, policy names) and the problems the shared parser
    # finds, which have no message yet, may be English
    data = json.loads(select(seeded, "--json", config=config).stdout)
    allowed = {p["reason"] for p in data["problems"]} | {p["page"] for p in data["problems"]}
    allowed |= {value for row in NOMINEES for value in row if isinstance(value, str)}
    # the titles a problem names (other tests' pages among them)
    allowed |= {page.name for page in seeded.client("Alice").allpages()}
    allowed |= {data["selection"]["policy"], "Test: mentoring and goals, Asia quota",
                *(g for _, _, g, _, _ in NOMINEES), *(r for _, _, _, r, _ in NOMINEES)}
    allowed |= {goal for _, _, goal, _ in GOALS} | {"Peer academy 2025"}
    from bot.core.render import escape_text

    allowed |= {escape_text(v) for v in allowed}
    words = re.sub(r'data-[a-z]+="[^"]*"|\[\[[^|\]]*\|', "", part)  # attributes, link targets
    assert english_left(words, tuple(sorted(allowed, key=len, reverse=True))) == []
    site = seeded.client("Alice")
    history = site.get("query", prop="revisions", titles=report, rvprop="comment|user",
                       rvlimit=1, formatversion=2)["query"]["pages"][0]["revisions"]
    comment = history[0]["comment"]
    assert comment.startswith("(peerbot-selection-summary-both: (peerbot-selection-summary: "
                              "peerbot: selection, 3, 3, "), comment
    assert "(peerbot-selection-summary-comparison: 2, " in comment
    html = rendered(seeded, report)["text"]
    assert "(peerbot-selection-heading-waitlist)" in html  # MediaWiki shows the keys as text
    # the wiki writes the days ({{#dateformat:}}), in its language: English here
    from datetime import datetime

    from bot.core.render import wiki_date

    first = datetime.fromisoformat(data["candidates"][0]["first_nominated"])
    assert f"{{{{#dateformat:{first:%Y-%m-%d}|dmy}}}}" in part
    assert (f'{first:%H:%M}, <span class="mw-formatted-date" title="{first:%Y-%m-%d}">'
            f"{wiki_date(first)}</span>") in html
