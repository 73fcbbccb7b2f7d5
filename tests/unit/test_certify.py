"""The certification rules as tables: results page histories (revisions by accounts) and
what each certify template comes to; pure, no wiki."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.model import SiteFacts
from bot.core.render import begin_marker, end_marker, page_link
from bot.integrity import anchor_for
from bot.integrity.events import Rev, build
from bot.votes.certify import (
    Certification,
    Refusal,
    Standing,
    archive_title,
    archived_revision,
    certifications,
    changes_since,
    counted_at,
    due_for_archive,
    find_claims,
    standing_json,
)
from bot.votes.certify_render import render_changes, render_standing

FACTS = SiteFacts()
VOTE = "Peer academy/Vote"
STAMP = "12:00, 1 December 2026 (UTC)"


def bot_part(counted: int) -> str:
    return "\n".join([begin_marker("votes"), f"== {page_link(VOTE)} ==",
                      f"Counted: [[Special:Permalink/{counted}|{VOTE}]] (revision {counted}).",
                      "table", end_marker("votes")])


def line(page: str, revision: int | str, signer: str) -> str:
    return f"{{{{Peer academy certify|page={page}|revision={revision}}}}} " \
           f"[[User:{signer}|{signer}]] {STAMP}"


def history(*revs: tuple[int, str, str]):
    """(revision, account, text) oldest first -> the page's event log."""
    return build([Rev(r, u, f"2026-12-01T12:00:{r:02d}Z", t) for r, u, t in revs],
                 anchor_for(FACTS))


def test_claims_are_read_outside_the_markers_only():
    text = "Intro\n" + line(VOTE, 7, "Trent") + "\n" + bot_part(7).replace(
        "table", line(VOTE, 7, "Trent"))
    claims = find_claims(text, FACTS)
    assert [(c.page, c.revision, c.signer, c.line) for c in claims] == [
        (VOTE, 7, "Trent", 2)]


def test_claims_without_page_or_number_or_signature():
    text = "\n".join(["{{Peer academy certify|revision=7}} [[User:T|T]] " + STAMP,
                      "{{peer academy certify|page=X|revision=seven}} [[User:T|T]] " + STAMP,
                      "{{Peer academy certify|page=X|revision=7}}"])
    claims = find_claims(text, FACTS)
    assert [(c.page, c.revision, c.signer) for c in claims] == [
        ("", 7, "T"), ("X", None, "T"), ("X", 7, None)]


def test_counted_at_reads_what_the_results_said_at_a_revision():
    log = history((1, "Bot", bot_part(7)), (2, "Trent", "x\n" + bot_part(7)),
                  (3, "Bot", "x\n" + bot_part(9)))
    assert counted_at(log, VOTE, 1) == 7
    assert counted_at(log, VOTE, 2) == 7
    assert counted_at(log, VOTE, 3) == 9
    assert counted_at(log, "Other page", 3) is None


CASES = [
    # (who saves the line, signer in it, revision named, clerks) -> accepted or reason
    ("Trent", "Trent", 7, {"Trent"}, None),
    ("Mallory", "Mallory", 7, {"Trent"}, "Mallory is not a clerk"),
    ("Mallory", "Trent", 7, {"Trent"}, "signed by Trent but saved by Mallory"),
    ("Trent", "Trent", 6, {"Trent"}, ("revision 6 is not the counted revision: the results "
                                     "named revision 7 when it was saved")),
]


@pytest.mark.parametrize(("saver", "signer", "revision", "clerks", "reason"), CASES)
def test_who_may_certify_what(saver, signer, revision, clerks, reason):
    text = line(VOTE, revision, signer) + "\n" + bot_part(7)
    log = history((1, "Bot", bot_part(7)), (2, saver, text))
    accepted, refused = certifications(find_claims(text, FACTS), log, {VOTE}, clerks)
    if reason is None:
        assert refused == []
        assert accepted[VOTE].by == signer and accepted[VOTE].revision == 7
        assert accepted[VOTE].results_revision == 2
    else:
        assert accepted == {}
        assert [r.reason for r in refused] == [reason]
        assert refused[0].results_revision == 2


def test_no_history_no_certification():
    text = line(VOTE, 7, "Trent") + "\n" + bot_part(7)
    accepted, refused = certifications(find_claims(text, FACTS), None, {VOTE}, {"Trent"})
    assert accepted == {} and "integrity.check_history" in refused[0].reason


def test_a_line_another_account_changed_is_theirs():
    """Trent certified 7; Mallory rewrites his line to name 9: saved by Mallory now."""
    first = line(VOTE, 7, "Trent") + "\n" + bot_part(9)
    log = history((1, "Bot", bot_part(7)), (2, "Trent", line(VOTE, 7, "Trent") + "\n"
                                             + bot_part(7)),
                  (3, "Bot", first), (4, "Mallory", first.replace("revision=7", "revision=9")))
    text = first.replace("revision=7", "revision=9")
    accepted, refused = certifications(find_claims(text, FACTS), log, {VOTE}, {"Trent"})
    assert accepted == {} and refused[0].reason == "signed by Trent but saved by Mallory"


