"""`make bench`: API requests, time, edits and memory of the jobs at N = 100, 1,000, 5,000.

For each size a fresh local wiki is seeded from a generated XML export (N nomination pages,
max(2, N/50) vote pages of 100 votes, every entry saved by its signer), then each job runs
as its own process: cold (empty state), warm (no change), and after k pages changed (edited
by ordinary users through the API). The naive baseline reads the same data one item per
request. Requests are counted at the HTTP layer (the php -S log). Writes bench/RESULTS.md.

Usage: python -m bench.run [--sizes 100,1000,5000] [--changes 10] [--output PATH]
       [--naive-max N] [--keep]
"""

from __future__ import annotations

import argparse
import math
import platform
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bench.dump import NOMINATION_PREFIX, BenchData, Page, bench_data
from bench.measure import JobRun, bench_wiki, page_size, run_job
from bench.naive import NaiveRun, naive_read
from bench.seed import ROOT, SeedTimes, seed
from bench.throughput import Throughput, all_throughputs
from bot.wiki.localwiki import LocalWiki

NOMINATIONS_REPORT = "Peer academy/Bench/Nominations summary"
VOTES_REPORT = "Peer academy/Bench/Vote results"
WARM_MAX = 5
RATIO_MIN = 20
RATIO_AT = 1000
AFTER_K_GROWTH = 2


def cold_bound(pages: int, revisions: int, users: int) -> int:
    """N pages holding R revisions by U users -> the issue's ceiling for a cold run:
    ceil(N/50) + N + ceil(R/50) + ceil(U/50) + 10."""
    return (math.ceil(pages / 50) + pages + math.ceil(revisions / 50)
            + math.ceil(users / 50) + 10)


def walk_bound(pages: int, revisions: int, users: int, depth: int) -> int:
    """The same with the deepest history D in place of one listing per page:
    ceil(N/50) + min(N, D) + ceil(R/50) + ceil(U/50) + 10. Walking all histories back
    together costs at most one request per 50 open pages a round, so D + R/50 with the
    texts; listing every page instead costs N (under 500 revisions each)."""
    return (math.ceil(pages / 50) + min(pages, depth) + math.ceil(revisions / 50)
            + math.ceil(users / 50) + 10)


@dataclass
class JobResult:
    """One job at one size: its data, runs, baseline and bounds."""

    job: str
    pages: int
    revisions: int
    users: int
    depth: int
    cold: JobRun | None = None
    warm: JobRun | None = None
    after: JobRun | None = None
    after_bound: int = 0
    changed: int = 0
    naive: NaiveRun | None = None
    naive_requests: int = 0
    naive_measured: bool = True
    report_bytes: int = 0

    @property
    def bound(self) -> int:
        return cold_bound(self.pages, self.revisions, self.users)

    @property
    def tight(self) -> int:
        return walk_bound(self.pages, self.revisions, self.users, self.depth)

    @property
    def ratio(self) -> float:
        return self.naive_requests / self.cold.requests if self.cold and self.cold.requests else 0

    def checks(self, size: int) -> dict[str, bool | None]:
        """-> {target: passed} for this job (None: not measured at this size)."""
        assert self.cold and self.warm and self.after
        return {
            "saved": all(run.code == 0 for run in (self.cold, self.warm, self.after)),
            "cold": self.cold.requests <= self.bound,
            "walk": self.cold.requests <= self.tight,
            "warm": self.warm.requests <= WARM_MAX and self.warm.edits == 0,
            "after-k": self.after.requests <= self.after_bound,
            f"{RATIO_MIN}x": self.ratio >= RATIO_MIN if size == RATIO_AT else None,
        }


@dataclass
class SizeResult:
    """Everything measured at one size."""

    size: int
    seed: SeedTimes
    jobs: list[JobResult] = field(default_factory=list)
    seconds: float = 0.0


def write_configs(wiki: LocalWiki) -> Path:
    """-> the nominations config of the benchmark (its own prefix and report page)."""
    path = wiki.root / "bench-nominations.yaml"
    path.write_text(f'page_prefixes: ["{NOMINATION_PREFIX}"]\n'
                    f'report_page: "{NOMINATIONS_REPORT}"\n', encoding="utf-8")
    return path


