"""Which pages use a job's templates, kept current from recent changes between runs.

Listing every page that transcludes the templates costs one request per 5,000 uses. A run
that knows what changed since the last one (``bot.wiki.freshness``) takes the last run's
list and updates it from its recent-changes request, which also says which changed pages
transclude the templates now: pages that start using them come in, no listing needed.

The update must give what a listing would. A page's use can change without an edit of its
own only through a page it transcludes, so the list is listed again whenever that may have
happened: a change in the Template namespace (the templates, their redirects, wrappers), a
move or merge, a page that stopped using the templates, a page outside the prefixes that
started, or a page under them that started and is itself transcluded by a page not on the
list (asked in the request that reads it). A list more than a day old is listed again too,
so what MediaWiki's job queue updates late is seen within a day. Pure rules first; then
``template_uses`` puts them to work with the state store.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.wiki.freshness import Freshness

TEMPLATE_NAMESPACE = 10
RELISTING_LOGS = frozenset({"move", "merge"})
MAX_AGE = timedelta(days=1)


@dataclass(frozen=True)
class Uses:
    """The templates' redirect names and every page transcluding them, as of a watermark."""

    aliases: dict[str, tuple[str, ...]]
    titles: frozenset[str]
    listed_at: str  # recent-changes time of the listing they come from
    started: frozenset[str] = frozenset()  # pages that started using them since the last run


def updated_uses(kept: Uses, fresh: Freshness, inside: Sequence[str],
                 exclude: Iterable[str] = ()) -> Uses | str:
    """The last run's Uses, this run's Freshness, the job's title prefixes and the titles it
    never reads -> the Uses now, or why they must be listed again."""
    if fresh.changed is None or fresh.using is None:
        return "the changes since the last run are not known"
    if _age(kept.listed_at, fresh.timestamp) > MAX_AGE:
        return "the list is more than a day old"
    for change in fresh.changes:
        if change.rcid <= fresh.since:
            continue  # listed from the watermark's time on: this one is older
        if change.namespace == TEMPLATE_NAMESPACE:
            return f"{change.title} changed"
        if change.kind == "log" and change.log_type in RELISTING_LOGS:
            return f"{change.title}: {change.log_type}"
    stopped = (fresh.changed & kept.titles) - fresh.using
    if stopped:
        return f"{min(stopped)} stopped using the templates"
    started = fresh.using - kept.titles
    skipped = set(exclude)
    for title in sorted(started):
        if title in skipped or not any(title.startswith(p) for p in inside or ("",)):
            return f"{title} started using the templates outside the pages read"
    return Uses(kept.aliases, kept.titles | started, kept.listed_at, frozenset(started))


def _age(then: str, now: str) -> timedelta:
    try:
        return _when(now) - _when(then)
    except ValueError:
        return MAX_AGE * 2


def _when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def transcluded_elsewhere(uses: Uses, pages: Iterable[Any]) -> str | None:
    """Uses after an update and the pages just read (with who transcludes them) -> the first
    page that started using the templates and is transcluded by a page not listed, or None:
    that page may have started using them too."""
    for page in pages:
        if page.title in uses.started:
            for other in page.transcluded_by:
                if other not in uses.titles:
                    return page.title
    return None


def template_uses(wiki: Any, names: Sequence[str], fresh: Freshness | None,
                  inside: Sequence[str], exclude: Iterable[str] = ()) -> Uses:
    """Template names -> their Uses: updated from the run's recent changes when the last
    run's list may be (see ``updated_uses``), else listed (one request per 5,000 uses)."""
    import logging

    from bot.wiki.state import HistoryStore

    key = "|".join(sorted(names))
    if fresh is not None and fresh.rcid:
        row = HistoryStore.for_site(wiki.api_url).template_uses(key, fresh.since)
        if row is not None:
            listed_at, aliases, titles = row
            found = updated_uses(Uses(aliases, frozenset(titles), listed_at), fresh, inside,
                                 exclude)
            if isinstance(found, Uses):
                return found
            logging.getLogger("peerbot").info("listing the templates' uses again (%s)",
                                              found)
    return list_uses(wiki, names, fresh)


def list_uses(wiki: Any, names: Sequence[str], fresh: Freshness | None) -> Uses:
    """Template names -> their Uses, listed from the wiki."""
    aliases, used = wiki.template_uses(names)
    return Uses(aliases, frozenset(used), fresh.timestamp if fresh is not None else "")


def keep_uses(wiki: Any, names: Sequence[str], uses: Uses, fresh: Freshness | None) -> None:
    """Uses current as of the run's watermark -> kept for the next run."""
    if fresh is not None and fresh.rcid:
        from bot.wiki.state import HistoryStore

        HistoryStore.for_site(wiki.api_url).keep_template_uses(
            "|".join(sorted(names)), fresh.rcid, uses.listed_at, uses.aliases,
            sorted(uses.titles))


def _ever_key(names: Sequence[str]) -> str:
    return "ever|" + "|".join(sorted(names))


def former_uses(wiki: Any, names: Sequence[str], listed: Iterable[str],
                inside: Sequence[str], exclude: Iterable[str] = ()) -> list[str]:
    """Template names and the pages listed as using them now -> the pages under the
    prefixes that an earlier run read for them and that no longer use them, read again so
    entries removed from them are seen: a page emptied of every entry drops out of the
    listing, and its removals would vanish with it."""
    from bot.wiki.state import HistoryStore

    row = HistoryStore.for_site(wiki.api_url).template_uses(_ever_key(names), 0)
    if row is None:
        return []
    skip = set(listed) | set(exclude)
    return [t for t in row[2] if t not in skip and any(t.startswith(p) for p in inside or ("",))]


def keep_read(wiki: Any, names: Sequence[str], titles: Iterable[str]) -> None:
    """The existing pages a run read for the templates -> kept, for ``former_uses``."""
    from bot.wiki.state import HistoryStore

    HistoryStore.for_site(wiki.api_url).keep_template_uses(_ever_key(names), 0, "", {},
                                                           sorted(set(titles)))
