"""The event logs kept in the state folder: fed new revisions, loaded for the rules; and
the wiki's account renames, read once and kept."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from bot.core.model import SiteFacts
from bot.integrity import anchor_for
from bot.integrity.events import EventLog, Rev
from bot.integrity.renames import current_names
from bot.integrity.verdicts import hidden_adding
from bot.wiki.state import HistoryStore

log = logging.getLogger("peerbot")


def fed_log(store: HistoryStore, title: str, warm: bool, revs: Iterable[Rev],
            facts: SiteFacts) -> tuple[dict[str, Any], bool]:
    """A page, whether the store holds its history, and its new revisions oldest first ->
    (its event log as kept, with them fed; whether it has something to say)."""
    kept = store.event_log(title) if warm else None
    anchor = anchor_for(facts)
    events = EventLog.from_json(kept, anchor) if kept else EventLog(anchor)
    for rev in revs:
        events.feed(rev)
    return events.to_json(), notable(events)


def notable(events: EventLog) -> bool:
    """-> True when an entry of the log was removed or added in a hidden revision: only
    such logs change what a template job counts (``notable_only`` in ``event_logs``)."""
    return bool(events.removed()) or any(hidden_adding(log) for log in events.logs.values())


def removed_signers(logs: Mapping[str, EventLog], facts: SiteFacts) -> set[str]:
    """Pages' event logs -> who signed the lines gone from them (looked up with the others,
    as a removed entry may still count)."""
    from bot.core.signatures import find_signature

    return {found.user for log in logs.values() for gone in log.removed()
            if (found := find_signature(gone.text, facts)) is not None}


def with_renames(wiki: Any, facts: SiteFacts, store: HistoryStore | None) -> SiteFacts:
    """Site facts -> the same with the wiki's account renames, so a renamed voter's old
    signatures read as their current name (the rename log is read once, and again after
    recent changes show a rename; ``bot.wiki.freshness``)."""
    if store is None:
        return facts
    renames = store.renames()
    if renames is None:
        renames = wiki.renames()
        store.keep_renames(renames)
    names = current_names(renames)
    if names:
        log.info("renamed accounts: %s", ", ".join(f"{o} -> {n}" for o, n in sorted(names)))
    return replace(facts, renames=names) if names else facts


def page_revision(page: Any) -> Any:
    """A page read with its current revision -> that revision as the history reads it."""
    from bot.wiki.pages import Revision

    return Revision(page.revision, page.parent, page.page_id, page.user, page.timestamp,
                    page.text)


def event_logs(store: HistoryStore | None, titles: Iterable[str], facts: SiteFacts,
               notable_only: bool = False) -> dict[str, EventLog]:
    """Pages -> {title: its event log} for the pages the store has one for (with
    ``notable_only``, only logs with an entry removed or added in a hidden revision)."""
    if store is None:
        return {}
    anchor = anchor_for(facts)
    if notable_only:
        titles = store.notable_logs(titles)
    return {title: EventLog.from_json(data, anchor) for title in titles
            if (data := store.event_log(title)) is not None}
