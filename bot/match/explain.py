"""A MatchResult -> why each waiting request has no mentor, whom to recruit, which needs no
offer covers; pure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.core.phrase import Phrase, said
from bot.match.config import MatchConfig
from bot.match.offers import Side
from bot.match.pairing import MatchResult
from bot.match.solve import blocked


@dataclass(frozen=True)
class Miss:
    """A request left without a mentor, and why."""

    request: Side
    why: Phrase

    @property
    def reason(self) -> str:
        """-> why, in English (JSON, the log)."""
        return self.why.english()


@dataclass(frozen=True)
class Recruit:
    """A mentor profile that would help: language and skill, and the requests it fits."""

    language: str
    skill: str
    waiting: int


def _or(items: list[str]) -> str | Phrase:
    if len(items) <= 1:
        return "".join(items)
    return said("peerbot-match-or", tuple(items[:-1]), items[-1])


BLOCKED = {"self": "peerbot-match-blocked-self", "excluded": "peerbot-match-blocked-excluded",
           "same group": "peerbot-match-blocked-group"}


def miss_reason(request: Side, result: MatchResult, config: MatchConfig) -> Phrase:
    """A waiting request -> the reason it has no mentor this round."""
    offers = result.sides.active_offers()
    speaking = [o for o in offers if set(o.languages) & set(request.languages)]
    languages = _or(list(request.languages))
    if not speaking:
        return said("peerbot-match-miss-no-speaker", languages)
    allowed = [o for o in speaking if not blocked(o, request, config)]
    if not allowed:
        why = Counter(blocked(o, request, config) for o in speaking)
        first, *more = sorted(why)
        reasons = said(BLOCKED[first])
        for key in more:
            reasons = said("peerbot-match-blocked-or", reasons, said(BLOCKED[key]))
        return said("peerbot-match-miss-blocked", languages, reasons)
    full = [o for o in allowed if result.used(o.user) >= o.capacity]
    if len(full) < len(allowed):  # cannot happen at an optimum; said plainly if it does
        return said("peerbot-match-miss-bug")
    covering = [o for o in full if set(o.tags) & set(request.tags)]
    who = said("peerbot-match-who", len(full), languages)
    if covering and request.tags:
        needs = _or(sorted(set(request.tags) & {t for o in covering for t in o.tags}))
        if len(full) == 1:
            return said("peerbot-match-miss-full-covers", who, needs)
        return said("peerbot-match-miss-full-some-cover", who, len(covering), needs)
    return said("peerbot-match-miss-full", who)


def misses(result: MatchResult, config: MatchConfig) -> list[Miss]:
    """MatchResult -> every active request without a mentor, with its reason."""
    matched = result.matched()
    return [Miss(r, miss_reason(r, result, config)) for r in result.sides.active_requests()
            if r.user not in matched]


def recruits(missed: list[Miss], shown: int = 5) -> list[Recruit]:
    """Misses -> the mentor profiles (language, skill) that fit the most waiting requests."""
    fits: Counter[tuple[str, str]] = Counter()
    for miss in missed:
        for code in miss.request.languages:
            for tag in miss.request.tags or ("",):
                fits[(code, tag)] += 1
    ranked = sorted(fits.items(), key=lambda kv: (-kv[1], kv[0]))
    return [Recruit(code, tag, count) for (code, tag), count in ranked[:shown]]


def uncovered_needs(result: MatchResult) -> list[tuple[str, int]]:
    """MatchResult -> (need, how many active requests name it) for needs no offer covers."""
    skills = {t for o in result.sides.active_offers() for t in o.tags}
    wanted: Counter[str] = Counter(t for r in result.sides.active_requests() for t in r.tags)
    return sorted(((t, n) for t, n in wanted.items() if t not in skills),
                  key=lambda tn: (-tn[1], tn[0]))
