"""A MatchResult -> why each waiting request has no mentor, whom to recruit, which needs no
offer covers; pure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.match.config import MatchConfig
from bot.match.offers import Side
from bot.match.pairing import MatchResult
from bot.match.solve import blocked


@dataclass(frozen=True)
class Miss:
    """A request left without a mentor, and why."""

    request: Side
    reason: str


@dataclass(frozen=True)
class Recruit:
    """A mentor profile that would help: language and skill, and the requests it fits."""

    language: str
    skill: str
    waiting: int


def _or(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def _who(mentors: list[Side], what: str) -> str:
    count = len(mentors)
    if count == 1:
        return f"the mentor who {what} is"
    if count == 2:
        return f"both mentors who {what} are"
    return f"all {count} mentors who {what} are"


def miss_reason(request: Side, result: MatchResult, config: MatchConfig) -> str:
    """A waiting request -> the reason, in words, it has no mentor this round."""
    offers = result.sides.active_offers()
    speaking = [o for o in offers if set(o.languages) & set(request.languages)]
    languages = _or(list(request.languages))
    if not speaking:
        return f"no mentor speaks {languages}"
    allowed = [o for o in speaking if not blocked(o, request, config)]
    if not allowed:
        why = Counter(blocked(o, request, config) for o in speaking)
        words = {"self": "is the mentee themself", "excluded": "is excluded by an organizer",
                 "same group": "is in the mentee's own group (different_group)"}
        return "every mentor who speaks " + languages + " " + "; or ".join(
            words[k] for k in sorted(why))
    full = [o for o in allowed if result.used(o.user) >= o.capacity]
    if len(full) < len(allowed):  # cannot happen at an optimum; said plainly if it does
        return "a mentor had room, but the pairing chosen gave it to others (report a bug)"
    covering = [o for o in full if set(o.tags) & set(request.tags)]
    what = f"speak{'s' if len(full) == 1 else ''} {languages}"
    if covering and request.tags:
        needs = _or(sorted(set(request.tags) & {t for o in covering for t in o.tags}))
        if len(full) == 1:
            return f"{_who(full, what)} full (and covers {needs})"
        return (f"{_who(full, what)} full; {len(covering)} of them "
                f"cover{'s' if len(covering) == 1 else ''} {needs}")
    return f"{_who(full, what)} full"


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
