"""peerbot's comment reader against MediaWiki's own (DiscussionTools), on real pages.

For each page of tests/conformance/ (see README.md), data-driven from index.json: every
comment DiscussionTools finds is found on the same line with the same author and minute
(at least 99% per page), no comment is given to a wrong author, and every comment found
that DiscussionTools does not list is one of the disagreements written down below, each
with the reason MediaWiki's answer is not the one a bot counting comments wants.
"""

from __future__ import annotations

import pytest

from tests.conformance.cases import cases, compare, run_case

FOUND_AT_LEAST = 0.99

# Where DiscussionTools' answer differs from what a bot that counts comments needs:
# {case: {line: reason}}. Extra comments on these lines are expected; any other fails.
OLD_FORMAT = ("a real signature in the date format frwiki used in 2004-2005 (short month "
              "names, '21:37-22:40'); DiscussionTools builds its timestamp pattern from "
              "today's format only, so it sees no comment, but the person did sign and "
              "took part")
NESTED_TERM = ("a ';' line after a '::' reply: Parsoid nests the term into the reply's list "
               "item and DiscussionTools folds it (and the line after it) into that reply; "
               "each line carries its own signature and timestamp, so each is a comment")
DOCUMENTED_EXTRA: dict[str, dict[int, str]] = {
    "fr-unsigned-parsoid": dict.fromkeys((38, 62, 64, 66, 86, 88, 90, 91, 92, 93, 100, 102,
                                          110), OLD_FORMAT),
    "dt-tags-parsoid": dict.fromkeys((11, 12), NESTED_TERM),
}

# Expected comments the line-based reader cannot give: {case: {line: reason}}.
DOCUMENTED_MISSED: dict[str, dict[int, str]] = {
    "it-unsigned-parsoid": {
        104: "one wikitext line holds a {{Cambusa}} box (a discussion moved here) with two "
             "comments of the same IP; the template renders them as two paragraphs, a "
             "line-based reader takes the second signature by the same user as a postscript "
             "of the first"},
}

# Undated signatures (a user link with the user's own talk or contributions link and no
# timestamp, or an unsigned note without a date) are comments for peerbot, listed without
# a time; DiscussionTools needs a timestamp. They are counted apart, not as extra.

CASES = cases()


@pytest.fixture(scope="module", params=CASES, ids=[c["case"] for c in CASES])
def outcome(request):
    return request.param, run_case(request.param)


def test_every_expected_comment_is_found(outcome):
    case, out = outcome
    assert out.expected == case["comments"]
    assert out.share >= FOUND_AT_LEAST, (out.found, out.expected, out.missed)
    missed = {line for line, _u, _m in out.missed}
    assert missed <= set(DOCUMENTED_MISSED.get(out.case, {})), out.missed


def test_no_comment_goes_to_a_wrong_author(outcome):
    _case, out = outcome
    assert out.wrong == ()


def test_nothing_else_is_read_as_a_dated_comment(outcome):
    _case, out = outcome
    dated = {line for line, _u, minute in out.extra if minute != "-"}
    assert dated == set(DOCUMENTED_EXTRA.get(out.case, {})), sorted(out.extra)


def test_undated_signatures_are_signatures(outcome):
    """Each undated comment's line ends with the user's link and their own talk or
    contributions link, or holds an unsigned note naming them: never a lone mention."""
    from tests.conformance.cases import HERE, site_facts

    case, out = outcome
    lines = (HERE / f"{out.case}.wikitext").read_text(encoding="utf-8").split("\n")
    facts = site_facts(case["wiki"])
    from bot.core.comments import undated_signature
    from bot.core.signatures import user_links

    for line, user, minute in out.extra:
        if minute == "-":
            text = lines[line - 1]
            found = undated_signature(text, facts)
            assert found is not None and found.user == user
            own = [u for _s, _e, u in user_links(text, facts) if u == user]
            assert len(own) >= 2 or "{{" in text[found.start:], text


def test_the_comparison_tells_each_kind_of_difference():
    want = [(3, "Ann", "2020-01-01T10:00"), (5, "Bo", "2020-01-01T11:00"),
            (7, "Cy", "2020-01-01T12:00")]
    got = [(3, "Ann", "2020-01-01T10:00"), (5, "Di", "2020-01-01T11:00"),
           (9, "Ed", "2020-01-01T13:00")]
    out = compare("x", got, want)
    assert (out.expected, out.found) == (3, 1)
    assert out.wrong == ((5, "Bo", "Di"),)
    assert out.missed == ((7, "Cy", "2020-01-01T12:00"),)
    assert (9, "Ed", "2020-01-01T13:00") in out.extra