def change_pages(wiki: LocalWiki, data: BenchData, k: int) -> tuple[list[Page], list[Page]]:
    """Edit k nomination pages and up to k vote pages as ordinary users through the API
    (mwclient): each gets one more signed entry -> (nomination pages, vote pages) changed."""
    def spread(pages: tuple[Page, ...], count: int) -> list[Page]:
        count = min(count, len(pages))
        return [pages[i * len(pages) // count] for i in range(count)] if count else []

    def editor(page: Page, offset: int) -> str:
        text = page.revisions[-1].text
        for step in range(len(data.users)):
            user = data.users[(offset + step * 7) % len(data.users)]
            if user != page.subject and f"[[User:{user}|" not in text:
                return user
        return data.users[offset % len(data.users)]

    nominations, votes = spread(data.nomination_pages, k), spread(data.vote_pages, k)
    for number, page in enumerate(nominations):
        site = wiki.client(editor(page, number))
        site.post("edit", title=page.title, summary="bench: one more recommendation",
                  appendtext=f"\n\n{{{{Peer academy recommendation|candidate={page.subject}"
                             f"|relationship=colleague|text=Late but keen.}}}} ~~~~",
                  token=site.get_token("csrf"))
    for number, page in enumerate(votes):
        site = wiki.client(editor(page, 3 + number))
        site.post("edit", title=page.title, summary="bench: one more vote",
                  appendtext="\n# {{support}} ~~~~", token=site.get_token("csrf"))
    return nominations, votes


def bench_size(size: int, changes: int, naive_max: int, keep: bool,
               minthrottle: float | None = None) -> SizeResult:
    """Size N -> SizeResult, on a fresh local wiki seeded for it."""
    started = time.monotonic()
    data = bench_data(size)
    say(f"N={size}: {len(data.nomination_pages)} nomination pages "
        f"({data.revisions(data.nomination_pages)} revisions), {len(data.vote_pages)} vote "
        f"pages ({data.revisions(data.vote_pages)} revisions), {len(data.users)} users")
    with bench_wiki(None if not keep else Path(f"/tmp/peerbot-bench-{size}")) as wiki:
        times = seed(wiki, data)
        if minthrottle is not None:
            with (wiki.pywikibot_dir / "user-config.py").open("a", encoding="utf-8") as handle:
                handle.write(f"minthrottle = {minthrottle}\n")
        result = SizeResult(size, times)
        state = wiki.root / "bench-state"
        config = write_configs(wiki)
        vote_titles = [p.title for p in data.vote_pages]
        nominations_args = ("nominations", "--config", str(config))
        votes_args = ("votes", *vote_titles, "--report-page", VOTES_REPORT)

        def users_of(pages: tuple[Page, ...] | list[Page]) -> int:
            return len({r.user for p in pages for r in p.revisions}
                       | {p.subject for p in pages if p.subject})

        def depth(pages: tuple[Page, ...]) -> int:
            return max((len(p.revisions) for p in pages), default=0)

        noms = JobResult("nominations", len(data.nomination_pages),
                         data.revisions(data.nomination_pages), users_of(data.nomination_pages),
                         depth(data.nomination_pages))
        votes = JobResult("votes", len(data.vote_pages), data.revisions(data.vote_pages),
                          users_of(data.vote_pages), depth(data.vote_pages))
        result.jobs = [noms, votes]

        noms.cold = timed_job(wiki, state, "nominations cold", nominations_args)
        votes.cold = timed_job(wiki, state, "votes cold", votes_args)
        noms.warm = timed_job(wiki, state, "nominations warm", nominations_args)
        votes.warm = timed_job(wiki, state, "votes warm", votes_args)

        changed_noms, changed_votes = change_pages(wiki, data, changes)
        say(f"N={size}: changed {len(changed_noms)} nomination and {len(changed_votes)} vote "
            "pages")
        noms.after = timed_job(wiki, state, "nominations after-k", nominations_args)
        votes.after = timed_job(wiki, state, "votes after-k", votes_args)
        noms.report_bytes = page_size(wiki, NOMINATIONS_REPORT)
        votes.report_bytes = page_size(wiki, VOTES_REPORT)
        for job, changed in ((noms, changed_noms), (votes, changed_votes)):
            job.changed = len(changed)
            assert job.warm is not None
            # The changed pages now hold one more revision each, by one more user.
            job.after_bound = job.warm.requests + cold_bound(
                len(changed), sum(len(p.revisions) + 1 for p in changed),
                users_of(changed) + len(changed))

        for job, titles, users, listing in (
                (noms, [p.title for p in data.nomination_pages],
                 {p.subject for p in data.nomination_pages},
                 ("Peer academy nomination", NOMINATION_PREFIX)),
                (votes, vote_titles, set(), None)):
            if size <= naive_max:
                before = wiki.count_requests()
                job.naive = naive_read(wiki, titles, users, listing=listing)
                job.naive_requests = wiki.count_requests() - before
                say(f"N={size}: naive {job.job}: {job.naive_requests} requests in "
                    f"{job.naive.seconds:.1f} s")
            else:
                # Same reads, counted instead of sent: one listing per 500, then one
                # request per page text, page history, revision text and user.
                job.naive_measured = False
                job.naive_requests = ((math.ceil(job.pages / 500) if listing else 0)
                                      + 2 * job.pages + job.revisions + job.users
                                      + job.changed)
    result.seconds = time.monotonic() - started
    return result


def timed_job(wiki: LocalWiki, state: Path, label: str, args: tuple[str, ...]) -> JobRun:
    """-> the JobRun of one peerbot command, reported on stderr."""
    run = run_job(wiki, state, label, *args)
    say(f"  {label}: {run.requests} requests, {run.seconds:.1f} s, {run.edits} edits, "
        f"{run.peak_mib:.0f} MiB" + (f", exit {run.code}" if run.code else ""))
    if run.code:
        say("    " + "\n    ".join(run.stderr.strip().splitlines()[-3:]))
    return run


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def linear(results: list[SizeResult], job: str, value: str) -> tuple[bool | None, str]:
    """Cold figures at three sizes or more -> (largest within 1.5x of the straight line
    through the two smallest, explanation)."""
    points = []
    for result in results:
        for item in result.jobs:
            if item.job == job and item.cold:
                points.append((item.pages,
                               item.cold.seconds if value == "time" else item.cold.peak_mib))
    if len(points) < 3:
        return None, "needs three sizes"
    (n1, v1), (n2, v2), (n3, v3) = points[0], points[1], points[-1]
    predicted = v1 + (v2 - v1) * (n3 - n1) / (n2 - n1)
    unit = "s" if value == "time" else "MiB"
    return v3 <= 1.5 * predicted, (f"{v3:.1f} {unit} at {n3} pages, line through "
                                   f"{n1}/{n2} predicts {predicted:.1f}")


def after_k_flat(results: list[SizeResult], job: str) -> tuple[bool | None, str]:
    """After-k times at two sizes or more -> (the largest within AFTER_K_GROWTH times the
    smallest, explanation): a run after k changes costs what the k changes cost."""
    points = [(item.pages, item.after.seconds) for result in results for item in result.jobs
              if item.job == job and item.after]
    if len(points) < 2:
        return None, "needs two sizes"
    (n1, t1), (n2, t2) = points[0], points[-1]
    runs = [item.after for result in results for item in result.jobs
            if item.job == job and item.after]
    small, large = runs[0], runs[-1]
    return t2 <= AFTER_K_GROWTH * t1, (
        f"{t2:.1f} s at {n2} pages (CPU {large.cpu:.1f} s; the wiki saving the report "
        f"{large.save_seconds:.1f} s), {t1:.1f} s at {n1} (CPU {small.cpu:.1f} s; saving "
        f"{small.save_seconds:.1f} s)")


def mark(ok: bool | None) -> str:
    return "n/a" if ok is None else ("pass" if ok else "**FAIL**")


def render(results: list[SizeResult], throughputs: list[Throughput], command: str,
           seconds: float) -> str:
    """Measurements -> the markdown of bench/RESULTS.md."""
    mediawiki = _mediawiki_version()
    lines = [
        "# Benchmark results",
        "",
        (f"Generated by `{command}` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC in "
        f"{seconds / 60:.1f} minutes ("
        f"{_cpus()} CPUs, Python {platform.python_version()}, MediaWiki {mediawiki}, SQLite, "
        "`php -S` with 2 workers). Do not edit by hand; see [README.md](README.md)."),
        "",
        ("Each size is a fresh local wiki: N nomination pages (a nomination, sometimes a "
        "second one, 3-9 recommendations and sometimes a reply, each saved by its signer) "
        "and max(2, N/50) vote pages of 100 votes (each vote saved by its voter). The bot "
        "account has `apihighlimits` (500 titles or revisions a request). Requests are "
        "HTTP requests to api.php counted in the server log, login and saving included. "
        "Time is wall time of the job's process (pywikibot's pause between reads, 0.1 s by "
        "default, included); CPU the job process's user + system seconds; save the seconds "
        "the wiki took to answer the report's save (MediaWiki parses the whole page it "
        "saves, so this grows with the report's size); memory its peak RSS. Report size: the report page after the runs "
        "(MediaWiki's default limit of 2,048 KiB, also Wikimedia's, as on the bench wiki; a "
        "report that would not fit is saved with an audit of the excluded entries only)."),
        "",
        ("The bound is the issue's, with one history listing per page. Histories are "
        "walked back for all pages together (by revision id, texts included), so the "
        "*walk bound* puts the deepest history D in place of those N listings: "
        "ceil(N/50) + min(N, D) + ceil(R/50) + ceil(U/50) + 10."),
        "",
        ("| N | job | pages | revisions | D | users | cold requests | bound | walk bound | "
        "cold time | "
        "cold memory | warm requests | warm time | warm edits | k | after-k requests | "
        "bound | after-k time | after-k CPU | after-k save | after-k memory | naive requests | naive / cold | report size | "
        "targets |"),
        ("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:"
        "|---:|---:|---:|---:|---:|---:|---:|---|"),
    ]
    for result in results:
        for job in result.jobs:
            assert job.cold and job.warm and job.after
            checks = job.checks(result.size)
            targets = ", ".join(f"{name} {mark(ok)}" for name, ok in checks.items()
                                if ok is not None)
            naive = f"{job.naive_requests:,}" + ("" if job.naive_measured else " (counted)")
            lines.append(
                f"| {result.size:,} | {job.job} | {job.pages:,} | {job.revisions:,} | "
                f"{job.depth} | {job.users:,} | {job.cold.requests:,} | {job.bound:,} | "
                f"{job.tight:,} | "
                f"{job.cold.seconds:.1f} s | {job.cold.peak_mib:.0f} MiB | "
                f"{job.warm.requests} | {job.warm.seconds:.1f} s | {job.warm.edits} | "
                f"{job.changed} | {job.after.requests} | {job.after_bound} | "
                f"{job.after.seconds:.1f} s | {job.after.cpu:.1f} s | "
                f"{job.after.save_seconds:.1f} s | {job.after.peak_mib:.0f} MiB | {naive} | "
                f"{job.ratio:.1f}x | {job.report_bytes / 1024:,.0f} KiB"
                + (" (shorter audit)" if "saving the shorter one" in job.cold.stderr else "")
                + f" | {targets} |")
    lines += ["", ("Seeding (accounts in one PHP process, templates by `peerbot "
              "install-templates`, `importDump.php --no-updates`, then `refreshLinks.php`):"), "",
              "| N | accounts | templates | XML | import | links | total |",
              "|---:|---:|---:|---:|---:|---:|---:|"]
    for result in results:
        steps = result.seed.steps
        lines.append(f"| {result.size:,} | " + " | ".join(
            f"{steps.get(s, 0):.1f} s" for s in ("accounts", "templates", "xml", "import",
                                                  "links"))
            + f" | {result.seed.total:.1f} s |")
    lines += ["", "## Targets", "",
              "| target | result |", "|---|---|"]
    for result in results:
        for job in result.jobs:
            assert job.cold and job.warm and job.after
            checks = job.checks(result.size)
            lines.append(
                f"| N={result.size:,} {job.job}: cold <= ceil(N/50) + N + ceil(R/50) + "
                f"ceil(U/50) + 10 = {job.bound:,} | {job.cold.requests:,}: "
                f"{mark(checks['cold'])} |")
            lines.append(
                f"| N={result.size:,} {job.job}: cold <= walk bound ceil(N/50) + min(N, D) + "
                f"ceil(R/50) + ceil(U/50) + 10 = {job.tight:,} | {job.cold.requests:,}: "
                f"{mark(checks['walk'])} |")
            codes = ", ".join(str(run.code) for run in (job.cold, job.warm, job.after))
            lines.append(f"| N={result.size:,} {job.job}: every run exits 0 (report saved or "
                         f"unchanged) | exit codes {codes}: {mark(checks['saved'])} |")
            lines.append(f"| N={result.size:,} {job.job}: warm <= {WARM_MAX} requests, no edit "
                         f"| {job.warm.requests} requests, {job.warm.edits} edits: "
                         f"{mark(checks['warm'])} |")
            lines.append(f"| N={result.size:,} {job.job}: after {job.changed} pages changed <= "
                         f"warm + cold bound of those pages = {job.after_bound} | "
                         f"{job.after.requests}: {mark(checks['after-k'])} |")
            if result.size == RATIO_AT:
                lines.append(f"| N={result.size:,} {job.job}: naive >= {RATIO_MIN}x cold | "
                             f"{job.ratio:.1f}x: {mark(checks[f'{RATIO_MIN}x'])} |")
    for name in ("nominations", "votes"):
        for value in ("time", "memory"):
            ok, why = linear(results, name, value)
            lines.append(f"| {name}: cold {value} linear in N | {why}: {mark(ok)} |")
        ok, why = after_k_flat(results, name)
        lines.append(f"| {name}: after-k time at the largest N within {AFTER_K_GROWTH}x of "
                     f"the smallest | {why}: {mark(ok)} |")
    lines += ["", "## Parsing throughput", "", ("One core, no wiki; MB = 10^6 bytes of "
              "wikitext. `mwparserfromhell.parse` alone, on the same pages, is the speed a "
              "parser built on it can at best approach."), "",
              "| parser | corpus | MB | MB/s |", "|---|---|---:|---:|"]
    for item in throughputs:
        lines.append(f"| `{item.name}` | {item.corpus} | {item.megabytes:.2f} | "
                     f"{item.mb_per_s:.2f} |")
    return "\n".join(lines) + "\n"


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


def _mediawiki_version() -> str:
    try:
        from bot.wiki.localwiki import MEDIAWIKI

        text = (MEDIAWIKI / "includes" / "Defines.php").read_text(encoding="utf-8")
        marker = "define( 'MW_VERSION', '"
        return text.split(marker, 1)[1].split("'", 1)[0]
    except (OSError, IndexError):
        return "?"


def main(argv: list[str] | None = None) -> int:
    """Command line -> exit code 0 after writing the results (1 when a target failed)."""
    parser = argparse.ArgumentParser(prog="python -m bench.run",
                                     description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000",
                        help="comma-separated numbers of nomination pages")
    parser.add_argument("--changes", type=int, default=10, help="k: pages changed")
    parser.add_argument("--naive-max", type=int, default=5000,
                        help="largest N the naive baseline is sent for (above: counted)")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--minthrottle", type=float, default=None,
                        help="pywikibot's pause between reads in seconds (default: "
                             "pywikibot's own, 0.1)")
    parser.add_argument("--keep", action="store_true",
                        help="keep each wiki in /tmp/peerbot-bench-N (replacing one kept before)")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    started = time.monotonic()
    results = [bench_size(size, args.changes, args.naive_max, args.keep, args.minthrottle)
               for size in sizes]
    throughputs = all_throughputs(bench_data(1000))
    for item in throughputs:
        say(f"throughput {item.name}: {item.mb_per_s:.2f} MB/s on {item.corpus}")
    command = "make bench" + (f" BENCH_ARGS='{' '.join(argv or sys.argv[1:])}'"
                              if (argv or sys.argv[1:]) else "")
    text = render(results, throughputs, command, time.monotonic() - started)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    failed = any(ok is False for r in results for j in r.jobs for ok in j.checks(r.size).values())
    failed = failed or any(after_k_flat(results, name)[0] is False
                           for name in ("nominations", "votes"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
