"""What happened to each vote, read from history with real separate accounts: a vote removed
by someone else, revisions an administrator hid, identical unsigned lines, the close, and
typed dates; each counted the same with a cold and a warm state folder."""

from __future__ import annotations

import json
import re
import time
from html import unescape

import pytest

from tests.integration.conftest import page_text, peerbot, put, rendered

PAGE = "Peer academy/Event vote"
CLOSE_PAGE = "Peer academy/Close vote"


def add(wiki, user: str, title: str, line: str) -> int:
    _, text = page_text(wiki, title)
    return put(wiki, user, title, text + "\n" + line)


def hide(wiki, title: str, revisions: list[int]) -> None:
    """An administrator hides the text and the account of revisions (revision deletion)."""
    site = wiki.client("Admin")
    reply = site.post("revisiondelete", type="revision", target=title,
                      ids="|".join(map(str, revisions)), hide="content|user",
                      reason="test", token=site.get_token("csrf"))
    assert reply["revisiondelete"]["status"] == "Success", reply


def count(wiki, title: str, config, state_dir) -> dict:
    run = peerbot(wiki, "votes", title, "--config", str(config), "--json",
                  state_dir=state_dir)
    assert run.code == 0, run.stderr
    return json.loads(run.stdout)


def outcome(data: dict) -> tuple[list, list]:
    """--json -> (counted (subject, user, stance, note) sorted, excluded (user, reason,
    editor) sorted)."""
    counted = sorted((s["subject"], v["user"], v["stance"], v.get("note", ""))
                     for s in data["subjects"] for v in s["votes"])
    excluded = sorted((e["user"] or "", e["reason"], e["editor"] or "")
                      for e in data["excluded"])
    return counted, excluded


@pytest.fixture(scope="module")
def contested(wiki, tmp_path_factory):
    root = tmp_path_factory.mktemp("events")
    put(wiki, "Zoe", PAGE, "Vote on the word.\n\n== Mentors ==")
    revs = {}
    for user in ("Alice", "Bob", "Carol", "Erin", "Frank"):
        revs[user] = add(wiki, user, PAGE, "# {{support}} ~~~~")
    # Mallory, no clerk, deletes Carol's vote.
    _, text = page_text(wiki, PAGE)
    carol = next(line for line in text.split("\n") if "[[User:Carol" in line)
    revs["mallory"] = put(wiki, "Mallory", PAGE, text.replace(carol + "\n", ""))
    # Three accounts each add the same unsigned line.
    for user in ("Grace", "Heidi", "Ivan"):
        revs[user] = add(wiki, user, PAGE, "# {{support}}")
    config = root / "votes.yaml"
    config.write_text(f"integrity:\n  clerks: [Trent]\nreport_page: {PAGE}/Results\n",
                      encoding="utf-8")
    warm = root / "warm"
    before = count(wiki, PAGE, config, warm)
    # A scheduled run keeps the history in its state folder ...
    scheduled = peerbot(wiki, "votes", PAGE, "--config", str(config), state_dir=warm)
    assert scheduled.code == 0, scheduled.stderr
    # ... then an administrator hides the revisions that added Bob's and Erin's votes, and
    # the next scheduled run learns it from the deletion log in recent changes.
    hide(wiki, PAGE, [revs["Bob"], revs["Erin"]])
    scheduled = peerbot(wiki, "votes", PAGE, "--config", str(config), state_dir=warm)
    assert scheduled.code == 0, scheduled.stderr
    assert "read again" in scheduled.stderr
    return wiki, revs, config, root, before


def test_removed_vote_is_listed_and_counts_as_its_voter_left_it(contested):
    _wiki, revs, _config, _root, before = contested
    counted, excluded = outcome(before)
    assert ("Carol", "removed", "Mallory") in excluded
    assert [c[:3] for c in counted if c[1] == "Carol"] == [("Mentors", "Carol", "support")]
    note = next(c[3] for c in counted if c[1] == "Carol")
    assert f"removed by Mallory in revision {revs['mallory']}" in note


def test_identical_unsigned_lines_are_each_added_by_their_own_account(contested):
    wiki, _revs, _config, root, before = contested
    _counted, excluded = outcome(before)
    assert [e for e in excluded if e[1] == "unsigned"] == [
        ("", "unsigned", "Grace"), ("", "unsigned", "Heidi"), ("", "unsigned", "Ivan")]
    by_history = root / "by-history.yaml"
    by_history.write_text("integrity:\n  count_unsigned_by_history: true\n", encoding="utf-8")
    counted, excluded = outcome(count(wiki, PAGE, by_history, root / "unsigned"))
    assert {"Grace", "Heidi", "Ivan"} <= {c[1] for c in counted}
    assert not [e for e in excluded if e[1] in ("duplicate", "unsigned")]


