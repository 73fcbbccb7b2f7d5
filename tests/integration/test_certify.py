"""Certified results on the real local wiki, with separate accounts: results provisional
until a clerk certifies the counted revision on the results page; a non-clerk's, a forged
and a wrong-revision certification refused and named; votes added afterwards listed under
"Changed since certification" while the certified counts stay; a newer certification moves
the result; the final results archived once after the close."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from tests.integration.conftest import add_under, append, page_text, peerbot, rendered

pytestmark = pytest.mark.integration

PAGE = "Peer academy/Certified vote"
RESULTS = PAGE + "/Results"
ARCHIVE = "Peer academy/Votes/Archive/YEAR"


def certify(page: str, revision: int) -> str:
    return f"{{{{Peer academy certify|page={page}|revision={revision}}}}} ~~~~"


REQUESTS: dict[str, int] = {}  # API requests of the saving runs, by step


def run(wiki, config, state, step: str = "") -> dict:
    """One votes run: save the results, then read them as --json -> the JSON."""
    before = wiki.count_requests()
    saved = peerbot(wiki, "votes", PAGE, "--config", str(config), state_dir=state)
    assert saved.code == 0, saved.stderr
    REQUESTS[step] = wiki.count_requests() - before
    shown = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json", state_dir=state)
    assert shown.code == 0, shown.stderr
    return json.loads(shown.stdout)


def counts(data: dict) -> dict:
    return {s["subject"]: s["counts"] for s in data["subjects"]}


def voters(data: dict) -> list[str]:
    return sorted(v["user"] for s in data["subjects"] for v in s["votes"])


@pytest.fixture(scope="module")
def setup(wiki, tmp_path_factory):
    root = tmp_path_factory.mktemp("certify")
    config = root / "votes.yaml"
    config.write_text(f'integrity:\n  clerks: [Trent]\nreport_page: "{RESULTS}"\n',
                      encoding="utf-8")
    from tests.integration.conftest import put

    put(wiki, "Zoe", PAGE, "Should the academy meet weekly?\n\n== Support ==\n\n== Oppose ==\n\n"
                          "== Discussion ==")
    add_under(wiki, "Alice", PAGE, "Support", "# ~~~~")
    add_under(wiki, "Bob", PAGE, "Support", "# ~~~~")
    add_under(wiki, "Carol", PAGE, "Oppose", "# ~~~~")
    put(wiki, "Zoe", RESULTS, "Results of the weekly-meeting vote.")
    return config, root / "state"


def test_certification_lifecycle(wiki, setup):
    config, state = setup
    counted, _ = page_text(wiki, PAGE)

    # 1. the bot's results are provisional
    data = run(wiki, config, state, "cold, provisional")
    assert data["certified"] is None and data["since_certification"] == []
    assert data["revision"] == counted
    _, text = page_text(wiki, RESULTS)
    assert "'''Provisional'''" in text and "Certified''' by" not in text
    # a comment changes the vote page: a warm provisional run, for the request count
    add_under(wiki, "Erin", PAGE, "Discussion", "* Weekly is a lot. ~~~~")
    counted, _ = page_text(wiki, PAGE)
    data = run(wiki, config, state, "provisional, one change")
    assert data["certified"] is None and data["revision"] == counted

    # 2. Mallory is no clerk; her certification, and one she signs as Trent, are refused
    append(wiki, "Mallory", RESULTS, certify(PAGE, counted))
    append(wiki, "Mallory", RESULTS, certify(PAGE, counted).replace(
        "~~~~", "[[User:Trent|Trent]] 10:00, 1 December 2026 (UTC)"))
    data = run(wiki, config, state, "results page gets certify templates")
    assert data["certified"] is None
    problems = {(p["user"], p["reason"]) for p in data["certification_problems"]}
    assert ("Mallory", "Mallory is not a clerk") in problems
    assert ("Mallory", "signed by Trent but saved by Mallory") in problems
    _, text = page_text(wiki, RESULTS)
    assert "Certification not accepted" in text and "Mallory is not a clerk" in text
    assert "'''Provisional'''" in text

    # 3. Trent, a clerk, certifies a revision that was never counted (refused) and the
    #    counted one (accepted)
    append(wiki, "Trent", RESULTS, certify(PAGE, counted - 1))
    cert_rev = append(wiki, "Trent", RESULTS, certify(PAGE, counted))
    data = run(wiki, config, state, "certified now")
    assert data["certified"]["by"] == "Trent"
    assert data["certified"]["revision"] == counted
    assert data["certified"]["results_revision"] == cert_rev
    assert any(p["user"] == "Trent" and f"revision {counted - 1} is not the counted" in
               p["reason"] for p in data["certification_problems"])
    certified_counts = counts(data)
    assert voters(data) == ["Alice", "Bob", "Carol"]
    _, text = page_text(wiki, RESULTS)
    assert "Certified''' by [[User:Trent|Trent]]" in text
    assert f"[[Special:Diff/{cert_rev}|diff]]" in text
    assert "'''Provisional'''" not in text
    html = rendered(wiki, RESULTS)["text"]  # the shipped template shows each certification
    assert html.count('class="peer-academy-certify"') == 4
    assert f">revision {counted}</a>" in html

    # 4. Dave votes after the certification: listed, the certified counts stay
    newer = add_under(wiki, "Dave", PAGE, "Support", "# ~~~~")
    data = run(wiki, config, state, "certified, one change")
    assert data["revision"] == newer
    assert data["certified"]["revision"] == counted
    assert counts(data) == certified_counts
    assert "Dave" not in voters(data)
    since = data["since_certification"]
    assert [(c["user"], c["kind"], c["revision"]) for c in since] == [
        ("Dave", "added", newer)]
    assert "[[User:Dave|Dave]]" in since[0]["text"]
    _, text = page_text(wiki, RESULTS)
    assert "Changed since certification (1)" in text
    assert f"[[Special:Diff/{newer}|{newer}]]" in text

    # 5. Trent certifies the newer revision: the result moves
    append(wiki, "Trent", RESULTS, certify(PAGE, newer))
    data = run(wiki, config, state)
    assert data["certified"]["revision"] == newer
    assert voters(data) == ["Alice", "Bob", "Carol", "Dave"]
    assert counts(data) != certified_counts
    assert data["since_certification"] == []

    # 6. the vote closes: the final results are archived once, and linked
    close = (datetime.now(UTC) + timedelta(seconds=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    config.write_text(config.read_text(encoding="utf-8").replace(
        "clerks: [Trent]", f"clerks: [Trent]\n  close: {close}")
        + f'archive_page: "{ARCHIVE}"\n', encoding="utf-8")
    archive = ARCHIVE.replace("YEAR", close[:4])
    data = run(wiki, config, state, "not closed yet")
    assert page_text(wiki, archive)[0] == 0 and "archived_revision" not in data
    run(wiki, config, state, "nothing changed, not closed yet")
    while datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") <= close:
        time.sleep(0.5)
    # nothing changed on the wiki, but the vote closed: this run archives
    data = run(wiki, config, state, "closed: archive saved")
    archived, archived_text = page_text(wiki, archive)
    assert archived and data["archived_revision"] == archived
    assert "Certified''' by [[User:Trent|Trent]]" in archived_text
    assert f"[[Special:Permalink/{newer}|revision {newer}]]" in archived_text
    _, text = page_text(wiki, RESULTS)
    assert f"Final results archived: [[Special:Permalink/{archived}|" in text
    data = run(wiki, config, state, "nothing changed")
    assert page_text(wiki, archive)[0] == archived  # saved once
    assert data["archived_revision"] == archived
    # a certified run with one vote page change reads the certified revision (one request)
    # and walks the results page's history with the vote page's (at most one more)
    print("requests per run:", REQUESTS)
    assert REQUESTS["certified, one change"] <= REQUESTS["provisional, one change"] + 2