def test_the_latest_accepted_certification_counts():
    one = line(VOTE, 7, "Trent") + "\n" + bot_part(7)
    two = line(VOTE, 7, "Trent") + "\n" + bot_part(9)
    three = two + "\n" + line(VOTE, 9, "Trent")
    log = history((1, "Bot", bot_part(7)), (2, "Trent", one), (3, "Bot", two),
                  (4, "Trent", three))
    accepted, refused = certifications(find_claims(three, FACTS), log, {VOTE}, {"Trent"})
    assert refused == [] and accepted[VOTE].revision == 9


def test_a_page_the_results_do_not_count():
    text = line("Elsewhere", 7, "Trent")
    accepted, refused = certifications(find_claims(text, FACTS), None, {VOTE}, {"Trent"})
    assert accepted == {} and refused[0].reason == "Elsewhere is not a vote page these " \
                                                   "results count"


def test_changes_since_the_certified_revision():
    log = history((5, "Zoe", "== Support =="), (7, "Alice", "== Support ==\n# a"),
                  (8, "Dave", "== Support ==\n# a\n# d"), (9, "Erin", "== Support ==\n# d"))
    assert [(c.kind, c.user, c.revision) for c in changes_since(log, 7)] == [
        ("added", "Dave", 8), ("removed", "Erin", 9)]
    assert changes_since(log, 9) == [] and changes_since(None, 1) == []


WHEN = datetime(2026, 12, 1, 12, tzinfo=UTC)


def test_render_and_json_of_a_standing():
    provisional = render_standing(VOTE, 7, Standing())
    assert "'''Provisional'''" in provisional and f"page={VOTE}|revision=7" in provisional
    assert "<nowiki>" in provisional  # the copyable text is no live template
    assert standing_json(None)["certified"] is None
    cert = Certification(VOTE, "Trent", 7, WHEN, 12)
    log = history((7, "Alice", "# a"), (8, "Dave", "# a\n# [[User:D|D]] {{x}}"))
    standing = Standing(cert, (Refusal(VOTE, "Mallory", "Mallory is not a clerk", 3, 11),),
                        tuple(changes_since(log, 7)))
    shown = render_standing(VOTE, 8, standing)
    assert "Certified''' by [[User:Trent|Trent]] on 12:00, 1 December 2026" in shown
    assert "[[Special:Diff/12|diff]]" in shown and "Mallory is not a clerk" in shown
    table = render_changes(standing)
    assert "Changed since certification (1)" in table and "{{x}}" not in table
    data = standing_json(standing)
    assert data["certified"] == {"by": "Trent", "revision": 7, "time": "2026-12-01T12:00:00Z",
                                 "results_revision": 12}
    assert [c["user"] for c in data["since_certification"]] == ["Dave"]


def test_archive_rules():
    cert = Certification(VOTE, "Trent", 7, WHEN, 12)
    assert due_for_archive(Standing(cert), WHEN, WHEN)
    assert not due_for_archive(Standing(), WHEN, WHEN)
    assert not due_for_archive(Standing(cert), None, WHEN)
    assert not due_for_archive(Standing(cert, archived=5), WHEN, WHEN)
    assert not due_for_archive(Standing(cert), WHEN, datetime(2026, 11, 1, tzinfo=UTC))
    part = f"== {page_link(VOTE)} ==\nFinal results archived: [[Special:Permalink/44|x]]."
    assert archived_revision(part, VOTE) == 44
    assert archived_revision(part, "Other") is None


def test_archive_title_and_a_title_that_reads_like_a_revision():
    assert archive_title("Peer academy/Votes/Archive/YEAR", WHEN) == \
        "Peer academy/Votes/Archive/2026"
    tricky = "Vote (revision 3)"
    part = "\n".join([f"== {page_link(tricky)} ==",
                      f"Counted: [[Special:Permalink/9|{tricky}]] (revision 9)."])
    assert counted_at(history((1, "Bot", part)), tricky, 1) == 9


def test_only_the_votes_part_is_the_bot_s():
    other = "<!-- peerbot:begin votes-archive:X (the bot rewrites) -->\n" + \
        line(VOTE, 7, "Trent") + "\n<!-- peerbot:end votes-archive:X -->"
    short = "<!-- peerbot:begin votes -->\n" + line(VOTE, 7, "Trent") + \
        "\n<!-- peerbot:end votes -->"
    assert [c.line for c in find_claims(other, FACTS)] == [2]
    assert find_claims(short, FACTS) == []
