"""What a run read, and whether it may replace what a report page publishes; pure.

A report is only as complete as what the run read. A page named in the config (or on the
command line) that does not exist, a listing that comes back empty or much shorter than the
one the published report was made from, or a published item the run cannot account for
(a mentoring pair whose offer sits on a page the run did not read) would make a save drop
what the page shows for no reason anybody gave. ``refusal`` says so in one line naming the
config key, and every save of the job is refused (``bot.wiki.save``); ``--allow-shrink``
accepts a shorter listing and unaccounted items on purpose. A missing named page is never
accepted: fix the name or remove it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.core.render import plural

# Written into the bot's part of each report made from a listing: how many pages the
# listing gave, so the next run can tell a listing that shrank from one that did not.
_READ_NOTE = re.compile(r"<!-- peerbot:read (\d+) pages? listed by ([\w-]+) -->")


@dataclass(frozen=True)
class Coverage:
    """What one job's run read: named pages missing, pages listed, items unaccounted for."""

    missing: tuple[tuple[str, str], ...] = ()  # (config key, title) named but not existing
    listed: tuple[tuple[str, int], ...] = ()   # (config key, pages the listing gave)
    unaccounted: tuple[str, ...] = ()          # published items the run cannot account for
    allow_shrink: bool = False

    def with_missing(self, key: str, titles: Sequence[str]) -> Coverage:
        """-> this coverage with the named titles of ``key`` that do not exist."""
        return replace(self, missing=(*self.missing, *((key, t) for t in titles)))

    def with_listed(self, key: str, count: int) -> Coverage:
        """-> this coverage with a listing by ``key`` that gave ``count`` pages."""
        return replace(self, listed=(*self.listed, (key, count)))

    def with_unaccounted(self, items: Sequence[str]) -> Coverage:
        """-> this coverage with published items the run could not account for."""
        return replace(self, unaccounted=(*self.unaccounted, *items))


def read_note(coverage: Coverage) -> str:
    """Coverage -> the comment recording the listing's size in the report ('' without one)."""
    if not coverage.listed:
        return ""
    count = sum(n for _, n in coverage.listed)
    return f"<!-- peerbot:read {plural(count, 'page')} listed by {coverage.listed[0][0]} -->"


def with_read_note(content: str, coverage: Coverage) -> str:
    """The bot's content of a part -> the same with the listing's size at its end."""
    note = read_note(coverage)
    return f"{content.rstrip()}\n{note}" if note else content


def published_count(parts: Sequence[str]) -> int | None:
    """The bot's parts as published -> the pages their listing gave (None: not recorded)."""
    found = [int(m.group(1)) for part in parts for m in _READ_NOTE.finditer(part)]
    return max(found) if found else None


def refusal(coverage: Coverage, published: Sequence[str]) -> str:
    """Coverage and the bot's parts as the page publishes them -> why the run may not replace
    them ('' when it may)."""
    if coverage.missing:
        keys = sorted({k for k, _ in coverage.missing})
        titles = ", ".join(t for _, t in coverage.missing)
        return (f"not saved: {plural(len(coverage.missing), 'page')} named in "
                f"{' and '.join(keys)} {'does' if len(coverage.missing) == 1 else 'do'} not "
                f"exist: {titles}; fix the name or remove it, the published report is kept")
    shown = any(part.strip() for part in published)
    if coverage.unaccounted and not coverage.allow_shrink:
        first = "; ".join(coverage.unaccounted[:3])
        key = coverage.listed[0][0] if coverage.listed else "page_prefixes"
        return (f"not saved: the published report shows "
                f"{plural(len(coverage.unaccounted), 'item')} this run did not read: {first}; "
                f"check {key} in the job's config, or run with --allow-shrink to drop "
                f"{'it' if len(coverage.unaccounted) == 1 else 'them'}")
    if not coverage.listed or not shown or coverage.allow_shrink:
        return ""
    key = coverage.listed[0][0]
    count = sum(n for _, n in coverage.listed)
    before = published_count(published)
    if count == 0 and before != 0:
        return (f"not saved: {key} listed no pages, but the published report shows entries; "
                f"check {key} in the job's config, or run with --allow-shrink to publish an "
                "empty report")
    if before is not None and 2 * count < before:
        return (f"not saved: {key} listed {plural(count, 'page')}, fewer than half of the "
                f"{before} the published report was made from; check {key} in the job's "
                "config, or run with --allow-shrink to accept the shorter listing")
    return ""