@pytest.mark.parametrize("state", ["cold", "warm"])
def test_hidden_revisions_never_make_a_voter_forged(contested, state):
    wiki, revs, config, root, _before = contested
    data = count(wiki, PAGE, config, root / ("warm" if state == "warm" else "cold"))
    counted, excluded = outcome(data)
    assert not [e for e in excluded if e[1] == "forged"], excluded
    voters = {c[1]: c for c in counted}
    assert {"Alice", "Bob", "Carol", "Erin", "Frank"} <= set(voters)
    for user in ("Bob", "Erin"):
        assert voters[user][3] == f"unverifiable: revision {revs[user]} is hidden"
    # Nobody who only saved the next revision is named as the editor of a hidden one.
    editors = {(v["user"], v["editor"]) for s in data["subjects"] for v in s["votes"]}
    assert ("Erin", "Frank") not in editors and ("Bob", "Carol") not in editors
    assert ("Carol", "removed", "Mallory") in excluded


def test_cold_and_warm_agree_after_revisions_are_hidden(contested):
    wiki, _revs, config, root, _before = contested
    warm = outcome(count(wiki, PAGE, config, root / "warm"))
    cold = outcome(count(wiki, PAGE, config, root / "cold-2"))
    assert warm == cold
    html = unescape(rendered(wiki, PAGE + "/Results")["text"])  # what a reader sees
    assert html.count("unverifiable: revision") >= 2 and "forged" not in html


def test_unverifiable_can_be_left_out(contested):
    wiki, _revs, _config, root, _before = contested
    strict = root / "strict.yaml"
    strict.write_text("integrity:\n  count_unverifiable: false\n", encoding="utf-8")
    counted, excluded = outcome(count(wiki, PAGE, strict, root / "strict"))
    assert ("Bob", "unverifiable", "") in excluded and ("Erin", "unverifiable", "") in excluded
    assert "Bob" not in {c[1] for c in counted}


def _revision_time(wiki, title: str) -> str:
    site = wiki.client("Alice")
    data = site.get("query", prop="revisions", titles=title, rvprop="timestamp",
                    formatversion=2)
    return data["query"]["pages"][0]["revisions"][0]["timestamp"]


def test_the_close_closes_the_vote(wiki, tmp_path):
    put(wiki, "Zoe", CLOSE_PAGE, "Vote on the word.\n\n== Mentors ==\n\n== Guides ==")
    for user in ("Alice", "Bob"):
        _, text = page_text(wiki, CLOSE_PAGE)
        put(wiki, user, CLOSE_PAGE, text.replace("== Mentors ==",
                                                 "== Mentors ==\n# {{support}} ~~~~", 1))
    close = _revision_time(wiki, CLOSE_PAGE)
    time.sleep(2)
    # After the close: Bob flips his support, Alice moves hers to another subject.
    _, text = page_text(wiki, CLOSE_PAGE)
    bob = next(line for line in text.split("\n") if "[[User:Bob" in line)
    changed = put(wiki, "Bob", CLOSE_PAGE, text.replace(bob, bob.replace("support", "oppose")))
    _, text = page_text(wiki, CLOSE_PAGE)
    alice = next(line for line in text.split("\n") if "[[User:Alice" in line)
    text = text.replace(alice + "\n", "").replace("== Guides ==", f"== Guides ==\n{alice}")
    moved = put(wiki, "Alice", CLOSE_PAGE, text)
    config = tmp_path / "close.yaml"
    config.write_text(f"integrity:\n  close: {close}\n", encoding="utf-8")
    data = count(wiki, CLOSE_PAGE, config, tmp_path / "state")
    counted, _excluded = outcome(data)
    assert [c[:3] for c in counted] == [("Mentors", "Alice", "support"),
                                        ("Mentors", "Bob", "support")]
    after = {(e["user"], e["revision"], e["editor"]) for e in data["excluded"]
             if e["reason"] == "changed after the close"}
    assert after == {("Bob", changed, "Bob"), ("Alice", moved, "Alice")}


