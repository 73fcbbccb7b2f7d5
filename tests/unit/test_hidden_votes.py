"""Votes readers cannot see: after an unclosed comment, in a display:none block."""

from __future__ import annotations

import pytest

from bot.core.model import SiteFacts
from bot.votes.clean import unclosed_comment
from bot.votes.config import default_vote_config
from bot.votes.page import parse_votes

FACTS = SiteFacts()


def sig(user: str) -> str:
    return f"[[User:{user}|{user}]] 10:00, 1 May 2026 (UTC)"


@pytest.mark.parametrize("text, at", [
    ("a <!-- b --> c", None),
    ("a <!-- b", 2),
    ("a <!-- b --> c <!-- d", 15),
    ("<!-- a <!-- b --> c", None),  # the first closer ends the comment, as in MediaWiki
    ("a --> b <!--", 8),
])
def test_an_unclosed_comment_is_found(text: str, at: int | None) -> None:
    assert unclosed_comment(text) == at


@pytest.mark.parametrize("hider, why", [
    ("<!-- what follows is hidden\n", "an unclosed <!-- hides it"),
    ('<div style="display: none">\n', "a display:none block hides it"),
])
def test_votes_readers_cannot_see_are_listed_not_counted(hider: str, why: str) -> None:
    closer = "</div>\n" if "div" in hider else ""
    text = (f"== Mentors ==\n# {{{{support}}}} {sig('Alice')}\n{hider}"
            f"# {{{{support}}}} {sig('Bob')}\n# {{{{oppose}}}} ~~~~\n{closer}"
            "== Guides ==\n" f"# {{{{support}}}} {sig('Carol')}\n")
    page = parse_votes(text, FACTS, default_vote_config(), "Vote")
    counted = [v.user for v in page.votes]
    hidden = [(e.user, e.line, e.reason) for e in page.excluded]
    if "div" in hider:
        assert counted == ["Alice", "Carol"]  # the block ends; what follows is seen
    else:
        assert counted == ["Alice"]  # the comment runs to the end of the page
    assert ("Bob", 4, f"hidden: {why}") in hidden
    assert (None, 5, f"hidden: {why}") in hidden  # a ~~~~ MediaWiki never expanded
    assert all(reason.startswith("hidden") for _u, _l, reason in hidden)


def test_a_page_with_nothing_hidden_is_read_once() -> None:
    text = f"== Mentors ==\n# {{{{support}}}} {sig('Alice')} <!-- a note -->\n"
    page = parse_votes(text, FACTS, default_vote_config(), "Vote")
    assert [v.user for v in page.votes] == ["Alice"] and not page.excluded
