"""The votes job's whole report in ``qqx``: the results section, the certification status
with refused certifications and what changed since, the not-counted reasons and audit notes,
and the edit summaries, from messages only; and in English as before."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import UTC, datetime

from bot.core.i18n import speaking
from bot.votes.certification import archive_summary
from bot.votes.certify import (
    ARCHIVED,
    COUNTED,
    Certification,
    Standing,
    archived_revision,
    certifications,
    changes_since,
    counted_at,
    find_claims,
)
from bot.votes.job import render_votes, votes_summary
from bot.votes.model import Excluded, note
from tests.unit.qqx import english_left, words_left
from tests.unit.test_certify import FACTS, VOTE, bot_part, history, line
from tests.unit.test_votes_render import fixture_result

WHEN = datetime(2026, 12, 1, 12, tzinfo=UTC)


def refused_and_accepted() -> Standing:
    """A results page where Mallory (no clerk) certifies, Mallory signs as Trent, Trent
    names a revision never counted and Trent certifies the counted one: the rules' own
    refusals, and the vote page's changes after the certified revision."""
    text = "\n".join([line(VOTE, 7, "Mallory"), line(VOTE, 7, "Trent"), line(VOTE, 6, "Trent"),
                      line(VOTE, 7, "Trent"), line("Elsewhere", 7, "Trent"),
                      "{{Peer academy certify|page=" + VOTE + "|revision=7}}",
                      bot_part(7)])
    rows = text.split("\n")
    log = history((1, "Bot", bot_part(7)), (2, "Mallory", "\n".join(rows[:1] + rows[6:])),
                  (3, "Mallory", "\n".join(rows[:2] + rows[6:])),
                  (4, "Trent", "\n".join(rows[:3] + rows[6:])),
                  (5, "Trent", text))
    accepted, refused = certifications(find_claims(text, FACTS), log, {VOTE}, {"Trent"})
    assert set(accepted) == {VOTE} and len(refused) == 5
    votes = history((7, "Alice", "# a"), (8, "Dave", "# a\n# [[User:D|D]] {{x}}"),
                    (9, "Erin", "# [[User:D|D]] {{x}}"))
    return Standing(accepted[VOTE], tuple(refused), tuple(changes_since(votes, 7)),
                    archived=44)


def with_every_reason(result):
    """The fixture's tally, with votes not counted for the history's reasons and counted
    votes carrying the history's notes (as bot.votes.verify and logs make them)."""
    first = result.subjects[0]
    noted = replace(first.votes[0], notes=(
        note("peerbot-votes-note-removed", "Mallory", 41, first.votes[0].user),
        note("peerbot-votes-note-typed-date", "2026-11-01 10:00", "2026-11-03 12:00", 40)))
    extra = tuple(Excluded("Zed", first.subject, "support", reason, 90 + n, revision=30 + n,
                           editor="Mallory")
                  for n, reason in enumerate(["forged", "late", "ineligible:min_edits",
                                              "changed after the close", "withdrawn",
                                              "hidden: an unclosed <!-- hides it",
                                              "some-future-code"]))
    subjects = (replace(first, votes=(noted, *first.votes[1:])), *result.subjects[1:])
    return replace(result, subjects=subjects, excluded=(*result.excluded, *extra))


def report(language: str) -> tuple[str, object]:
    result = with_every_reason(fixture_result("subjects_labels.wiki"))
    result = replace(result, page=VOTE)
    with speaking(language):
        text = render_votes([result], {VOTE: 9}, standings={VOTE: refused_and_accepted()})
    return text, result


def user_values(result) -> tuple[str, ...]:
    """Everything on the report that came from a page: subjects, names, vote text."""
    names = {v.user for t in result.subjects for v in t.votes}
    names |= {e.user for e in result.excluded if e.user} | {"Mallory", "Trent", "Alice",
                                                             "Dave", "Erin", "Zed", "D", "x"}
    return (*[t.subject for t in result.subjects], *names, VOTE, "Elsewhere",
            "Peer academy certify", "some-future-code")


def test_the_whole_votes_report_in_qqx_has_keys_and_no_english() -> None:
    text, result = report("qqx")
    # the audit escapes its cells: read as a reader sees them
    assert not english_left(html.unescape(text), user_values(result))
    assert words_left(text, user_values(result)) == []
    for key in ("peerbot-votes-counted", "peerbot-certify-certified", "peerbot-certify-refusal",
                "peerbot-certify-not-clerk", "peerbot-certify-saved-by-other",
                "peerbot-certify-wrong-revision", "peerbot-certify-not-counted-page",
                "peerbot-certify-unsigned", "peerbot-certify-archived",
                "peerbot-certify-changed", "peerbot-votes-reason-forged",
                "peerbot-votes-reason-ineligible-min-edits", "peerbot-votes-reason-hidden",
                "peerbot-votes-note-removed", "peerbot-votes-note-typed-date",
                "peerbot-votes-stance-name-support"):
        assert f"({key}" in html.unescape(text), key


def test_the_markers_certification_reads_are_the_same_in_every_language() -> None:
    """The counted and archived revisions are read from the published results whatever
    language they are written in: the rules give the same answer for qqx and English."""
    for language in ("qqx", "en"):
        text, _ = report(language)
        lines = text.split("\n")
        assert sum(1 for x in lines if COUNTED.match(x)) == 1
        assert sum(1 for x in lines if ARCHIVED.match(x)) == 1
        assert archived_revision(text, VOTE) == 44
        assert counted_at(history((1, "Bot", text)), VOTE, 1) == 9


