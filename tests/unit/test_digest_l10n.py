"""The dialogue digest in the report's language: with ``qqx`` every fixed word is a message
key (no English outside what the participants wrote); in English it reads as before."""

from __future__ import annotations

from dataclasses import replace

from bot.core.i18n import speaking
from bot.core.integrity import AuditRow
from bot.digest.render import edit_summary, render_digest
from bot.digest.summary import Digest
from tests.unit.qqx import english_left
from tests.unit.qqx_words import longest_first, visible, words_left
from tests.unit.test_digest import CONFIG, FACTS, FIXTURE

# Left to the core conversion (another part of issue 24): "revision N" of the shared
# "Pages read" list (bot.core.render.pages_read).
CORE_LEFT = ("revision",)


def consultation() -> Digest:
    """The consultation fixture, as read from the wiki: revisions, and one flagged comment."""
    from bot.digest.job import digest_from_pages

    found = digest_from_pages([("Dialogue", FIXTURE.read_text(encoding="utf-8"))], CONFIG,
                              FACTS)
    flagged = (AuditRow("Dialogue", 12, "Ann", "Ann", "comment", "tampered", 90, "Tina"),)
    # the first participant's first comment opened with a support template (the fixture's
    # comments open with +1 at most)
    first = found.people[0][0]
    people = tuple((user, tuple(replace(c, marker="support") if user == first and i == 0
                                else c for i, c in enumerate(comments)))
                   for user, comments in found.people)
    return replace(found, flagged=flagged, revisions={"Dialogue": 321}, people=people)


def user_values(found: Digest) -> tuple[str, ...]:
    """What the participants and the page put there: names, titles, sections, prefixes,
    affiliations and the unsigned items' text."""
    values = [*found.pages, *found.revisions, "Tina", "Ann", *CORE_LEFT]
    values += [s.title for s in found.sections]
    values += [user for user, _ in found.people]
    values += [c.section for _, comments in found.people for c in comments]
    values += [k for pairs in (found.homes, found.languages, found.affiliations)
               for k, _ in pairs]
    values += [v for p, s, _, t in found.unsigned for v in (p, s, t[:150])]
    return longest_first(tuple(v for v in values if v))


def test_qqx_digest_has_the_keys_and_no_english() -> None:
    found = consultation()
    with speaking("qqx"):
        text = render_digest(found)
        summary = edit_summary(found, CONFIG.summary)
    for key in ("peerbot-digest-intro", "peerbot-digest-col-first-last",
                "peerbot-digest-section-over-time", "peerbot-digest-this-wiki",
                "peerbot-digest-everyone", "peerbot-digest-comment", "peerbot-digest-reply",
                "peerbot-digest-comment-marked", "peerbot-digest-marker-support",
                "peerbot-digest-unsigned", "peerbot-digest-section-flagged"):
        assert f"({key}" in text, key
    assert english_left(visible(text), user_values(found)) == []
    assert words_left(text, user_values(found)) == []
    assert summary == (f"(peerbot-digest-summary: {CONFIG.summary}, {found.comments}, "
                       f"{len(found.people)}, 1)")


def test_english_digest_reads_as_before() -> None:
    found = consultation()
    with speaking("en"):
        text = render_digest(found)
        summary = edit_summary(found, "peerbot: dialogue digest")
    assert text.startswith(f"'''{found.comments}''' signed comments by '''{len(found.people)}"
                           f"''' participants in {len(found.sections)} sections of 1 page. ")
    assert ("! Section !! Comments !! Replies !! Participants !! First – last comment !! "
            "Support !! Oppose !! +1") in text
    assert "=== Home wikis ===" in text and "| this wiki ||" in text
    assert "Every participant and their comments (" in text
    assert " comment (+1)" in text and " reply" in text
    assert "List items with no signature after them (" in text
    assert summary == (f"peerbot: dialogue digest: {found.comments} comments by "
                       f"{len(found.people)} participants, 1 flagged comment")
