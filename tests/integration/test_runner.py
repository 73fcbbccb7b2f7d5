"""`peerbot run` on the real local wiki: kill switch, one lock per job, on-wiki config."""

from __future__ import annotations

import json
import threading

import pytest

from bot.core.notices import heading
from bot.core.render import bot_part, escape_text
from tests.integration.conftest import append, page_text, peerbot, put
from tests.integration.faultproxy import FaultProxy
from tests.integration.jobsfile import ensure_run_word, jobs_file, nominations_config

SOURCE = "Peer academy/Runner/Nominations"
OTHER_SOURCE = "Peer academy/Runner/Other nominations"
STOP_PAGE = "User:PeerBot/Run (runner test)"


def nom(nominee: str) -> str:
    return (f"{{{{Peer academy nomination|nominee={nominee}|group=G|region=Asia"
            f"|track=mentor}}}} ~~~~")


@pytest.fixture(scope="module")
def runner_wiki(wiki):
    ensure_run_word(wiki)
    append(wiki, "Alice", SOURCE, nom("Erin"))
    append(wiki, "Bob", OTHER_SOURCE, nom("Frank"))
    return wiki


@pytest.fixture
def proxy(runner_wiki, tmp_path):
    with FaultProxy(runner_wiki.port) as started:
        started.dir = started.pywikibot_dir(runner_wiki.pywikibot_dir, tmp_path / "pwb")
        yield started


def job(tmp_path, name: str, report: str, **extra: str) -> dict:
    config = nominations_config(tmp_path, name, [SOURCE, OTHER_SOURCE], report)
    return {"name": name, "job": "nominations", "config": str(config), **extra}


@pytest.mark.parametrize("switch", ["stop", "", None])
def test_kill_switch_stops_before_reading_anything(runner_wiki, proxy, tmp_path, switch):
    report = "Peer academy/Runner/Report kill switch"
    put(runner_wiki, "Peggy", report, "Human text.\n")
    if switch is None:
        page = STOP_PAGE + " missing"
    else:
        page = STOP_PAGE
        put(runner_wiki, "Admin", page, switch or "   \n")
    jobs = jobs_file(tmp_path, [job(tmp_path, "nominations", report)], kill_switch=page)
    run = peerbot(runner_wiki, "run", "--config", str(jobs), pywikibot_dir=proxy.dir)
    assert run.code == 0, run.stderr
    stop = [line for line in run.stderr.splitlines() if "kill switch" in line]
    assert len(stop) == 1 and page in stop[0] and "nothing was read or written" in stop[0]
    reads = [s.params for s in proxy.seen if "prop=revisions" in s.params]
    assert len(reads) == 1 and f"titles={page}" in reads[0]  # the switch, nothing else
    assert not any(SOURCE in s.params or "embeddedin" in s.params for s in proxy.seen)
    assert proxy.edits() == []
    assert page_text(runner_wiki, report)[1] == "Human text."


def test_second_run_of_a_job_exits_cleanly_while_the_first_holds_its_lock(runner_wiki, proxy,
                                                                         tmp_path):
    report, other = "Peer academy/Runner/Report locked", "Peer academy/Runner/Report free"
    first_jobs = jobs_file(tmp_path, [job(tmp_path, "nominations", report)])
    saving, release = threading.Event(), threading.Event()

    def hold_the_save() -> None:
        saving.set()
        release.wait(120)

    proxy.before_edit(hold_the_save)
    first: list = []
    thread = threading.Thread(target=lambda: first.append(peerbot(
        runner_wiki, "run", "--config", str(first_jobs), pywikibot_dir=proxy.dir)))
    thread.start()
    try:
        assert saving.wait(120), "the first run never reached its save"
        # Same state folder, one job that is busy and one that is not.
        second_dir = tmp_path / "second"
        second_dir.mkdir()
        second_jobs = jobs_file(second_dir, [job(tmp_path, "nominations", report),
                                             job(tmp_path, "free", other)],
                                state_dir=str(tmp_path / "state"))
        second = peerbot(runner_wiki, "run", "--config", str(second_jobs))
    finally:
        release.set()
        thread.join(180)
    assert second.code == 0, second.stderr
    skipped = [line for line in second.stderr.splitlines() if "skipped" in line]
    assert skipped and "nominations: skipped: another peerbot run is working on it" in skipped[0]
    assert "nominations.lock" in skipped[0]
    assert "free: done" in second.stderr
    assert first and first[0].code == 0, first and first[0].stderr
    _, text = page_text(runner_wiki, report)
    assert text.count("peerbot:begin nominations") == 1  # written once, by the first run


