"""The digest job: discussion pages -> comments -> history check -> digest -> report.

Everything but ``digest_from_wiki`` is pure; scripts/digest.py calls these and then writes or
prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from bot.core.integrity import IntegrityConfig
from bot.core.model import Entry, SiteFacts
from bot.core.sitenames import language_codes
from bot.digest.config import DigestConfig
from bot.digest.parse import Comment, PageComments, parse_comments
from bot.digest.summary import Digest, digest

KIND = "comment"


def parsed(pages: Sequence[tuple[str, str]], config: DigestConfig,
           facts: SiteFacts) -> list[PageComments]:
    """[(title, text)] -> each page's comments."""
    return [parse_comments(title, text, facts, config.support_templates,
                           config.oppose_templates) for title, text in pages]


def digest_from_pages(pages: Sequence[tuple[str, str]], config: DigestConfig,
                      facts: SiteFacts) -> Digest:
    """[(title, text)] -> Digest, offline (no history check)."""
    return digest(parsed(pages, config, facts), language_codes())


def as_entry(comment: Comment) -> Entry:
    """A comment -> the entry record the history check reads (its signed line)."""
    return Entry(kind=KIND, page=comment.page, line=comment.line, subject=comment.user,
                 signer=comment.user, timestamp=comment.timestamp, text=comment.text,
                 signed_at=comment.timestamp)


def digest_from_wiki(wiki: Any, config: DigestConfig, fresh: Any = None,
                     named: str = "pages") -> Digest:
    """Wiki -> Digest: every comment attributed from page history; one saved by someone
    other than its signer (not a clerk) is flagged and counted for nobody."""
    from bot.wiki.attribution import check_entries, index_history
    from bot.wiki.logs import event_logs
    from bot.wiki.reading import read_current
    from bot.wiki.state import HistoryStore

    integrity = config.integrity or IntegrityConfig()
    pages = read_current(wiki, list(config.pages), fresh, named=named)
    facts = wiki.facts()
    found = parsed([(p.title, p.text) for p in pages], config, facts)
    comments = [c for page in found for c in page.comments]
    revisions = {p.title: p.revision for p in pages}
    if not integrity.check_history:
        return digest(found, language_codes(), revisions=revisions)
    store = HistoryStore.for_site(wiki.api_url)
    index_history(wiki, pages, store, facts)
    # each comment judged by its line's events, as votes and entries are; a comment someone
    # else changed is flagged, and counted for nobody (no version of it is counted instead)
    kept, flagged = check_entries([as_entry(c) for c in comments], store, {}, integrity, facts,
                                  event_logs(store, [p.title for p in pages], facts),
                                  parse=lambda _title, _text: [])
    by_place = {(c.page, c.line): c for c in comments}
    counted = [replace(by_place[(e.page, e.line)], user=e.signer or "", revision=e.revision)
               for e in kept]
    return digest(found, language_codes(), counted, flagged, revisions)
