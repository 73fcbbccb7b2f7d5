"""A mentoring round at scale: 2,000 mentee requests and 500 mentor offers.

Usage: python -m bench.matching [--requests 2000] [--offers 500] [--output bench/MATCHING.md]

Seeds a fresh local wiki (as bench/run.py does: an XML import, every entry its own revision
saved by its signer with a real signature) with offers and requests on pages of 50 entries,
languages drawn from a Wikimedia-like mix (English common, 30 others), skills and needs from
config/match.yaml's vocabulary. Then times the matching alone (in this process), and runs
`peerbot match` cold, again with nothing changed, and after 10 new requests saved through the
API, counting API requests, time, edits and peak memory.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from bench.dump import BenchData, Page, _Clock, _page, user_names
from bench.measure import JobRun, bench_wiki, run_job, run_table
from bench.seed import seed
from bot.match.config import MatchConfig, load_match_config
from bot.match.offers import OFFER, REQUEST, Side, Sides
from bot.match.pairing import match

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "Peer academy/Mentoring/Bench"
REPORT = "Peer academy/Mentoring/Bench pairs"
PER_PAGE = 50
LANGUAGES = ("en",) * 8 + ("es",) * 4 + ("fr",) * 3 + (
    "de", "pt", "ar", "ru", "hi", "id", "sw", "ja", "zh", "it", "pl", "uk", "fa", "bn", "ha",
    "yo", "ig", "tr", "ko", "vi", "nl", "sv", "he", "ta", "pt-br", "ca")
REGIONS = ("Africa", "Europe", "Latin America", "South Asia", "East Asia",
           "Middle East and North Africa", "Oceania")
FORMATS = ("chat", "video calls", "on wiki")


def profile(rng: random.Random, tags: list[str], kind: str) -> dict[str, str]:
    """-> one offer's or request's parameters."""
    languages: list[str] = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        code = rng.choice(LANGUAGES)
        if code not in languages:
            languages.append(code)
    fields = {"languages": ", ".join(languages), "region": rng.choice(REGIONS),
              "format": rng.choice(FORMATS), "group": f"Community {rng.randrange(40):02d}"}
    if kind == OFFER:
        fields |= {"skills": ", ".join(rng.sample(tags, 2)),
                   "capacity": str(rng.choice((1, 1, 2, 3)))}
    else:
        fields["needs"] = ", ".join(rng.sample(tags, rng.choice((1, 2))))
    return fields


def round_pages(requests: int, offers: int, config: MatchConfig,
                seed_: int = 5) -> tuple[tuple[str, ...], tuple[Page, ...]]:
    """-> (users, pages): every entry signed by its own user, PER_PAGE entries a page."""
    rng = random.Random(seed_)
    tags = [tag for tag, _ in config.vocabulary]
    users = user_names(requests + offers)
    kinds = [OFFER] * offers + [REQUEST] * requests
    rng.shuffle(kinds)
    template = {OFFER: config.offer_template, REQUEST: config.request_template}
    lines = []
    for user, kind in zip(users, kinds):
        params = "|".join(f"{k}={v}" for k, v in profile(rng, tags, kind).items())
        lines.append((user, f"* {{{{{template[kind]}|{params}}}}}"))
    clock = _Clock()
    pages = tuple(_page(f"{PREFIX}/Page {i // PER_PAGE + 1:03d}", lines[i:i + PER_PAGE], clock)
                  for i in range(0, len(lines), PER_PAGE))
    return users, pages


def solve_only(requests: int, offers: int, config: MatchConfig) -> tuple[float, int, int]:
    """-> (seconds, compatible pairs, pairs made) of the matching alone, in this process."""
    rng = random.Random(7)
    tags = [tag for tag, _ in config.vocabulary]

    def side(kind: str, name: str) -> Side:
        p = profile(rng, tags, kind)
        return Side(kind, name, tuple(p["languages"].split(", ")),
                    tuple((p.get("skills") or p["needs"]).split(", ")), p["region"],
                    p["format"], p["group"], int(p.get("capacity", 1)))

    sides = Sides(tuple(side(OFFER, f"M{i}") for i in range(offers)),
                  tuple(side(REQUEST, f"R{i}") for i in range(requests)), ())
    started = time.monotonic()
    result = match(sides, config, "bench")
    return time.monotonic() - started, len(result.options), len(result.pairs)


def add_requests(wiki, users: tuple[str, ...], config: MatchConfig) -> None:
    """Save one new request per user on the first page, each by a new account, through the API."""
    wiki.create_users(list(users))
    title = f"{PREFIX}/Page 001"
    for user in users:
        site = wiki.client(user)
        site.post("edit", title=title, appendtext=f"\n* {{{{{config.request_template}"
                                                  "|needs=grants|languages=sw, en}} ~~~~",
                  summary="request", token=site.get_token("csrf"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.matching", description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--offers", type=int, default=500)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "MATCHING.md")
    args = parser.parse_args(argv)
    config = load_match_config(ROOT / "config" / "match.yaml")
    seconds, compatible, made = solve_only(args.requests, args.offers, config)
    print(f"matching alone: {seconds:.1f} s, {compatible} compatible pairs, {made} pairs",
          file=sys.stderr, flush=True)
    users, pages = round_pages(args.requests, args.offers, config)
    with bench_wiki(None) as wiki:
        seed(wiki, BenchData(len(pages), users, pages, ()))
        state = wiki.root / "bench-state"
        job_config = wiki.root / "match-bench.yaml"
        job_config.write_text((ROOT / "config" / "match.yaml").read_text(encoding="utf-8")
                              .replace('  - "Peer academy/Mentoring"', f'  - "{PREFIX}/"')
                              .replace('report_page: "Peer academy/Mentoring/Pairs"',
                                       f'report_page: "{REPORT}"'), encoding="utf-8")
        job = ("match", "--config", str(job_config))
        runs = [run_job(wiki, state, "cold", *job), run_job(wiki, state, "warm", *job)]
        add_requests(wiki, tuple(f"Late Mentee {i:02d}" for i in range(10)), config)
        runs.append(run_job(wiki, state, "after 10 new requests", *job))
    text = render(args, seconds, compatible, made, runs)
    args.output.write_text(text, encoding="utf-8")
    print(text)
    return 0 if all(run.code == 0 for run in runs) else 1


def render(args: argparse.Namespace, seconds: float, compatible: int, made: int,
           runs: list[JobRun]) -> str:
    """-> the results as Markdown."""
    return "\n".join([
        "# A mentoring round at scale",
        "",
        (f"Generated by `python -m bench.matching --requests {args.requests} --offers "
         f"{args.offers}`; do not edit by hand. {args.requests} requests and {args.offers} "
         f"offers, each its own revision by its signer, on pages of {PER_PAGE} entries; "
         "languages from a Wikimedia-like mix, skills and needs from config/match.yaml."),
        "",
        (f"The matching alone (one process, random instance of the same shape): "
         f"{seconds:.1f} s for {compatible:,} compatible pairs, {made} pairs made."),
        "",
        *run_table(runs),
        "",
    ])


if __name__ == "__main__":
    sys.exit(main())