def test_revision_time_outranks_a_typed_date(wiki, tmp_path):
    title = "Peer academy/Typed date vote"
    put(wiki, "Zoe", title, "Vote on the word.\n\n== Mentors ==")
    first = add(wiki, "Erin", title, "# {{support}} [[User:Erin|Erin]] 10:00, 1 January 2030 (UTC)")
    later = add(wiki, "Erin", title, "# {{oppose}} changed my mind ~~~~")
    config = tmp_path / "typed.yaml"
    config.write_text("integrity: {}\n", encoding="utf-8")
    data = count(wiki, title, config, tmp_path / "state")
    counted, _ = outcome(data)
    assert [c[:3] for c in counted] == [("Mentors", "Erin", "oppose")]
    [old] = [e for e in data["excluded"] if e["user"] == "Erin"]
    assert (old["reason"], old["stance"], old["revision"], old["editor"]) == \
        ("changed", "support", first, "Erin")
    assert later > first



def test_a_renamed_voter_is_one_person_shown_under_the_current_name(wiki, tmp_path):
    title = "Peer academy/Rename vote"
    wiki.create_user("Vanessa")
    put(wiki, "Zoe", title, "Vote on the word.\n\n== Mentors ==")
    add(wiki, "Vanessa", title, "# {{support}} ~~~~")
    add(wiki, "Walter", title, "# {{oppose}} ~~~~")
    config = tmp_path / "rename.yaml"
    config.write_text(f"report_page: {title}/Results\n", encoding="utf-8")
    warm = tmp_path / "warm"
    scheduled = peerbot(wiki, "votes", title, "--config", str(config), state_dir=warm)
    assert scheduled.code == 0, scheduled.stderr
    wiki.rename_user("Vanessa", "Vanessa Renamed")
    _, text = page_text(wiki, title)
    assert "[[User:Vanessa|Vanessa]]" in text  # her signature keeps the old name
    scheduled = peerbot(wiki, "votes", title, "--config", str(config), state_dir=warm)
    assert scheduled.code == 0, scheduled.stderr
    for state in (warm, tmp_path / "cold"):
        data = count(wiki, title, config, state)
        counted, excluded = outcome(data)
        assert [c[:3] for c in counted] == [("Mentors", "Vanessa Renamed", "support"),
                                            ("Mentors", "Walter", "oppose")], state
        assert not excluded, excluded


def test_a_moved_vote_page_is_followed_and_named(wiki, tmp_path):
    old, new = "Peer academy/Move vote", "Peer academy/Moved vote"
    put(wiki, "Zoe", old, "Vote on the word.\n\n== Mentors ==")
    for user, stance in (("Alice", "support"), ("Bob", "support"), ("Carol", "oppose")):
        add(wiki, user, old, f"# {{{{{stance}}}}} ~~~~")
    config = tmp_path / "move.yaml"
    config.write_text(f"pages: [{old}]\nreport_page: {old}/Results\n", encoding="utf-8")
    state = tmp_path / "state"
    first = peerbot(wiki, "votes", "--config", str(config), state_dir=state)
    assert first.code == 0, first.stderr
    site = wiki.client("Admin")
    site.post("move", **{"from": old}, to=new, reason="test", token=site.get_token("csrf"))
    assert page_text(wiki, old)[1].upper().startswith("#REDIRECT")
    for run_state in (state, tmp_path / "cold"):
        moved = peerbot(wiki, "votes", "--config", str(config), state_dir=run_state)
        assert moved.code == 0, moved.stderr
        assert f"{old} was moved to {new}; update the config" in moved.stderr
        counted, excluded = outcome(count(wiki, old, config, run_state))
        assert [c[1:3] for c in counted] == [("Alice", "support"), ("Bob", "support"),
                                             ("Carol", "oppose")]
        assert not excluded, excluded
    report = re.sub(r"<[^>]+>", "", unescape(rendered(wiki, f"{old}/Results")["text"]))
    assert f"{old} was moved to {new}" in report
    assert "Audit: 3 entries, 3 counted, 0 excluded" in report


