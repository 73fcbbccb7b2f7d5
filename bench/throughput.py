"""Parsing throughput (MB/s of wikitext) of the pure parsers, on one core, no wiki."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.dump import BenchData, revision_texts_of
from bot.core.model import SiteFacts

ROOT = Path(__file__).resolve().parent.parent
RFA = ROOT / "tests" / "fixtures" / "rfa"


@dataclass(frozen=True)
class Throughput:
    """One parser on one corpus: size, passes, seconds and MB/s (10^6 bytes)."""

    name: str
    corpus: str
    megabytes: float
    passes: int
    seconds: float

    @property
    def mb_per_s(self) -> float:
        return self.megabytes * self.passes / self.seconds if self.seconds else 0.0


def _timed(name: str, corpus: str, size: int, work: Callable[[], object],
           min_seconds: float) -> Throughput:
    work()  # warm caches (regexes, TimeStripper) outside the timing
    passes, started = 0, time.perf_counter()
    while True:
        work()
        passes += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return Throughput(name, corpus, size / 1e6, passes, elapsed)


def votes_throughput(files: Sequence[Path], min_seconds: float = 2.0) -> Throughput:
    """RfA pages -> throughput of bot.votes.page.parse_votes with the default votes config."""
    from bot.command import CONFIG_DIR
    from bot.votes.job import load_votes_job
    from bot.votes.page import parse_votes

    rules = load_votes_job(CONFIG_DIR / "votes.yaml").rules
    facts = SiteFacts()
    texts = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    size = sum(len(t.encode("utf-8")) for _n, t in texts)
    return _timed("votes: parse_votes", f"{len(texts)} RfA pages (tests/fixtures/rfa)", size,
                  lambda: [parse_votes(t, facts, rules, n) for n, t in texts], min_seconds)


def nominations_throughput(data: BenchData, min_seconds: float = 2.0) -> Throughput:
    """Benchmark nomination pages -> throughput of bot.core.entries.parse_pages."""
    from bot.core.entries import parse_pages
    from bot.nominations.config import NominationsConfig
    from bot.nominations.job import entry_templates

    templates = entry_templates(NominationsConfig())
    facts = SiteFacts()
    pages = [(p.title, p.revisions[-1].text) for p in data.nomination_pages]
    size = sum(len(t.encode("utf-8")) for _n, t in pages)
    return _timed("nominations: parse_pages", f"{len(pages)} bench nomination pages", size,
                  lambda: parse_pages(pages, facts, templates), min_seconds)


def blame_throughput(data: BenchData, min_seconds: float = 2.0) -> Throughput:
    """Benchmark page histories -> throughput of bot.history.blame (every revision's text,
    as a cold run indexes it)."""
    from bot.core.history import blame

    facts = SiteFacts()
    histories = [revision_texts_of(p) for p in data.nomination_pages]
    size = sum(len((r.text or "").encode("utf-8")) for h in histories for r in h)
    return _timed("history: blame", f"{sum(map(len, histories))} revisions of the bench "
                  "nomination pages", size,
                  lambda: [blame(h, facts) for h in histories], min_seconds)


def library_throughput(name: str, texts: Sequence[str], corpus: str,
                       min_seconds: float = 2.0) -> Throughput:
    """Texts -> throughput of mwparserfromhell.parse alone: the speed a parser built on it
    can at best approach."""
    import mwparserfromhell

    size = sum(len(t.encode("utf-8")) for t in texts)
    return _timed(name, corpus, size, lambda: [mwparserfromhell.parse(t) for t in texts],
                  min_seconds)


def all_throughputs(data: BenchData, min_seconds: float = 2.0) -> list[Throughput]:
    """-> throughput of the votes parser (RfA corpus), the nominations parser and history
    blame (bench pages), each parser beside mwparserfromhell alone on its corpus."""
    rfa = sorted(RFA.glob("*.txt"))
    pages = [p.revisions[-1].text for p in data.nomination_pages]
    return [votes_throughput(rfa, min_seconds),
            library_throughput("mwparserfromhell.parse", [f.read_text(encoding="utf-8")
                                                          for f in rfa],
                               f"{len(rfa)} RfA pages (tests/fixtures/rfa)", min_seconds),
            nominations_throughput(data, min_seconds),
            library_throughput("mwparserfromhell.parse", pages,
                               f"{len(pages)} bench nomination pages", min_seconds),
            blame_throughput(data, min_seconds)]
