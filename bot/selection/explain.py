"""Chosen seats -> one plain sentence per candidate naming the rule and the margin; pure.

The reasons read like "selected: track mentor, 4th of 6 seats by score; score 12.5 against 9.0
for Ann, the best left out who could take this seat" or "not selected:
at most 1 per group; WM X's seat went to Y, score 12.5 against 9.0" (docs/selection.md, "How seats
are chosen", and the report's tables). To find them, a ``Seating`` looks at the chosen seats the
way a reader would: for every candidate left out, which single swap with a selected person
would keep every rule, and if none, which rule blocks every way in. A selected person is said
to be selected by quota when a higher-scored rival could only have taken their seat by breaking
a quota minimum. Fields listed in the policy's ``hide`` never appear in a reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from bot.core.render import noun, plural
from bot.selection.policy import GENERAL_TRACK, Quota, SelectionPolicy
from bot.selection.records import Candidate
from bot.selection.score import format_score, lottery_key
from bot.selection.solve import Problem, Row

Move = tuple[int | None, int]  # (the selected option given up, or None; the option taken)


@dataclass(frozen=True)
class Words:
    """Phrasing helpers that leave out hidden fields."""

    hide: frozenset[str]

    def score(self, value: Fraction) -> str:
        """Score -> its text, or '' when scores are hidden."""
        return "" if "score" in self.hide else format_score(value)

    def group(self, name: str) -> str:
        """Group name -> itself, or "their group" when groups are hidden."""
        return "their group" if "group" in self.hide else name

    def quota(self, quota: Quota) -> str:
        """Quota -> "quota region Africa", or a phrase that does not name a hidden attribute."""
        if quota.attribute in self.hide:
            return "a quota on a private attribute"
        return f"quota {quota.label()}"

    def quota_need(self, quota: Quota) -> str:
        """Quota -> "region Africa needs at least 2", or a phrase hiding the attribute."""
        if quota.attribute in self.hide:
            return "on a private attribute"
        return f"{quota.label()} needs at least {quota.min}"


@dataclass(frozen=True)
class Seating:
    """The chosen seats as the reasons see them: who sits where, in what order, and which rules
    a swap would break."""

    problem: Problem
    applied: SelectionPolicy
    words: Words
    keys: Mapping[str, str]
    chosen: tuple[int, ...]
    seat_of: Mapping[int, int]
    by_track: Mapping[str, list[int]]
    row_count: tuple[int, ...]
    rows_of: Mapping[int, list[int]]

    @classmethod
    def of(cls, problem: Problem, policy: SelectionPolicy, applied: SelectionPolicy,
           chosen: tuple[int, ...], seed: str) -> Seating:
        """Problem, policy as written and as applied, chosen options, seed -> Seating."""
        keys = {c.user: lottery_key(seed, c.user) for c in problem.candidates}
        chosen_set = set(chosen)
        rows_of: dict[int, list[int]] = {o: [] for o in range(len(problem.option_candidate))}
        for r, row in enumerate(problem.rows):
            for o in row.options:
                rows_of[o].append(r)
        by_track: dict[str, list[int]] = {}
        for o in chosen:
            by_track.setdefault(problem.option_track[o], []).append(o)
        for options in by_track.values():
            options.sort(key=lambda o: (-problem.option_score[o],
                                        keys[problem.candidates[problem.option_candidate[o]].user]))
        return cls(problem, applied, Words(policy.hide), keys, chosen,
                   {problem.option_candidate[o]: o for o in chosen}, by_track,
                   tuple(len(row.options & chosen_set) for row in problem.rows), rows_of)

    def broken(self, remove: int | None, add: int) -> list[int]:
        """A move (give up ``remove``, take ``add``) -> the indices of the rules it breaks."""
        delta: Counter[int] = Counter()
        if remove is not None:
            for r in self.rows_of[remove]:
                delta[r] -= 1
        for r in self.rows_of[add]:
            delta[r] += 1
        result = []
        for r, change in delta.items():
            row, value = self.problem.rows[r], self.row_count[r] + change
            if change and (value < row.lo or (row.hi is not None and value > row.hi)):
                result.append(r)
        return result

    def user_of(self, option: int) -> str:
        """Option -> the user it seats."""
        return self.problem.candidates[self.problem.option_candidate[option]].user

    def capacity(self, track_name: str) -> int:
        """Track name -> how many seats it had in this selection."""
        track = self.applied.track(track_name)
        if track is not None:
            return track.seats
        if self.applied.tracks and self.applied.unused_track_seats == "empty":
            return self.applied.general_seats()
        named_filled = sum(len(v) for k, v in self.by_track.items() if k != GENERAL_TRACK)
        return self.applied.seats - named_filled

    def lowest_in(self, track_name: str) -> int:
        """Track name -> the option of the last (lowest-ranked) person selected in it."""
        return self.by_track[track_name][-1]

    def unselected(self) -> list[tuple[int, tuple[int, ...]]]:
        """-> (candidate index, their options) for everyone not selected, by user name."""
        return [(d, self.problem.options_of(d)) for d in range(len(self.problem.candidates))
                if d not in self.seat_of]


# --- selected --------------------------------------------------------------------------------

def selected_reason(seating: Seating, o: int, rank: int,
                    unselected: Sequence[tuple[int, tuple[int, ...]]]) -> tuple[str, bool]:
    """A selected option and its rank in its track -> (reason, whether a quota holds it)."""
    problem = seating.problem
    score = problem.option_score[o]
    rivals = [(d, alt) for d, d_options in unselected for alt in d_options]
    held = _held_by_quota(seating, o, rivals)
    if held is not None:
        return held, True
    ties = [problem.candidates[d].user for d, alt in rivals
            if problem.option_score[alt] == score and not seating.broken(o, alt)]
    reason = _seat_text(seating, o, rank, [] if ties else rivals)
    if ties:
        reason += (f"; tied with {', '.join(sorted(set(ties), key=lambda u: seating.keys[u]))}"
                   f", drawn ahead by the lottery")
    return reason, False


def _seat_text(seating: Seating, o: int, rank: int,
               rivals: Sequence[tuple[int, int]]) -> str:
    """Selected option, rank and the options of those left out -> why, in the policy's
    terms: "selected: track mentor, 4th of 6 seats by score; score 12.5 against 9.0 for
    Ann, the best left out who could take this seat" (no rivals given: the margin is left
    out, as when a tie is named instead)."""
    problem, applied, words = seating.problem, seating.applied, seating.words
    track_name = problem.option_track[o]
    score = problem.option_score[o]
    where = "open seats, " if track_name == GENERAL_TRACK and applied.tracks else (
        f"track {track_name}, " if applied.tracks else "")
    text = (f"selected: {where}{_ordinal(rank)} of "
            f"{plural(seating.capacity(track_name), 'seat')} by score")
    challengers = [(d, alt) for d, alt in rivals if not seating.broken(o, alt)]
    if not challengers:
        if rivals:
            text += "; nobody left out could take this seat without breaking a rule"
        return text
    d, alt = min(challengers, key=lambda da: (-problem.option_score[da[1]],
                                              seating.keys[problem.candidates[da[0]].user]))
    rival = problem.candidates[d].user
    if words.score(score):
        return (f"{text}; score {words.score(score)} against "
                f"{words.score(problem.option_score[alt])} for {rival}, the best left out "
                "who could take this seat")
    return f"{text}; ahead of {rival}, the best left out who could take this seat"


def _held_by_quota(seating: Seating, o: int, rivals: Sequence[tuple[int, int]]) -> str | None:
    """Selected option -> "selected by quota: ..." when the best higher-scored rival could take
    the seat only by breaking quota minima that count it; otherwise None."""
    problem, words = seating.problem, seating.words
    score = problem.option_score[o]
    for d, alt in sorted(rivals, key=lambda da: (-problem.option_score[da[1]],
                                                 seating.keys[problem.candidates[da[0]].user])):
        if problem.option_score[alt] <= score:
            break
        rules = [problem.rows[r] for r in seating.broken(o, alt)]
        if rules and all(row.kind == "quota" and row.lo > 0 and o in row.options
                         for row in rules):
            quota = seating.applied.quotas[int(rules[0].key)]
            rival = problem.candidates[d].user
            margin = (f" (score {words.score(score)} against {rival}'s "
                      f"{words.score(problem.option_score[alt])})"
                      if words.score(score) else f" (ahead of {rival})")
            return f"selected by quota: {words.quota_need(quota)}{margin}"
    return None


# --- not selected ----------------------------------------------------------------------------

def no_seat_reason(policy: SelectionPolicy, candidate: Candidate) -> str:
    """A candidate with no seat they may take -> why (no seats, or none for their track)."""
    if not policy.seats:
        return "not selected: this policy has no seats"
    return (f"not selected: track {candidate.track or '(none)'} has no seats in this policy "
            f"and no seats are open to every track")


def not_selected_reason(seating: Seating, d: int, fine: Sequence[tuple[int, int]],
                        moves: Sequence[Move]) -> str:
    """A candidate left out, the swaps that would keep every rule (``fine``) and every way in
    (``moves``) -> the reason: their group is full, the margin to whose seat they could take,
    or the rule that blocks every way in."""
    applied = seating.applied
    candidate = seating.problem.candidates[d]
    pool = seating.problem.candidates
    group_full = applied.max_per_group is not None and candidate.group and sum(
        1 for i in seating.seat_of if pool[i].group == candidate.group) >= applied.max_per_group
    if group_full:
        return _group_reason(seating, d)
    if fine:
        return _swap_reason(seating, fine)
    return _blocked_reason(seating, d, moves)


def _swap_reason(seating: Seating, fine: Sequence[tuple[int, int]]) -> str:
    """The swaps a candidate could make -> the margin to the closest selected person."""
    problem, applied, words = seating.problem, seating.applied, seating.words
    o, alt = min(fine, key=lambda m: (problem.option_score[m[0]] - problem.option_score[m[1]],
                                      seating.keys[seating.user_of(m[0])]))
    theirs, mine = problem.option_score[o], problem.option_score[alt]
    rival, rival_track = seating.user_of(o), problem.option_track[o]
    place = (f" in track {rival_track}" if applied.tracks and rival_track != GENERAL_TRACK
             else " in the open seats" if applied.tracks else "")
    if mine == theirs:
        shown = words.score(mine)
        return (f"not selected: tied with {rival}"
                f"{' at score ' + shown if shown else ''}{place}; the lottery "
                f"drew {rival} first")
    if problem.option_score[seating.lowest_in(rival_track)] == theirs:
        rival = seating.user_of(seating.lowest_in(rival_track))
        return (f"not selected: {_scored(words, mine)}below the last selected"
                f"{place} ({rival}{_paren_score(words, theirs)})")
    shown = words.score(theirs)
    return (f"not selected: {_scored(words, mine)}below {rival}"
            f"{' (' + shown + ')' if shown else ''}, the lowest-scored selected person "
            f"whose seat they could take{place}; lower-scored seats are held "
            f"by quota or group rules")


def _blocked_reason(seating: Seating, d: int, moves: Sequence[Move]) -> str:
    """A candidate no single swap can seat -> the rule that blocks every way in."""
    problem, policy, words = seating.problem, seating.applied, seating.words
    blocking = [{problem.rows[r] for r in seating.broken(o, alt)} for o, alt in moves]
    common = set.intersection(*blocking) if blocking else set()
    mine = problem.option_score[problem.options_of(d)[0]]
    if any(row.kind == "group" for row in common):
        return _group_reason(seating, d)
    max_rows = [row for row in common if row.kind == "quota" and row.hi is not None
                and row.options & set(problem.options_of(d))
                and row.hi <= len(row.options & set(seating.chosen))]
    if max_rows:
        quota = policy.quotas[int(max_rows[0].key)]
        return (f"not selected: {words.quota(quota)} allows at most {quota.max}, "
                f"all filled")
    min_rows = [row for row in common if row.kind == "quota" and row.lo > 0]
    if min_rows:
        labels = ", ".join(f"{words.quota(policy.quotas[int(r.key)])} needs at least "
                           f"{r.lo}" for r in min_rows)
        return f"not selected: every seat they could take is held by a quota ({labels})"
    if common:
        names = sorted({_rule_name(row, policy, words) for row in common})
        return f"not selected: no seat is free under {', '.join(names)}"
    names = sorted({_rule_name(row, policy, words) for rows in blocking for row in rows})
    return (f"not selected: taking any seat would break one of: {', '.join(names)}"
            + (f" (score {words.score(mine)})" if words.score(mine) else ""))


def _group_reason(seating: Seating, d: int) -> str:
    """A candidate whose group already has its seats -> who holds them, with the margin."""
    problem, policy, words = seating.problem, seating.applied, seating.words
    pool = problem.candidates
    candidate = pool[d]
    mine = problem.option_score[problem.options_of(d)[0]]
    holders = sorted((seating.seat_of[i] for i, c in enumerate(pool)
                      if c.group == candidate.group and i in seating.seat_of),
                     key=lambda o: problem.option_score[o])
    names = ", ".join(pool[problem.option_candidate[o]].user for o in holders)
    lowest = problem.option_score[holders[0]]
    margin = ""
    tracks = {problem.option_track[o] for o in holders}
    if tracks != {problem.option_track[problem.options_of(d)[0]]}:
        # Scores from different tracks use different criteria: name the track, not a margin.
        margin = " in " + ", ".join(
            "the open seats" if t == GENERAL_TRACK else f"track {t}" for t in sorted(tracks))
    elif words.score(mine):
        margin = f", score {words.score(lowest)} against {words.score(mine)}"
        if lowest == mine:
            margin += " (tied; the lottery decided)"
    group = words.group(candidate.group)
    owner = "their group's" if group == "their group" else f"{group}'s"
    seat = noun(len(holders), "seat")
    return (f"not selected: at most {policy.max_per_group} per group; {owner} {seat} "
            f"went to {names}{margin}")


def _rule_name(row: Row, policy: SelectionPolicy, words: Words) -> str:
    """A rule -> its name in a reason: "quota region Africa", "the 4 seats of track mentor"."""
    if row.kind == "quota":
        quota = policy.quotas[int(row.key)]
        return words.quota(quota)
    if row.kind == "group":
        return f"at most {policy.max_per_group} per group"
    seats = row.hi or 0  # seats, track and general rows always have an upper bound
    if row.kind == "track":
        return f"the {plural(seats, 'seat')} of track {row.key}"
    if row.kind == "general":
        return f"the {plural(seats, 'open seat')}"
    if row.kind == "seats":
        return f"the {plural(seats, 'seat')}"
    return "one seat per person"


# --- the waitlist ----------------------------------------------------------------------------

def waitlist_reason(reason: str, number: int, replaces: Sequence[str], everyone: int) -> str:
    """A not-selected reason, waitlist place, whose seats they can take and how many are
    selected -> "waitlist 2: ...; can take the seat of any selected person"."""
    who = "any selected person" if len(replaces) == everyone else ", ".join(replaces)
    text = reason.replace("not selected: ", "", 1)
    return f"waitlist {number}: {text}; can take the seat of {who}"


def beyond_waitlist(reason: str, size: int) -> str:
    """A reason of someone who could take a seat but is past the waitlist -> it, saying so."""
    return reason + f"; beyond the waitlist of {size}"


def _scored(words: Words, value: Fraction) -> str:
    shown = words.score(value)
    return f"score {shown}, " if shown else ""


def _paren_score(words: Words, value: Fraction) -> str:
    shown = words.score(value)
    return f", {shown}" if shown else ""


def _ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
