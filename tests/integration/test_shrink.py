"""A run never makes a published report lose what it cannot account for: a named page that
does not exist, a listing that comes back empty or under half the published one, and a
mentoring pair whose offer's page was not read leave the report page byte-identical (no edit
at all) and exit 1 with one line naming the config key; ``--allow-shrink`` accepts a shorter
listing on purpose; a pair whose request was really removed still ends."""

from __future__ import annotations

import html

import pytest

from tests.integration.conftest import append, page_text, peerbot, put

ROOT = "Peer academy/Shrink"
VOTE, VOTES_REPORT = f"{ROOT}/Vote", f"{ROOT}/Vote results"
TALK, DIGEST = f"{ROOT}/Consultation", f"{ROOT}/Consultation digest"
NOMS, NOMS_REPORT = f"{ROOT}/Nominations/", f"{ROOT}/Nominations summary"
ROUND, PAIRS = f"{ROOT}/Mentoring/", f"{ROOT}/Pairs"


def nom(nominee: str) -> str:
    return (f"{{{{Peer academy nomination|nominee={nominee}|group=WM Test|region=Europe"
            "|track=mentor}} ~~~~")


def refused_lines(run) -> list[str]:
    return [line for line in run.stderr.splitlines() if ": refused: not saved:" in line]


def unchanged(wiki, title: str, before: tuple[int, str], run, key: str) -> None:
    """The run exits 1 with one refusal line naming ``key``; the page has no new revision."""
    assert run.code == 1, run.stderr
    (line,) = refused_lines(run)
    assert line.startswith(f"peerbot: {title}: refused: not saved:") and key in line, line
    assert "Traceback" not in run.stderr
    assert page_text(wiki, title) == before


@pytest.fixture(scope="module")
def published(wiki):
    """-> the wiki with a vote, a consultation, three nomination pages and two mentoring
    rounds, each with its report published by a first run."""
    put(wiki, "Zoe", VOTE, "Pick a word.\n\n== Guides ==\n")
    append(wiki, "Alice", VOTE, "# {{support}} ~~~~")
    append(wiki, "Bob", VOTE, "# {{oppose}} ~~~~")
    put(wiki, "Zoe", TALK, "Share your ideas.\n\n== Idea ==\nSelect by mentoring.")
    append(wiki, "Alice", TALK, "* {{support}} Mentoring matters. ~~~~")
    for n, nominee in enumerate(["Bob", "Carol", "Dave"]):
        append(wiki, "Alice", f"{NOMS}{n}", nom(nominee))
    append(wiki, "Alice", f"{ROUND}A", "* {{Peer academy mentor offer|languages=es}} ~~~~")
    append(wiki, "Dave", f"{ROUND}A", "* {{Peer academy mentee request|languages=es}} ~~~~")
    append(wiki, "Bob", f"{ROUND}B", "* {{Peer academy mentor offer|languages=fr}} ~~~~")
    append(wiki, "Erin", f"{ROUND}B", "* {{Peer academy mentee request|languages=fr}} ~~~~")
    for args in (["votes", VOTE, "--report-page", VOTES_REPORT],
                 ["digest", TALK, "--report-page", DIGEST],
                 ["nominations", "--config", str(config(wiki, "noms", NOMS, NOMS_REPORT))],
                 ["match", "--config", str(config(wiki, "match", ROUND, PAIRS))]):
        run = peerbot(wiki, *args)
        assert run.code == 0 and ": created" in run.stderr, run.stderr
    assert page_text(wiki, PAIRS)[1].count('class="peerbot-pair"') == 2
    return wiki


def config(wiki, name: str, prefix: str, report: str, extra: str = ""):
    path = wiki.root / f"shrink-{name}.yaml"
    path.write_text(f'page_prefixes: ["{prefix}"]\nreport_page: "{report}"\n{extra}',
                    encoding="utf-8")
    return path