def test_the_whole_votes_report_in_english_reads_as_before() -> None:
    raw, _ = report("en")
    text = html.unescape(raw)  # as a reader reads it (values and audit cells are escaped)
    assert "{{#time:" not in raw and "10:08, 1 April 2024" in raw  # plain text in English
    assert "Counted: [[Special:Permalink/9|" in text and "(revision 9)." in text
    assert "'''Certified''' by [[User:Trent|Trent]]" in text
    assert "line 1: [[User:Mallory|Mallory]]: Mallory is not a clerk" in text
    assert "signed by Trent but saved by Mallory" in text
    assert ("revision 6 is not the counted revision: the results named revision 7 when it "
            "was saved") in text
    assert "Elsewhere is not a vote page these results count" in text
    assert "no signature follows the template" in text
    assert "Final results archived: [[Special:Permalink/44|revision 44]]." in text
    assert "saved by another account than its signer's (<code>forged</code>)" in text
    assert "too few edits (<code>ineligible:min_edits</code>)" in text
    assert "hidden: an unclosed <!-- hides it (<code>hidden</code>)" in text
    assert "| <code>some-future-code</code>" in text  # a code with no words shows the code
    assert "removed by Mallory in revision 41; counted as" in text
    assert "typed date 2026-11-01 10:00 is not when it was saved (2026-11-03 12:00, " \
           "revision 40)" in text


def test_edit_summaries_in_english_qqx_and_with_plural_chosen() -> None:
    result = fixture_result("subjects_labels.wiki")
    votes = sum(t.support + t.oppose + t.neutral for t in result.subjects)
    with speaking("en"):
        assert votes_summary([result], "") == (
            f"peerbot: vote results: 1 vote page, {votes} votes counted, "
            f"{len(result.excluded)} not counted")
        assert votes_summary([result, result], "Our bot") == (
            f"Our bot: 2 vote pages, {2 * votes} votes counted, "
            f"{2 * len(result.excluded)} not counted")
        assert archive_summary("", VOTE) == f"peerbot: vote results: final results of {VOTE}"
    with speaking("qqx"):
        assert votes_summary([result], "") == (
            "(peerbot-votes-summary: (peerbot-votes-summary-prefix), 1, "
            f"{votes}, {len(result.excluded)})")
        assert archive_summary("Ours", VOTE) == f"(peerbot-votes-summary-archive: Ours, {VOTE})"


def test_the_json_keeps_the_english_wording() -> None:
    """Refusals and notes are messages on the page; the JSON keeps their English."""
    standing = refused_and_accepted()
    with speaking("qqx"):
        reasons = [r.reason for r in standing.refusals]
        assert "Mallory is not a clerk" in reasons
        vote = with_every_reason(fixture_result("subjects_labels.wiki")).subjects[0].votes[0]
        assert vote.note.startswith("removed by Mallory in revision 41; counted as ")
    assert isinstance(standing.certified, Certification)


def test_every_key_the_votes_job_builds_is_a_message() -> None:
    """Keys made from codes (reasons, stances, why a vote is hidden) exist in English."""
    from bot.core.i18n import catalogs
    from bot.votes.clean import HIDDEN_MESSAGES
    from bot.votes.render import REASONS, STANCES, reason_key

    english = catalogs()["en"]
    built = {reason_key(code) for code in REASONS} | set(HIDDEN_MESSAGES.values()) | {
        f"peerbot-votes-stance-name-{s}" for s in STANCES}
    assert built - set(english) == set()


def test_a_time_in_another_language_is_the_wikis_to_write() -> None:
    """English writes the time as text; another language leaves it to {{#time:}} in that
    language (the format from its message, English's when it has none); qqx keeps
    English's format so MediaWiki shows the month's key."""
    from bot.votes.render import shown_time

    with speaking("en"):
        assert shown_time(WHEN) == "12:00, 1 December 2026"
    with speaking("de"):
        assert shown_time(WHEN) == "{{#time:H:i, j F Y|2026-12-01T12:00:00Z|de}}"
    with speaking("qqx"):
        assert shown_time(WHEN) == "{{#time:H:i, j F Y|2026-12-01T12:00:00Z|qqx}}"
    assert shown_time(None) == ""


def test_names_that_look_alike_in_qqx_and_english() -> None:
    """The look-alike notice: letters and their Unicode names are values, the words around
    them messages."""
    from bot.votes.render import render_lookalikes

    names = {"\u0410lice", "Alice"}  # Cyrillic А
    unicode_names = ("CYRILLIC CAPITAL LETTER A", "LATIN CAPITAL LETTER A")
    with speaking("qqx"):
        text = render_lookalikes(names)
    assert "(peerbot-votes-lookalike-letter: " in html.unescape(text)
    assert words_left(text, (*names, *unicode_names)) == []
    with speaking("en"):
        english = html.unescape(render_lookalikes(names))
    assert "'А' (CYRILLIC CAPITAL LETTER A) for 'A' (LATIN CAPITAL LETTER A)" in english
