"""Request budget of the nominations job on a real wiki: a regression to per-page,
per-revision or per-user requests fails CI.

100 nomination pages with their full history (every entry saved by its signer) are imported
under their own prefix; requests are counted in the server's log (one line per HTTP request),
edits in the wiki's database. The bounds are the issue's: a cold run over N pages holding R
revisions by U users costs at most ceil(N/50) + N + ceil(R/50) + ceil(U/50) + 10 requests;
a warm run with no change at most 5 and no edit; after k pages change, the warm figure plus
the cold bound of those k pages. Histories are walked back for all pages together, so the
cold run must also stay within the walk bound, where the deepest history D replaces the N
listings: a regression to one history listing per page fails it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.dump import BenchData, Page, bench_data
from bench.measure import bot_edits
from bench.run import cold_bound, walk_bound
from bench.seed import seed
from bot.wiki.localwiki import LocalWiki
from tests.integration.conftest import USERS, append, peerbot

pytestmark = pytest.mark.integration

# The job's fixed cost (who am I, recent changes, site messages, template uses, reading and
# saving the report) is about 8 requests, within the formula's + 10.
N = 100
PREFIX = "Request budget/Nominations"
REPORT = "Request budget/Summary"


@pytest.fixture(scope="module")
def budget(wiki: LocalWiki) -> tuple[BenchData, Path]:
    """-> the imported pages and a nominations config that reads only them."""
    data = bench_data(N, users=tuple(USERS), prefix=PREFIX, vote_pages=0)
    seed(wiki, data, accounts=False, templates=False)
    config = wiki.root / "request-budget-nominations.yaml"
    config.write_text(f'page_prefixes: ["{PREFIX}"]\nreport_page: "{REPORT}"\n',
                      encoding="utf-8")
    return data, config


def counted_run(wiki: LocalWiki, config: Path) -> tuple[str, int, int]:
    """-> (stderr, API requests, bot edits) of one `peerbot nominations` run."""
    requests, edits = wiki.count_requests(), bot_edits(wiki)
    done = peerbot(wiki, "nominations", "--config", str(config))
    assert done.code == 0, done.stderr
    return done.stderr, wiki.count_requests() - requests, bot_edits(wiki) - edits


def users_of(pages: tuple[Page, ...] | list[Page]) -> int:
    return len({r.user for p in pages for r in p.revisions} | {p.subject for p in pages})


def test_cold_warm_and_changed_runs_stay_within_budget(
        wiki: LocalWiki, budget: tuple[BenchData, Path]) -> None:
    data, config = budget
    pages = data.nomination_pages
    revisions = data.revisions(pages)

    stderr, cold, edits = counted_run(wiki, config)
    bound = cold_bound(N, revisions, users_of(pages))
    assert f"indexed {revisions} new revisions of {N} pages" in stderr, stderr
    assert cold <= bound, f"cold run: {cold} requests > {bound}\n{stderr}"
    depth = max(len(p.revisions) for p in pages)
    tight = walk_bound(N, revisions, users_of(pages), depth)
    assert cold <= tight, f"cold run: {cold} requests > walk bound {tight}\n{stderr}"
    print(f"cold {cold} requests (bound {bound}, walk bound {tight})")
    assert edits == 1

    stderr, warm, edits = counted_run(wiki, config)
    assert warm <= 5, f"warm run: {warm} requests\n{stderr}"
    print(f"warm {warm} requests")
    assert edits == 0, stderr

    changed = [pages[0], pages[N // 2], pages[-1]]
    for number, page in enumerate(changed):
        signer = next(u for u in USERS[number:] if u != page.subject)
        append(wiki, signer, page.title, "{{Peer academy recommendation|candidate="
               f"{page.subject}|text=Late but keen.}}}} ~~~~")
    stderr, after, edits = counted_run(wiki, config)
    bound = warm + cold_bound(len(changed), sum(len(p.revisions) + 1 for p in changed),
                              users_of(changed) + len(changed))
    assert after <= bound, f"after {len(changed)} changes: {after} requests > {bound}\n{stderr}"
    print(f"after {len(changed)} changes {after} requests (bound {bound})")
    assert f"indexed {len(changed)} new revisions of {len(changed)} pages" in stderr, stderr
    # only the changed pages' texts are read again; the others come from the state store
    assert (f"read {len(changed)} changed or new pages; {N - len(changed)} unchanged since "
            "the last run") in stderr, stderr
    assert edits == 1
