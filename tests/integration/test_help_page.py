"""`peerbot run` asks for help on the wiki: a broken on-wiki config page gives one signed
section on ``help_page``, none on the next run while it stays broken, and the section is
marked resolved once the page is fixed; {{nobots}} on the help page is honoured."""

from __future__ import annotations

import html
import re

import pytest

from tests.integration.conftest import append, page_text, peerbot, put
from tests.integration.jobsfile import (
    ensure_run_word,
    jobs_file,
    nominations_config,
    revision_count,
)

pytestmark = pytest.mark.integration

SOURCE = "Peer academy/Help test/Nominations"
REPORT = "Peer academy/Help test/Report"
CONFIG_PAGE = "Peer academy/Help test/Bot config"
HELP = "User talk:PeerBot/Help test"


@pytest.fixture
def jobs(wiki, tmp_path):
    ensure_run_word(wiki)
    append(wiki, "Alice", SOURCE, "{{Peer academy nomination|nominee=Erin|group=G|"
           "region=Asia|track=mentor}} ~~~~")
    put(wiki, "Peggy", REPORT, "Organizers' intro.\n")
    put(wiki, "Olivia", CONFIG_PAGE, f'page_prefixes:\n  - "{SOURCE}"\n')
    put(wiki, "Olivia", HELP, "Ask the operator here.\n")
    config = nominations_config(tmp_path, "nominations", [SOURCE], REPORT)
    return jobs_file(tmp_path, [{"name": "nominations", "job": "nominations",
                                 "config": str(config), "config_page": CONFIG_PAGE}],
                     help_page=HELP)


def run(wiki, jobs) -> str:
    done = peerbot(wiki, "run", "--config", str(jobs))
    assert done.code == 0, done.stderr
    return done.stderr


def test_a_broken_config_page_is_posted_once_and_resolved_when_fixed(wiki, jobs):
    run(wiki, jobs)  # a good config: nothing to ask
    assert page_text(wiki, HELP)[1] == "Ask the operator here."
    quiet = revision_count(wiki, HELP)

    put(wiki, "Mallory", CONFIG_PAGE, "page_prefixes: [unclosed\n")
    run(wiki, jobs)
    _, text = page_text(wiki, HELP)
    assert text.startswith("Ask the operator here.")  # the human text stays
    assert text.count("== peerbot nominations: on-wiki config not usable ==") == 1
    assert f"'''Page''': [[{CONFIG_PAGE}|" in text and "'''Fix''':" in text
    assert "[[User:PeerBot|PeerBot]]" in text  # signed by the bot
    assert revision_count(wiki, HELP) == quiet + 1

    # an operator replies under it; the next run, still broken, posts nothing again
    put(wiki, "Olivia", HELP, text + "\n:Looking into it. ~~~~")
    replied = revision_count(wiki, HELP)
    run(wiki, jobs)
    assert revision_count(wiki, HELP) == replied
    assert page_text(wiki, HELP)[1].count("on-wiki config not usable ==") == 1

    put(wiki, "Olivia", CONFIG_PAGE, f'page_prefixes:\n  - "{SOURCE}"\n')
    run(wiki, jobs)
    _, text = page_text(wiki, HELP)
    assert text.count("on-wiki config not usable ==") == 1
    assert "'''Resolved''': the bot no longer finds this problem." in text
    assert "Looking into it." in text  # the reply stays
    assert text.index("Looking into it.") < text.index("'''Resolved'''")
    resolved = revision_count(wiki, HELP)
    run(wiki, jobs)
    assert revision_count(wiki, HELP) == resolved  # nothing open: nothing to do


def test_nobots_on_the_help_page_is_honoured(wiki, jobs):
    put(wiki, "Olivia", HELP, "{{nobots}}\nNo bots here.\n")
    before = revision_count(wiki, HELP)
    put(wiki, "Mallory", CONFIG_PAGE, "page_prefixes: [unclosed\n")
    stderr = run(wiki, jobs)
    assert revision_count(wiki, HELP) == before
    assert "nobots" in stderr and HELP in stderr
    put(wiki, "Olivia", CONFIG_PAGE, f'page_prefixes:\n  - "{SOURCE}"\n')