def test_on_wiki_config_is_used_and_a_bad_one_falls_back_to_the_last_good(runner_wiki,
                                                                          tmp_path):
    report = "Peer academy/Runner/Report on-wiki config"
    config_page = "Peer academy/Runner/Bot config"
    put(runner_wiki, "Peggy", report, "Organizers' intro.\n")
    put(runner_wiki, "Olivia", config_page,
        '<syntaxhighlight lang="yaml">\n# only the main page\npage_prefixes:\n'
        f'  - "{SOURCE}"\n</syntaxhighlight>\n')
    jobs = jobs_file(tmp_path, [job(tmp_path, "nominations", report, config_page=config_page)])

    good = peerbot(runner_wiki, "run", "--config", str(jobs))
    assert good.code == 0, good.stderr
    assert f"using on-wiki config {config_page}" in good.stderr
    part = bot_part(page_text(runner_wiki, report)[1], "nominations")
    assert "Erin" in part and "Frank" not in part  # the on-wiki prefixes were used
    saved = json.loads((tmp_path / "state" / "nominations.wiki-config.json").read_text())
    assert saved["config"] == {"page_prefixes": [SOURCE]}

    for broken, key in [("required_fields: [shoe_size]\n", "shoe_size"),
                        ('{"page_prefixes": ["x"], }', "JSON"),
                        ("report_page: Main Page\n", "report_page")]:
        put(runner_wiki, "Mallory", config_page, broken)
        bad = peerbot(runner_wiki, "run", "--config", str(jobs))
        assert bad.code == 0, bad.stderr
        warning = [line for line in bad.stderr.splitlines() if "bad on-wiki config" in line]
        assert warning and config_page in warning[0] and key in warning[0]
        assert "last good one" in warning[0]
        summary = [line for line in bad.stderr.splitlines() if "summary:" in line]
        assert "bad on-wiki config" in summary[0]
        # Same config as the last good run: the report is the same, with the problem on top
        # where the organizers read it (bot.core.notices).
        text = page_text(runner_wiki, report)[1]
        shown = bot_part(text, "nominations")
        assert text.startswith("Organizers' intro.")
        assert shown.startswith(heading()) and escape_text(key) in shown
        assert shown.rstrip().endswith(part.strip())
        assert page_text(runner_wiki, "Main Page")[1].count("peerbot") == 0


