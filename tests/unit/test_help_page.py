"""The help page's sections as a pure edit: posted once, kept while open, resolved when gone,
human text and replies untouched."""

from __future__ import annotations

from bot.runner.help import HelpItem, open_keys, refusal_item, update_help

BAD = HelpItem("votes", "Peer academy/Config", "on-wiki config not usable",
               "line 2: [[x]] {{y}} ~~~~", "Correct the page.")
MOVED = HelpItem("votes", "Peer academy/Vote", "vote page moved", "moved", "Rename it.")


def test_posted_once_with_human_text_kept():
    first = update_help("Ask here.\n", [BAD], {"votes"})
    assert first.posted == (BAD,) and first.text.startswith("Ask here.\n\n== peerbot votes")
    assert first.text.count("~~~~") == 1  # one signature; the problem's own tildes escaped
    assert "{{y}}" not in first.text and "[[x]]" not in first.text
    again = update_help(first.text, [BAD], {"votes"})
    assert not again.changed and again.text == first.text
    assert list(open_keys(first.text)) == [BAD.key]


def test_resolved_only_for_jobs_that_ran_and_after_replies():
    text = update_help("", [BAD, MOVED], {"votes"}).text
    text = text.replace("Rename it. ~~~~", "Rename it. ~~~~\n:On it. [[User:O|O]]")
    other_job = update_help(text, [], {"nominations"})
    assert not other_job.changed
    done = update_help(text, [BAD], {"votes"})
    assert done.resolved == (MOVED.key,) and done.posted == ()
    lines = done.text.split("\n")
    assert lines.index(":On it. [[User:O|O]]") + 1 == lines.index(
        ":'''Resolved''': the bot no longer finds this problem. ~~~~")
    assert list(open_keys(done.text)) == [BAD.key]
    # the same problem coming back later is a new section
    back = update_help(done.text, [BAD, MOVED], {"votes"})
    assert back.posted == (MOVED,) and back.text.count("vote page moved ==") == 2


def test_the_wording_may_change_the_key_does_not():
    changed = HelpItem(BAD.job, BAD.page, BAD.kind, "another message", BAD.fix)
    assert changed.key == BAD.key
    assert HelpItem(BAD.job, BAD.page, BAD.kind, "x", "y", ident="2").key != BAD.key


def test_which_refusals_need_a_person():
    assert refusal_item("v", "P", "the page's peerbot:votes markers are broken (2 begin, "
                        "1 end); fix them by hand").kind == "broken markers"
    assert refusal_item("v", "P", "the page is protected").kind == \
        "may not edit the report page"
    assert refusal_item("v", "P", "{{nobots}} or {{bots}} forbids this bot on the page")
    assert refusal_item("v", "P", "edit conflict 3 times in a row") is None
    assert refusal_item("v", "P", "not saved: stopped by the kill switch X: stop") is None