def test_a_nomination_removed_by_someone_else_still_counts(wiki, tmp_path):
    title = "Peer academy/Nominations/Removal round"
    nom = "{{Peer academy nomination|nominee=%s|group=WM Test|region=Europe|track=mentor}} ~~~~"
    put(wiki, "Zoe", title, "== Nominations ==")
    add(wiki, "Alice", title, "* " + nom % "Bob")
    add(wiki, "Carol", title, "* " + nom % "Dave")
    add(wiki, "Erin", title, "* " + nom % "Frank")
    _, text = page_text(wiki, title)
    lines = text.split("\n")
    by_signer = {u: next(line for line in lines if f"[[User:{u}|" in line)
                 for u in ("Alice", "Carol", "Erin")}
    # Mallory removes Alice's nomination; Carol withdraws her own; Trent (a clerk) removes
    # Erin's.
    for user, signer in (("Mallory", "Alice"), ("Carol", "Carol"), ("Trent", "Erin")):
        _, text = page_text(wiki, title)
        put(wiki, user, title, text.replace(by_signer[signer] + "\n", "")
            .replace("\n" + by_signer[signer], ""))
    add(wiki, "Grace", title, "* " + nom % "Heidi")  # the page still uses the template
    config = tmp_path / "removal.yaml"
    config.write_text(f'page_prefixes: ["{title}"]\nreport_page: "{title}/Summary"\n'
                      "integrity:\n  clerks: [Trent]\n", encoding="utf-8")
    run = peerbot(wiki, "nominations", "--config", str(config), "--json",
                  state_dir=tmp_path / "state")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert {c["user"] for c in data["candidates"]} == {"Bob", "Heidi"}
    gone = {(e["user"], e["subject"], e["reason"], e["editor"]) for e in data["excluded"]}
    assert gone == {("Alice", "Bob", "removed", "Mallory"), ("Carol", "Dave", "withdrawn", "Carol"),
                    ("Erin", "Frank", "removed", "Trent")}


def test_transcluded_parts_are_counted_where_readers_see_them(wiki, tmp_path):
    title = "Peer academy/Split vote"
    part, other = f"{title}/Part 2", "Peer academy/Elsewhere votes"
    put(wiki, "Zoe", title, f"Vote on the word.\n\n== Mentors ==\n{{{{:{part}}}}}\n\n"
                            f"== Guides ==\n{{{{:{other}}}}}")
    put(wiki, "Zoe", part, "")
    add(wiki, "Alice", part, "# {{support}} ~~~~")
    add(wiki, "Bob", part, "# {{oppose}} ~~~~")
    # Mallory adds a vote signed as Carol to the part: its own history shows who.
    add(wiki, "Mallory", part, "# {{support}} [[User:Carol|Carol]] 10:00, 1 May 2026 (UTC)")
    add(wiki, "Dave", title, "# {{support}} ~~~~")  # under Guides, on the page itself
    put(wiki, "Erin", other, "# {{support}} ~~~~")
    config = tmp_path / "parts.yaml"
    config.write_text(f"report_page: {title}/Results\n", encoding="utf-8")
    data = count(wiki, title, config, tmp_path / "state")
    counted, excluded = outcome(data)
    assert [c[:3] for c in counted] == [("Guides", "Dave", "support"),
                                        ("Mentors", "Alice", "support"),
                                        ("Mentors", "Bob", "oppose")]
    assert ("Carol", "forged", "Mallory") in excluded
    run = peerbot(wiki, "votes", title, "--config", str(config), state_dir=tmp_path / "state")
    assert run.code == 0, run.stderr
    assert f"{title} transcludes {other}, which holds 1 vote: not counted" in run.stderr
    report = re.sub(r"<[^>]+>", "", unescape(rendered(wiki, f"{title}/Results")["text"]))
    assert f"{other} is transcluded on {title} and holds 1 vote; they are not counted" in report
    # the audit names the part and its line for the votes written there
    _, text = page_text(wiki, f"{title}/Results")
    assert f"[[{part}|" in text.replace("&#47;", "/")