def test_wrong_credentials_stop_the_run_before_any_job(runner_wiki, proxy, tmp_path):
    report = "Peer academy/Runner/Report credentials"
    (proxy.dir / "passwords.txt").write_text(
        "('PeerBot', BotPassword('peerbot', '00000000000000000000000000000000'))\n")
    jobs = jobs_file(tmp_path, [job(tmp_path, "nominations", report)])
    run = peerbot(runner_wiki, "run", "--config", str(jobs), pywikibot_dir=proxy.dir)
    assert run.code == 3, run.stderr
    errors = [line for line in run.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "log" in errors[0].lower() and "Traceback" not in run.stderr
    assert not any("titles=" in s.params for s in proxy.seen) and proxy.edits() == []
    assert page_text(runner_wiki, report) == (0, "")


def test_second_run_with_no_wiki_change_makes_no_edit_and_few_requests(runner_wiki, tmp_path):
    reports = ["Peer academy/Runner/Warm report A", "Peer academy/Runner/Warm report B"]
    path = jobs_file(tmp_path, [job(tmp_path, "warm-a", reports[0]),
                                job(tmp_path, "warm-b", reports[1])])
    first = peerbot(runner_wiki, "run", "--config", str(path))
    assert first.code == 0, first.stderr
    revisions = [page_text(runner_wiki, title)[0] for title in reports]
    assert all(revisions)
    before = runner_wiki.count_requests()
    second = peerbot(runner_wiki, "run", "--config", str(path))
    requests = runner_wiki.count_requests() - before
    assert second.code == 0, second.stderr
    assert [page_text(runner_wiki, title)[0] for title in reports] == revisions
    # Session check, kill switch, and one recent-changes request per job.
    assert requests <= 5, second.stderr
    # A new nomination is seen by the next run, which updates both reports.
    append(runner_wiki, "Carol", SOURCE, nom("Grace"))
    third = peerbot(runner_wiki, "run", "--config", str(path))
    assert third.code == 0, third.stderr
    for title, old in zip(reports, revisions, strict=True):
        rev, text = page_text(runner_wiki, title)
        assert rev > old and "Grace" in text


def test_a_stop_between_two_saves_saves_nothing_more(runner_wiki, proxy, tmp_path):
    page = STOP_PAGE + " mid-run"
    put(runner_wiki, "Admin", page, "run")
    reports = [f"Peer academy/Runner/Report mid-run {n}" for n in (1, 2, 3)]
    jobs = jobs_file(tmp_path, [job(tmp_path, f"job-{n}", title)
                                for n, title in enumerate(reports, 1)], kill_switch=page)
    # An organizer stops the bot while the first report is being saved.
    proxy.before_edit(lambda: put(runner_wiki, "Admin", page, "stop, please"))
    run = peerbot(runner_wiki, "run", "--config", str(jobs), pywikibot_dir=proxy.dir)
    assert run.code == 0, run.stderr
    assert len(proxy.edits()) == 1 and page_text(runner_wiki, reports[0])[0]
    assert [page_text(runner_wiki, title)[0] for title in reports[1:]] == [0, 0]
    stop = [line for line in run.stderr.splitlines()
            if line.startswith("peerbot: stopped by the kill switch")]
    assert len(stop) == 1 and "not run: job-2, job-3" in stop[0], run.stderr
    assert "job-2: not run, stopped by the kill switch" in run.stderr


def test_a_job_of_a_run_saves_nothing_once_the_switch_says_stop(runner_wiki, tmp_path,
                                                                 monkeypatch):
    page = STOP_PAGE + " save guard"
    put(runner_wiki, "Admin", page, "stop")
    report = "Peer academy/Runner/Report save guard"
    config = nominations_config(tmp_path, "guard", [SOURCE], report)
    # What `peerbot run` hands its jobs: the switch is read with the report page itself.
    monkeypatch.setenv("PEERBOT_KILL_SWITCH", json.dumps({"page": page, "run_word": "run"}))
    before = runner_wiki.count_requests()
    run = peerbot(runner_wiki, "nominations", "--config", str(config))
    assert run.code == 0, run.stderr  # an organizer's stop is no failure
    (line,) = [x for x in run.stderr.splitlines() if "stopped by the kill switch" in x]
    assert line.startswith(f"peerbot: {report}: stopped: not saved: stopped by the kill switch")
    assert "refused" not in run.stderr
    assert page_text(runner_wiki, report)[0] == 0
    monkeypatch.delenv("PEERBOT_KILL_SWITCH")
    again_before = runner_wiki.count_requests()
    assert peerbot(runner_wiki, "nominations", "--config", str(config)).code == 0
    # The guard costs no request of its own: the same count as an unguarded run's.
    assert runner_wiki.count_requests() - again_before <= again_before - before
