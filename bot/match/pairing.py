"""Sides, published pairs and a seed -> the round's pairs, ended pairs and misses; pure.

A pair, once published, stays while both sides are still there and no organizer ended it;
new pairs only fill what is left (``solve.best_pairs``). Every request left unmatched gets a
reason (``explain.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from bot.core.phrase import Phrase, said
from bot.match.config import MatchConfig
from bot.match.offers import Side, Sides
from bot.match.solve import Option, best_pairs, objective, options


@dataclass(frozen=True)
class Published:
    """A pair as the report page shows it: who, since when, and whether both were told."""

    mentor: str
    mentee: str
    since: str
    notified: bool = False
    mentor_page: str = ""  # where the offer was ('' on reports written before it was kept)
    mentee_page: str = ""  # where the request was


@dataclass(frozen=True)
class Pair:
    """A pair of this round: kept from an earlier one or new."""

    mentor: str
    mentee: str
    languages: tuple[str, ...]
    needs: tuple[str, ...]
    since: str
    new: bool
    notified: bool = False
    mentor_side: Side | None = None
    mentee_side: Side | None = None


@dataclass(frozen=True)
class Ended:
    """A published pair that is not kept, and why."""

    mentor: str
    mentee: str
    since: str
    why: Phrase

    @property
    def reason(self) -> str:
        """-> why, in English (JSON, the log)."""
        return self.why.english()


@dataclass(frozen=True)
class MatchResult:
    """Everything one matching run decided."""

    seed: str
    pairs: tuple[Pair, ...]
    ended: tuple[Ended, ...]
    sides: Sides
    options: tuple[Option, ...]
    score: tuple[int, int, int, int]
    newcomers: frozenset[str] = field(default_factory=frozenset)
    unread: tuple[Published, ...] = ()  # ended only because their side's page was not read

    def used(self, mentor: str) -> int:
        """Mentor -> how many mentees they have this round."""
        return sum(1 for p in self.pairs if p.mentor == mentor)

    def matched(self) -> set[str]:
        """-> the mentees with a mentor."""
        return {p.mentee for p in self.pairs}


# why a published pair ends, by the side it lost: (its page unread, gone, withdrawn)
ENDS = {"offer": ("peerbot-match-end-unread-offer", "peerbot-match-end-gone-offer",
                  "peerbot-match-end-withdrew-offer"),
        "request": ("peerbot-match-end-unread-request", "peerbot-match-end-gone-request",
                    "peerbot-match-end-withdrew-request")}
UNREAD = {unread for unread, _, _ in ENDS.values()}


def _end_reason(pair: Published, offers: dict[str, Side], requests: dict[str, Side],
                config: MatchConfig, accounted: Collection[str] | None = None) -> Phrase | None:
    """A published pair -> why it ends (None when it stays). A side missing from what was
    read is gone only when the page that held it was read (or is deleted, or no longer uses
    the templates): a page the run did not read removed nothing (``accounted``: those pages;
    None: every page counts as read)."""
    if (pair.mentor, pair.mentee) in config.ended_pairs:
        return said("peerbot-match-end-organizer")
    if (pair.mentor, pair.mentee) in config.excluded_pairs:
        return said("peerbot-match-end-excluded")
    for user, sides, side_kind, page in ((pair.mentor, offers, "offer", pair.mentor_page),
                                         (pair.mentee, requests, "request", pair.mentee_page)):
        side = sides.get(user)
        unread, gone, withdrew = ENDS[side_kind]
        if side is None and accounted is not None and page and page not in accounted:
            return said(unread, page)
        if side is None:
            return said(gone)
        if side.withdrawn:
            return said(withdrew)
    return None


def match(sides: Sides, config: MatchConfig, seed: str, published: Sequence[Published] = (),
          today: str = "", newcomers: Collection[str] = (),
          ask_newcomers: Callable[[set[str]], Collection[str]] | None = None,
          accounted: Collection[str] | None = None) -> MatchResult:
    """Sides, config, lottery seed, the pairs the report shows -> MatchResult.

    ``accounted`` names the pages whose entries were all read (see ``_end_reason``); a
    published pair whose side's page is not among them ends only as ``unread``, which the
    job reports as unaccounted for, so the report is not saved without --allow-shrink.

    ``ask_newcomers`` (names -> the newcomers among them) is asked only about the waiting
    mentees who could get a mentor this round, so a run whose mentors are all full asks
    nothing."""
    offers = {s.user: s for s in sides.offers}
    requests = {s.user: s for s in sides.requests}
    kept: list[Pair] = []
    ended: list[Ended] = []
    unread: list[Published] = []
    for old in published:
        reason = _end_reason(old, offers, requests, config, accounted)
        if reason is not None and reason.key in UNREAD:
            unread.append(old)
        if reason is not None:
            ended.append(Ended(old.mentor, old.mentee, old.since, reason))
            continue
        if any(p.mentee == old.mentee for p in kept):
            ended.append(Ended(old.mentor, old.mentee, old.since,
                               said("peerbot-match-end-has-mentor")))
            continue
        mentor, mentee = offers[old.mentor], requests[old.mentee]
        kept.append(Pair(old.mentor, old.mentee,
                         tuple(c for c in mentee.languages if c in mentor.languages),
                         tuple(t for t in mentee.tags if t in mentor.tags), old.since, False,
                         old.notified, mentor, mentee))
    taken = {p.mentee for p in kept}
    free = {o.user: o.capacity - sum(1 for p in kept if p.mentor == o.user)
            for o in sides.active_offers()}
    waiting = [r for r in sides.active_requests() if r.user not in taken]
    found = options(sides.active_offers(), waiting, config, seed, frozenset(newcomers))
    if ask_newcomers is not None and config.weight("newcomer"):
        asked = {o.mentee for o in found if free.get(o.mentor, 0) > 0}
        newcomers = frozenset(ask_newcomers(asked)) if asked else frozenset()
        bonus = config.weight("newcomer")
        found = [replace(o, preference=o.preference + bonus) if o.mentee in newcomers else o
                 for o in found]
    chosen = best_pairs(found, free)
    new = [Pair(o.mentor, o.mentee, o.languages, o.needs, today, True, False,
                offers[o.mentor], requests[o.mentee]) for o in chosen]
    pairs = sorted([*kept, *new], key=lambda p: (p.mentor.casefold(), p.mentee.casefold()))
    return MatchResult(seed, tuple(pairs), tuple(ended), sides, tuple(found),
                       objective(chosen), frozenset(newcomers), tuple(unread))