def test_a_job_s_refused_save_asks_for_help(wiki, tmp_path):
    """A votes job whose results page has broken markers: the section names the job, the
    page and the fix; fixing the markers resolves it."""
    ensure_run_word(wiki)
    vote, results = "Peer academy/Help test/Vote", "Peer academy/Help test/Vote results"
    put(wiki, "Zoe", vote, "== Support ==\n# [[User:Zoe|Zoe]] 10:00, 1 December 2026 (UTC)")
    broken = "Intro.\n<!-- peerbot:begin votes (x) -->\nold\n"
    put(wiki, "Peggy", results, broken)
    config = tmp_path / "votes.yaml"
    config.write_text(f'pages: ["{vote}"]\nreport_page: "{results}"\n', encoding="utf-8")
    put(wiki, "Olivia", HELP, "Ask here.\n")
    jobs = jobs_file(tmp_path, [{"name": "votes", "job": "votes", "config": str(config)}],
                     help_page=HELP)
    done = peerbot(wiki, "run", "--config", str(jobs))
    assert done.code == 1, done.stderr  # the report was refused
    _, text = page_text(wiki, HELP)
    assert text.count("== peerbot votes: broken markers ==") == 1
    assert f"'''Page''': [[{results}|" in text and "one begin and one end marker" in text
    put(wiki, "Peggy", results, broken + "<!-- peerbot:end votes -->\n")
    run(wiki, jobs)
    _, text = page_text(wiki, HELP)
    assert "'''Resolved''': the bot no longer finds this problem." in text


def test_a_missing_vote_page_asks_for_help(wiki, tmp_path):
    ensure_run_word(wiki)
    gone = "Peer academy/Help test/No such vote"
    config = tmp_path / "votes.yaml"
    config.write_text(f'pages: ["{gone}"]\nreport_page: "Peer academy/Help test/Gone results"\n',
                      encoding="utf-8")
    put(wiki, "Olivia", HELP, "Ask here.\n")
    jobs = jobs_file(tmp_path, [{"name": "votes", "job": "votes", "config": str(config)}],
                     help_page=HELP)
    done = peerbot(wiki, "run", "--config", str(jobs))
    assert done.code == 1, done.stderr  # a page the config names is missing
    _, text = page_text(wiki, HELP)
    assert text.count("== peerbot votes: vote page missing ==") == 1
    assert f"[[{gone}|" in text and "Restore the page" in text


def test_language_qqx_writes_the_help_page_and_its_summaries_as_keys(wiki, tmp_path):
    """``language: qqx`` in the jobs file: the help page's section, its resolved line and
    both edit summaries (read back from history) are message keys; the job's own
    ``language: qqx`` puts the config problem on its report as keys too."""
    from bot.core.render import bot_part
    from tests.unit.qqx import english_left, prose_left

    ensure_run_word(wiki)
    help_page, report = HELP + " (qqx)", REPORT + " (qqx)"
    put(wiki, "Olivia", help_page, "Ask the operator here.\n")
    put(wiki, "Mallory", CONFIG_PAGE, "page_prefixes: [unclosed\n")
    config = tmp_path / "nominations-qqx.yaml"
    config.write_text(f'page_prefixes: ["{SOURCE}"]\nreport_page: "{report}"\nlanguage: qqx\n',
                      encoding="utf-8")
    jobs = jobs_file(tmp_path, [{"name": "nominations", "job": "nominations",
                                 "config": str(config), "config_page": CONFIG_PAGE}],
                     help_page=help_page, language="qqx")
    run(wiki, jobs)
    _, text = page_text(wiki, help_page)
    heading = ("== (peerbot-help-heading: nominations, "
               "(peerbot-help-kind-on-wiki-config-not-usable)) ==")
    assert text.startswith("Ask the operator here.") and text.count(heading) == 1
    assert "(peerbot-help-item: nominations, [[" in text
    assert "(peerbot-help-fix-config-" in text and "[[User:PeerBot|PeerBot]]" in text
    # what went wrong is the config checker's words (a parameter); the bot's signature is
    # MediaWiki's, in the wiki's language
    unsigned = re.sub(r"\[\[User:PeerBot\|PeerBot\]\].*?\(UTC\)", "", html.unescape(text))
    error = unsigned.split("(peerbot-help-item: ", 1)[1].split("]], ", 1)[1]
    error = error.rsplit(", (peerbot-help-fix-", 1)[0]
    assert "not valid YAML" in error
    typed = ("Ask the operator here.", "nominations", CONFIG_PAGE, str(config), error)
    assert english_left(unsigned, typed) == [] and prose_left(unsigned, typed) == []
    shown = bot_part(page_text(wiki, report)[1], "nominations")
    assert "(peerbot-problem-config-page-bad-" in shown and "(peerbot-config-problems)" in shown

    put(wiki, "Olivia", CONFIG_PAGE, f'page_prefixes:\n  - "{SOURCE}"\n')
    run(wiki, jobs)
    _, text = page_text(wiki, help_page)
    assert ":(peerbot-help-resolved) [[User:PeerBot|PeerBot]]" in text
    site = wiki.client("Alice")
    revisions = site.get("query", prop="revisions", titles=help_page, rvprop="comment",
                         rvlimit=2, formatversion=2)["query"]["pages"][0]["revisions"]
    assert [r["comment"] for r in revisions] == [
        "(peerbot-help-summary-resolved)",
        "(peerbot-help-summary: (peerbot-help-kind-on-wiki-config-not-usable))"]
