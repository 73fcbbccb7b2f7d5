"""A vote page at the size of a contested RfA: 400 votes and about 1,500 revisions.

Usage: python -m bench.bigvote [--votes 400] [--replies 1100] [--output bench/BIGVOTE.md]

Seeds a fresh local wiki (as bench/run.py does: an XML import, every revision saved by its
author with a real signature) with one vote page whose every vote and every reply is its
own revision, then runs `peerbot votes` cold and again after 10 new votes saved through the
API, counting API requests, time and peak memory. The floor is what the API allows for
reading that history with its texts: one request per 500 revisions (``apihighlimits``),
and no answer over $wgAPIMaxResultSize (8 MiB by default, as on Wikimedia wikis), so at
least total text / 8 MiB requests, plus the session check, recent changes, the page's text,
the site facts and the report's read and save.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path

from bench.dump import (
    SUBJECTS,
    BenchData,
    Page,
    Revision,
    _Clock,
    _vote_text,
    signature,
    user_names,
)
from bench.measure import JobRun, bench_wiki, run_job, run_table
from bench.seed import seed

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Peer academy/Votes/Bench/Contested vote"
REPORT = "Peer academy/Votes/Bench/Contested vote/Results"
API_RESULT_CAP = 8 * 1024 * 1024
STANCES = ("{{support}}", "{{support}}", "{{oppose}}", "{{neutral}}")


def contested_page(votes: int, replies: int, users: tuple[str, ...], seed_: int = 11) -> Page:
    """-> one vote page: ``votes`` votes in four subject sections, ``replies`` indented
    replies spread over them, each saved as its own revision by its author."""
    rng = random.Random(seed_)
    clock = _Clock()
    head = "A contested vote: vote under each word."
    sections: dict[str, list[str]] = {s: [] for s in SUBJECTS}
    revisions = [Revision(users[0], clock.tick(), _vote_text(head, sections))]
    voters = {s: rng.sample(users, votes // len(SUBJECTS) + 1) for s in SUBJECTS}
    for number in range(votes):
        subject = SUBJECTS[number % len(SUBJECTS)]
        user = voters[subject][number // len(SUBJECTS)]
        when = clock.tick()
        sections[subject].append(f"# {STANCES[number % len(STANCES)]} Reason number "
                                 f"{number}. {signature(user, when)}")
        revisions.append(Revision(user, when, _vote_text(head, sections)))
        for _ in range(replies * (number + 1) // votes - replies * number // votes):
            who, when = rng.choice(users), clock.tick()
            sections[subject].append(f"#: A reply to vote {number}. {signature(who, when)}")
            revisions.append(Revision(who, when, _vote_text(head, sections)))
    return Page(TITLE, tuple(revisions))


def floor(page: Page) -> int:
    """-> the fewest requests a cold run can make: session check, recent changes (with the
    site facts), the page's text, its history with texts, the report's read and save."""
    history_bytes = sum(len(r.text.encode("utf-8")) for r in page.revisions)
    history = max(math.ceil(len(page.revisions) / 500), math.ceil(history_bytes / API_RESULT_CAP))
    return 5 + history


def add_votes(wiki, users: tuple[str, ...], count: int) -> None:
    """Save ``count`` new votes, each by its voter, through the API."""
    for user in users[-count:]:
        site = wiki.client(user)
        site.post("edit", title=TITLE, appendtext="\n# {{support}} Late but sure. ~~~~",
                  summary="vote", token=site.get_token("csrf"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bigvote", description=__doc__)
    parser.add_argument("--votes", type=int, default=400)
    parser.add_argument("--replies", type=int, default=1100)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "BIGVOTE.md")
    args = parser.parse_args(argv)
    users = user_names(max(120, args.votes // 2))
    page = contested_page(args.votes, args.replies, users)
    history_mb = sum(len(r.text.encode("utf-8")) for r in page.revisions) / 2**20
    print(f"{len(page.revisions)} revisions, {history_mb:.0f} MiB of history text",
          file=sys.stderr, flush=True)
    with bench_wiki(None) as wiki:
        seed(wiki, BenchData(len(page.revisions), users, (), (page,)))
        state = wiki.root / "bench-state"
        job = ("votes", TITLE, "--report-page", REPORT)
        cold = run_job(wiki, state, "cold", *job)
        add_votes(wiki, users, 10)
        after = run_job(wiki, state, "after 10 votes", *job)
    text = render(page, history_mb, cold, after, args)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0 if cold.code == 0 and after.code == 0 else 1


def render(page: Page, history_mb: float, cold: JobRun, after: JobRun,
           args: argparse.Namespace) -> str:
    """-> the results as Markdown."""
    return "\n".join([
        "# A vote page at the size of a contested RfA",
        "",
        (f"Generated by `python -m bench.bigvote --votes {args.votes} --replies "
        f"{args.replies}`; do not edit by hand. One vote page: {args.votes} votes and "
        f"{args.replies} replies, {len(page.revisions)} revisions, {history_mb:.0f} MiB of "
        f"history text (every revision's full text), final page "
        f"{len(page.revisions[-1].text.encode('utf-8')) / 1024:.0f} KiB."),
        "",
        *run_table([cold, after]),
        "",
        (f"Floor of a cold run: {floor(page)} requests (5 + the history: one request per 500 "
        f"revisions, and no answer over the API's 8 MiB result limit, so at least "
        f"{history_mb:.0f} MiB / 8 MiB). A run after 10 new votes reads 10 new revisions."),
        "",
    ])


if __name__ == "__main__":
    sys.exit(main())