def test_the_close_freezes_nominations(wiki, tmp_path):
    title = "Peer academy/Nominations/Closed round"
    nom = ("{{Peer academy nomination|nominee=%s|group=WM Test|region=Europe|track=%s}} "
           "~~~~")
    put(wiki, "Zoe", title, "== Nominations ==")
    add(wiki, "Alice", title, "* " + nom % ("Bob", "mentor"))
    add(wiki, "Carol", title, "* " + nom % ("Dave", "mentor"))
    close = _revision_time(wiki, title)
    time.sleep(2)
    _, text = page_text(wiki, title)
    changed = put(wiki, "Alice", title, text.replace("nominee=Bob|group=WM Test|region=Europe|"
                                                     "track=mentor", "nominee=Bob|group=WM "
                                                     "Test|region=Europe|track=newcomer"))
    _, text = page_text(wiki, title)
    carol = next(line for line in text.split("\n") if "[[User:Carol|" in line)
    removed = put(wiki, "Carol", title, text.replace("\n" + carol, ""))
    add(wiki, "Erin", title, "* " + nom % ("Frank", "mentor"))  # after the close: late
    config = tmp_path / "closed.yaml"
    config.write_text(f'page_prefixes: ["{title}"]\nreport_page: "{title}/Summary"\n'
                      f"integrity:\n  close: {close}\n", encoding="utf-8")
    run = peerbot(wiki, "nominations", "--config", str(config), "--json",
                  state_dir=tmp_path / "state")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    tracks = {c["user"]: c["track"] for c in data["candidates"]}
    # Alice's change after the close does not count; Carol's removal after it neither
    assert tracks == {"Bob": "mentor", "Dave": "mentor"}, tracks
    rows = {(e["user"], e["reason"], e["revision"]) for e in data["excluded"]}
    assert ("Alice", "changed after the close", changed) in rows
    assert ("Carol", "changed after the close", removed) in rows
    assert ("Erin", "late", None) not in rows and any(
        e["user"] == "Erin" and e["reason"] == "late" for e in data["excluded"])


def test_a_page_emptied_of_every_entry_still_shows_its_removals(wiki, tmp_path):
    """Blanking a nomination page takes it out of the templates' listing; a scheduled run
    that read it before still reads it, and lists what was removed and by whom."""
    title = "Peer academy/Nominations/Blanked round"
    nom = "{{Peer academy nomination|nominee=%s|group=WM Test|region=Europe|track=mentor}} ~~~~"
    put(wiki, "Zoe", title, "== Nominations ==")
    add(wiki, "Alice", title, "* " + nom % "Bob")
    add(wiki, "Carol", title, "* " + nom % "Dave")
    config = tmp_path / "blanked.yaml"
    config.write_text(f'page_prefixes: ["{title}"]\nreport_page: "{title}/Summary"\n'
                      "integrity:\n  clerks: [Trent]\n", encoding="utf-8")
    state = tmp_path / "state"

    def nominations() -> dict:
        run = peerbot(wiki, "nominations", "--config", str(config), "--json",
                      "--allow-shrink", state_dir=state)
        assert run.code == 0, run.stderr
        return json.loads(run.stdout)

    assert {c["user"] for c in nominations()["candidates"]} == {"Bob", "Dave"}
    blanked = put(wiki, "Mallory", title, "Nothing to see here.")
    data = nominations()
    gone = {(e["user"], e["subject"], e["reason"], e["editor"], e["revision"])
            for e in data["excluded"]}
    assert gone == {("Alice", "Bob", "removed", "Mallory", blanked),
                    ("Carol", "Dave", "removed", "Mallory", blanked)}
    # removed by someone who is neither the signer nor a clerk: counted as they left them
    assert {c["user"] for c in data["candidates"]} == {"Bob", "Dave"}
    # and the next run, with nothing changed, says the same
    assert nominations()["excluded"] == data["excluded"]


def test_a_nomination_over_several_lines_removed_by_someone_else_still_counts(wiki, tmp_path):
    title = "Peer academy/Nominations/Long form round"
    put(wiki, "Zoe", title, "== Nominations ==")
    add(wiki, "Alice", title, "* {{Peer academy nomination\n|nominee=Bob\n|group=WM Test\n"
                              "|region=Europe\n|track=mentor}} ~~~~")
    add(wiki, "Carol", title, "* {{Peer academy nomination|nominee=Dave|group=WM Test|"
                              "region=Europe|track=mentor}} ~~~~")
    _, text = page_text(wiki, title)
    start = text.index("* {{Peer academy nomination\n")
    end = text.index("\n", text.index("|track=mentor}}"))
    removed = put(wiki, "Mallory", title, text[:start] + text[end + 1:])
    config = tmp_path / "long.yaml"
    config.write_text(f'page_prefixes: ["{title}"]\nreport_page: "{title}/Summary"\n',
                      encoding="utf-8")
    run = peerbot(wiki, "nominations", "--config", str(config), "--json",
                  state_dir=tmp_path / "state")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    gone = {(e["user"], e["subject"], e["reason"], e["editor"], e["revision"])
            for e in data["excluded"]}
    assert gone == {("Alice", "Bob", "removed", "Mallory", removed)}
    assert {c["user"] for c in data["candidates"]} == {"Bob", "Dave"}
