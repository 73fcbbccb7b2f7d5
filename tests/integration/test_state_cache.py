"""The state folder is a cache, and behaves like one, on the real wiki: a corrupt history
file is moved aside and rebuilt with one warning line and the run goes on (the report is
the same); a state folder that cannot be written is one line and exit 2 before any request,
for a job and for `peerbot run`."""

from __future__ import annotations

import yaml

from tests.integration.conftest import append, page_text, peerbot, put

PAGE = "Peer academy/State cache consultation"
REPORT = "Peer academy/State cache consultation/Digest"


def test_a_corrupt_history_file_is_moved_aside_and_rebuilt(wiki, tmp_path):
    state = tmp_path / "state"
    put(wiki, "Zoe", PAGE, "Ideas.\n\n== One ==\nSelect by mentoring.")
    append(wiki, "Alice", PAGE, "* {{support}} Mentoring matters. ~~~~")
    first = peerbot(wiki, "digest", PAGE, "--report-page", REPORT, state_dir=state)
    assert first.code == 0, first.stderr
    before = page_text(wiki, REPORT)
    (history,) = state.glob("history-*.sqlite")
    history.write_bytes(history.read_bytes()[:100])  # truncated: "file is not a database"
    append(wiki, "Bob", PAGE, "* {{support}} Me too. ~~~~")  # so the run reads again
    run = peerbot(wiki, "digest", PAGE, "--report-page", REPORT, state_dir=state)
    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr
    (warning,) = [line for line in run.stderr.splitlines() if "could not be used" in line]
    (aside,) = state.glob("history-*.sqlite.corrupt-*")
    assert "moved aside to " + aside.name in warning and "rebuilt" in warning
    rev, text = page_text(wiki, REPORT)
    assert rev > before[0] and "Bob" in text  # the history was indexed again from the wiki
    again = peerbot(wiki, "digest", PAGE, "--report-page", REPORT, state_dir=state)
    assert again.code == 0 and "could not be used" not in again.stderr, again.stderr
    assert page_text(wiki, REPORT)[0] == rev


def test_a_state_folder_that_cannot_be_written_stops_before_any_request(wiki, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    requests = wiki.count_requests()
    run = peerbot(wiki, "nominations", state_dir=blocker / "state")
    assert run.code == 2, run.stderr
    (line,) = [x for x in run.stderr.splitlines() if x.startswith("peerbot:")]
    assert line.startswith("peerbot: config error: state folder ") and "cannot be written" in line
    assert "PEERBOT_STATE_DIR" in line and "Traceback" not in run.stderr
    jobs = tmp_path / "jobs.yaml"
    jobs.write_text(yaml.safe_dump({"state_dir": str(blocker / "state"),
                                    "jobs": [{"name": "nominations", "job": "nominations"}]}))
    under_run = peerbot(wiki, "run", "--config", str(jobs), state_dir=blocker / "state")
    assert under_run.code == 2, under_run.stderr
    assert "cannot be written" in under_run.stderr and "Traceback" not in under_run.stderr
    log = wiki.request_log.read_text(errors="replace").splitlines()
    assert wiki.count_requests() == requests, log[-6:]  # not one request to the wiki
