"""What a run read against what the report publishes (``bot.core.coverage``): a table of
cases and verdicts, and the published pair that is not ended by a listing that missed it."""

from __future__ import annotations

import pytest

from bot.core.coverage import Coverage, published_count, read_note, refusal, with_read_note
from bot.match.config import match_config
from bot.match.offers import OFFER, REQUEST, Side, Sides
from bot.match.pairing import Published, match

SHOWN = "{| class=\"wikitable\"\n|}\n<!-- peerbot:read 6 pages listed by page_prefixes -->"
OLD = "Some rows the bot wrote before it recorded its listing."
LISTED = Coverage().with_listed("page_prefixes", 6)


@pytest.mark.parametrize(("coverage", "published", "refused"), [
    (Coverage(), [SHOWN], ""),                                     # nothing listed, nothing named
    (LISTED, [SHOWN], ""),
    (Coverage().with_listed("page_prefixes", 3), [SHOWN], ""),       # half is still fine
    (Coverage().with_listed("page_prefixes", 2), [SHOWN], "fewer than half of the 6"),
    (Coverage().with_listed("page_prefixes", 0), [SHOWN], "listed no pages"),
    (Coverage().with_listed("page_prefixes", 0), [OLD], "listed no pages"),
    (Coverage().with_listed("page_prefixes", 0), [""], ""),         # nothing published yet
    (Coverage().with_listed("page_prefixes", 0),
     ["<!-- peerbot:read 0 pages listed by page_prefixes -->"], ""),  # was empty already
    (Coverage().with_listed("page_prefixes", 1), [OLD], ""),        # no recorded size: not half
    (Coverage(allow_shrink=True).with_listed("page_prefixes", 0), [SHOWN], ""),
    (Coverage().with_missing("pages", ["Talk:Nope"]), [""], "1 page named in pages does not"),
    (Coverage(allow_shrink=True).with_missing("pages", ["A", "B"]), [SHOWN],
     "2 pages named in pages do not exist: A, B"),
    (LISTED.with_unaccounted(["the pair A and M"]), [SHOWN], "1 item this run did not read"),
    (Coverage(allow_shrink=True).with_unaccounted(["the pair A and M"]), [SHOWN], ""),
])
def test_refusal(coverage: Coverage, published: list[str], refused: str) -> None:
    why = refusal(coverage, published)
    assert (refused in why and why) if refused else why == ""
    if why and coverage.listed:
        assert "page_prefixes" in why and "--allow-shrink" in why  # names the key and the way out


def test_read_note_round_trip() -> None:
    assert read_note(Coverage()) == "" and with_read_note("x\n", Coverage()) == "x\n"
    content = with_read_note("table", Coverage().with_listed("page_prefixes", 1))
    assert content == "table\n<!-- peerbot:read 1 page listed by page_prefixes -->"
    assert published_count([content]) == 1 and published_count([OLD]) is None


def test_a_pair_whose_side_was_not_read_is_unread_not_gone() -> None:
    es = ("es",)
    sides = Sides((Side(OFFER, "A", es, (), page="Round/1"),),
                  (Side(REQUEST, "M", es, (), page="Round/1"),), ())
    published = [Published("A", "M", "2026-11-01", True, "Round/1", "Round/1"),
                 Published("B", "N", "2026-11-02", True, "Round/2", "Round/2"),
                 Published("C", "O", "2026-11-03", True, "Round/3", "Round/3")]
    result = match(sides, match_config({}), "seed", published, "2026-12-02",
                   accounted={"Round/1", "Round/3"})
    assert [(p.mentor, p.mentee) for p in result.pairs] == [("A", "M")]
    assert [p.mentor for p in result.unread] == ["B"]
    reasons = {e.mentor: e.reason for e in result.ended}
    assert reasons == {"B": "the page of the mentor's offer, Round/2, was not read this run",
                       "C": "the mentor's offer is gone"}  # its page was read: removed