def test_a_vote_page_that_does_not_exist_leaves_the_results_untouched(published):
    before = page_text(published, VOTES_REPORT)
    run = peerbot(published, "votes", VOTE[:-1], "--report-page", VOTES_REPORT)  # a typo
    unchanged(published, VOTES_REPORT, before, run, "the command line")
    assert f"does not exist: {VOTE[:-1]}" in refused_lines(run)[0]
    # one good page and one typo: still refused, the good one alone is not published
    both = peerbot(published, "votes", VOTE, VOTE + "s", "--report-page", VOTES_REPORT)
    unchanged(published, VOTES_REPORT, before, both, "the command line")
    # a typo in the config's pages names the key; --allow-shrink does not accept it
    path = published.root / "shrink-votes.yaml"
    path.write_text(f'pages: ["{VOTE}x"]\nreport_page: "{VOTES_REPORT}"\n', encoding="utf-8")
    named = peerbot(published, "votes", "--config", str(path), "--allow-shrink")
    unchanged(published, VOTES_REPORT, before, named, "named in pages")


def test_a_digest_of_a_page_that_does_not_exist_leaves_the_digest_untouched(published):
    before = page_text(published, DIGEST)
    run = peerbot(published, "digest", "Talk:Nope", "--report-page", DIGEST)
    unchanged(published, DIGEST, before, run, "the command line")
    assert "Talk:Nope" in refused_lines(run)[0]


def test_a_wrong_prefix_or_a_shorter_listing_is_refused_unless_allowed(published):
    before = page_text(published, NOMS_REPORT)
    assert "<!-- peerbot:read 3 pages listed by page_prefixes -->" in before[1]
    wrong = config(published, "noms-wrong", f"{ROOT}/Nominatoins/", NOMS_REPORT)
    run = peerbot(published, "nominations", "--config", str(wrong))
    unchanged(published, NOMS_REPORT, before, run, "page_prefixes")
    assert "listed no pages" in run.stderr and "--allow-shrink" in run.stderr
    # one page of the three is fewer than half
    one = config(published, "noms-one", f"{NOMS}0", NOMS_REPORT)
    short = peerbot(published, "nominations", "--config", str(one))
    unchanged(published, NOMS_REPORT, before, short, "page_prefixes")
    assert "listed 1 page, fewer than half of the 3" in short.stderr
    # on purpose: the shorter report is published
    allowed = peerbot(published, "nominations", "--config", str(one), "--allow-shrink")
    assert allowed.code == 0 and f"{NOMS_REPORT}: edited" in allowed.stderr, allowed.stderr
    rev, text = page_text(published, NOMS_REPORT)
    assert rev > before[0] and "Carol" not in text and "listed by page_prefixes" in text
    # and the full listing is back without fuss (more pages is never refused)
    full = peerbot(published, "nominations", "--config",
                   str(config(published, "noms", NOMS, NOMS_REPORT)))
    assert full.code == 0 and "Carol" in page_text(published, NOMS_REPORT)[1], full.stderr


def test_pairs_end_only_when_their_side_is_really_gone(published):
    before = page_text(published, PAIRS)
    wrong = config(published, "match-wrong", f"{ROOT}/Mentorship/", PAIRS)
    run = peerbot(published, "match", "--config", str(wrong))
    unchanged(published, PAIRS, before, run, "page_prefixes")
    # half the listing (round A only): round B's pair is not ended for being unread
    only_a = config(published, "match-a", f"{ROUND}A", PAIRS)
    half = peerbot(published, "match", "--config", str(only_a))
    unchanged(published, PAIRS, before, half, "page_prefixes")
    assert "the pair Bob and Erin" in refused_lines(half)[0]
    # Erin really removes her request: that pair ends, the other stays
    _, text = page_text(published, f"{ROUND}B")
    put(published, "Erin", f"{ROUND}B",
        "\n".join(line for line in text.splitlines() if "mentee request" not in line))
    gone = peerbot(published, "match", "--config", str(config(published, "match", ROUND, PAIRS)))
    assert gone.code == 0 and f"{PAIRS}: edited" in gone.stderr, gone.stderr
    _, pairs = page_text(published, PAIRS)
    assert pairs.count('class="peerbot-pair"') == 1 and 'data-mentee="Dave"' in pairs
    assert "the mentee's request is gone" in html.unescape(pairs)
