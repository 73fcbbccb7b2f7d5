"""`peerbot run` asks for help on the wiki: a broken on-wiki config page gives one signed
section on ``help_page``, none on the next run while it stays broken, and the section is
marked resolved once the page is fixed; {{nobots}} on the help page is honoured."""

from __future__ import annotations

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
