"""Two real accounts whose names look alike (Cyrillic А in "Аlice", Latin A in "Alice") both
vote on the local wiki: both votes count, and the saved results page names both accounts
in its "Names that look alike" notice."""

from __future__ import annotations

import json

from bot.core.render import bot_part, escape_text, user_link
from tests.integration.conftest import add_under, page_text, peerbot, put

LOOKALIKE = "\u0410lice"  # Cyrillic capital A, then Latin "lice"
PAGE, REPORT = "Peer academy/Look-alike vote", "Peer academy/Look-alike vote/Results"


def test_a_look_alike_voter_is_flagged_on_the_saved_report(wiki):
    if LOOKALIKE not in wiki.passwords:
        wiki.create_user(LOOKALIKE)
    put(wiki, "Zoe", PAGE, "Adopt the label?\n\n== Support ==\n\n== Oppose ==\n")
    add_under(wiki, "Alice", PAGE, "Support", "# Yes. ~~~~")
    add_under(wiki, LOOKALIKE, PAGE, "Support", "# Yes, me too. ~~~~")
    done = peerbot(wiki, "votes", PAGE, "--report-page", REPORT, "--json")
    assert done.code == 0, done.stderr
    counted = json.loads(done.stdout)["subjects"][0]
    assert counted["counts"]["support"] == 2  # two accounts, two votes
    assert sorted(v["user"] for v in counted["votes"]) == sorted(["Alice", LOOKALIKE])
    done = peerbot(wiki, "votes", PAGE, "--report-page", REPORT)
    assert done.code == 0, done.stderr
    shown = bot_part(page_text(wiki, REPORT)[1], "votes")
    row = next(line for line in shown.split("\n") if user_link(LOOKALIKE) in line
               and "CYRILLIC" in line.replace("&#", ""))
    assert user_link("Alice") in row
    assert escape_text("CYRILLIC CAPITAL LETTER A") in row
