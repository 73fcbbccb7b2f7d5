"""Chosen seats -> one plain sentence per candidate naming the rule and the margin; pure.

The reasons read like "selected: track mentor, 4th of 6 seats by score; score 12.5 against 9.0
for Ann, the best left out who could take this seat" or "not selected:
at most 1 per group; WM X's seat went to Y, score 12.5 against 9.0" (docs/selection.md, "How seats
are chosen", and the report's tables). To find them, a ``Seating`` looks at the chosen seats the
way a reader would: for every candidate left out, which single swap with a selected person
would keep every rule, and if none, which rule blocks every way in. A selected person is said
to be selected by quota when a higher-scored rival could only have taken their seat by breaking
a quota minimum. Fields listed in the policy's ``hide`` never appear in a reason.

Each reason is a ``Said`` (``bot.selection.wording``): English text that keeps its message key
(``i18n/selection/``) and parameters, so the report writes it in its own language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from bot.selection.policy import GENERAL_TRACK, Quota, SelectionPolicy
from bot.selection.records import Candidate
from bot.selection.score import format_score, lottery_key
from bot.selection.solve import Problem, Row
from bot.selection.wording import Said, joined

Move = tuple[int | None, int]  # (the selected option given up, or None; the option taken)


@dataclass(frozen=True)
class Words:
    """Phrasing helpers that leave out hidden fields."""

    hide: frozenset[str]

    def score(self, value: Fraction) -> str:
        """Score -> its text, or '' when scores are hidden."""
        return "" if "score" in self.hide else format_score(value)

    def quota(self, quota: Quota) -> Said:
        """Quota -> "quota region Africa", or a phrase that does not name a hidden attribute."""
        if quota.attribute in self.hide:
            return Said("peerbot-selection-quota-private")
        return Said("peerbot-selection-quota-named", quota.attribute, quota.value)

    def quota_need(self, quota: Quota) -> Said:
        """Quota -> "region Africa needs at least 2", or a phrase hiding the attribute."""
        if quota.attribute in self.hide:
            return Said("peerbot-selection-quota-private-need")
        return Said("peerbot-selection-quota-need", quota.attribute, quota.value, quota.min)


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
                    unselected: Sequence[tuple[int, tuple[int, ...]]]) -> tuple[Said, bool]:
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
        drawn: list[str] = sorted(set(ties), key=lambda u: seating.keys[u])
        reason = Said("peerbot-selection-tied-drawn", reason, joined(drawn))
    return reason, False


def _seat_text(seating: Seating, o: int, rank: int,
               rivals: Sequence[tuple[int, int]]) -> Said:
    """Selected option, rank and the options of those left out -> why, in the policy's
    terms: "selected: track mentor, 4th of 6 seats by score; score 12.5 against 9.0 for
    Ann, the best left out who could take this seat" (no rivals given: the margin is left
    out, as when a tie is named instead)."""
    problem, applied, words = seating.problem, seating.applied, seating.words
    track_name = problem.option_track[o]
    score = problem.option_score[o]
    seats = seating.capacity(track_name)
    if track_name == GENERAL_TRACK and applied.tracks:
        text = Said("peerbot-selection-selected-open", _ordinal(rank), seats)
    elif applied.tracks:
        text = Said("peerbot-selection-selected-track", _ordinal(rank), seats, track_name)
    else:
        text = Said("peerbot-selection-selected", _ordinal(rank), seats)
    challengers = [(d, alt) for d, alt in rivals if not seating.broken(o, alt)]
    if not challengers:
        if rivals:
            return Said("peerbot-selection-nobody-could", text)
        return text
    d, alt = min(challengers, key=lambda da: (-problem.option_score[da[1]],
                                              seating.keys[problem.candidates[da[0]].user]))
    rival = problem.candidates[d].user
    if words.score(score):
        return Said("peerbot-selection-margin", text, words.score(score),
                    words.score(problem.option_score[alt]), rival)
    return Said("peerbot-selection-ahead", text, rival)


def _held_by_quota(seating: Seating, o: int, rivals: Sequence[tuple[int, int]]) -> Said | None:
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
            if words.score(score):
                return Said("peerbot-selection-by-quota-score", words.quota_need(quota),
                            words.score(score), rival, words.score(problem.option_score[alt]))
            return Said("peerbot-selection-by-quota-ahead", words.quota_need(quota), rival)
    return None


# --- not selected ----------------------------------------------------------------------------

NOT_SELECTED_KEY = "peerbot-selection-not-selected"


def _not_selected(why: Said) -> Said:
    return Said(NOT_SELECTED_KEY, why)


def no_seat_reason(policy: SelectionPolicy, candidate: Candidate) -> Said:
    """A candidate with no seat they may take -> why (no seats, or none for their track)."""
    if not policy.seats:
        return _not_selected(Said("peerbot-selection-no-seats"))
    track: object = candidate.track or Said("peerbot-selection-no-track")
    return _not_selected(Said("peerbot-selection-no-track-seats", track))


def not_selected_reason(seating: Seating, d: int, fine: Sequence[tuple[int, int]],
                        moves: Sequence[Move]) -> Said:
    """A candidate left out, the swaps that would keep every rule (``fine``) and every way in
    (``moves``) -> the reason: their group is full, the margin to whose seat they could take,
    or the rule that blocks every way in."""
    applied = seating.applied
    candidate = seating.problem.candidates[d]
    pool = seating.problem.candidates
    group_full = applied.max_per_group is not None and candidate.group and sum(
        1 for i in seating.seat_of if pool[i].group == candidate.group) >= applied.max_per_group
    if group_full:
        return _not_selected(_group_reason(seating, d))
    if fine:
        return _not_selected(_swap_reason(seating, fine))
    return _not_selected(_blocked_reason(seating, d, moves))


def _place(applied: SelectionPolicy, track: str) -> object:
    """A seat's track -> " in track mentor", " in the open seats", or "" without tracks."""
    if not applied.tracks:
        return ""
    if track == GENERAL_TRACK:
        return Said("peerbot-selection-in-open-seats")
    return Said("peerbot-selection-in-track", track)


def _swap_reason(seating: Seating, fine: Sequence[tuple[int, int]]) -> Said:
    """The swaps a candidate could make -> the margin to the closest selected person."""
    problem, applied, words = seating.problem, seating.applied, seating.words
    o, alt = min(fine, key=lambda m: (problem.option_score[m[0]] - problem.option_score[m[1]],
                                      seating.keys[seating.user_of(m[0])]))
    theirs, mine = problem.option_score[o], problem.option_score[alt]
    rival, rival_track = seating.user_of(o), problem.option_track[o]
    place = _place(applied, rival_track)
    if mine == theirs:
        shown = words.score(mine)
        return Said("peerbot-selection-tied-with", rival,
                    Said("peerbot-selection-at-score", shown) if shown else "", place)
    if problem.option_score[seating.lowest_in(rival_track)] == theirs:
        rival = seating.user_of(seating.lowest_in(rival_track))
        return Said("peerbot-selection-below-last", _scored(words, mine), place, rival,
                    _paren_score(words, theirs))
    shown = words.score(theirs)
    return Said("peerbot-selection-below-lowest", _scored(words, mine), rival,
                Said("peerbot-selection-score-in-parentheses", shown) if shown else "", place)


def _blocked_reason(seating: Seating, d: int, moves: Sequence[Move]) -> Said:
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
        return Said("peerbot-selection-quota-full", words.quota(quota), quota.max)
    min_rows = [row for row in common if row.kind == "quota" and row.lo > 0]
    if min_rows:
        labels = joined(Said("peerbot-selection-needs-at-least",
                             words.quota(policy.quotas[int(r.key)]), r.lo) for r in min_rows)
        return Said("peerbot-selection-held-by-quota", labels)
    if common:
        names = sorted({_rule_name(row, policy, words) for row in common})
        return Said("peerbot-selection-no-seat-free", joined(names))
    names = sorted({_rule_name(row, policy, words) for rows in blocking for row in rows})
    if words.score(mine):
        return Said("peerbot-selection-would-break-score", joined(names), words.score(mine))
    return Said("peerbot-selection-would-break", joined(names))


def _group_reason(seating: Seating, d: int) -> Said:
    """A candidate whose group already has its seats -> who holds them, with the margin."""
    problem, policy, words = seating.problem, seating.applied, seating.words
    pool = problem.candidates
    candidate = pool[d]
    mine = problem.option_score[problem.options_of(d)[0]]
    holders = sorted((seating.seat_of[i] for i, c in enumerate(pool)
                      if c.group == candidate.group and i in seating.seat_of),
                     key=lambda o: problem.option_score[o])
    names = joined(pool[problem.option_candidate[o]].user for o in holders)
    lowest = problem.option_score[holders[0]]
    margin: object = ""
    tracks = {problem.option_track[o] for o in holders}
    if tracks != {problem.option_track[problem.options_of(d)[0]]}:
        # Scores from different tracks use different criteria: name the track, not a margin.
        margin = Said("peerbot-selection-group-in", joined(
            Said("peerbot-selection-the-open-seats") if t == GENERAL_TRACK
            else Said("peerbot-selection-track-named", t) for t in sorted(tracks)))
    elif words.score(mine):
        margin = Said("peerbot-selection-group-margin-tied" if lowest == mine
                      else "peerbot-selection-group-margin",
                      words.score(lowest), words.score(mine))
    if "group" in words.hide:
        return Said("peerbot-selection-group-full-hidden", policy.max_per_group, len(holders),
                    names, margin)
    return Said("peerbot-selection-group-full", policy.max_per_group, candidate.group,
                len(holders), names, margin)


def _rule_name(row: Row, policy: SelectionPolicy, words: Words) -> Said:
    """A rule -> its name in a reason: "quota region Africa", "the 4 seats of track mentor"."""
    if row.kind == "quota":
        quota = policy.quotas[int(row.key)]
        return words.quota(quota)
    if row.kind == "group":
        return Said("peerbot-selection-rule-group", policy.max_per_group)
    seats = row.hi or 0  # seats, track and general rows always have an upper bound
    if row.kind == "track":
        return Said("peerbot-selection-rule-track", seats, row.key)
    if row.kind == "general":
        return Said("peerbot-selection-rule-open-seats", seats)
    if row.kind == "seats":
        return Said("peerbot-selection-rule-seats", seats)
    return Said("peerbot-selection-rule-one-seat")


# --- the waitlist ----------------------------------------------------------------------------

def waitlist_reason(reason: str, number: int, replaces: Sequence[str], everyone: int) -> Said:
    """A not-selected reason, waitlist place, whose seats they can take and how many are
    selected -> "waitlist 2: ...; can take the seat of any selected person"."""
    who: object = (Said("peerbot-selection-any-selected") if len(replaces) == everyone
                   else joined(replaces))
    text: object = reason
    if isinstance(reason, Said) and reason.key == NOT_SELECTED_KEY:
        text = reason.params[0]  # "waitlist 2: tied with ...", not "...: not selected: ..."
    return Said("peerbot-selection-waitlist-reason", number, text, who)


def beyond_waitlist(reason: str, size: int) -> Said:
    """A reason of someone who could take a seat but is past the waitlist -> it, saying so."""
    return Said("peerbot-selection-beyond-waitlist", reason, size)


def _scored(words: Words, value: Fraction) -> object:
    shown = words.score(value)
    return Said("peerbot-selection-score-comma", shown) if shown else ""


def _paren_score(words: Words, value: Fraction) -> object:
    shown = words.score(value)
    return Said("peerbot-selection-comma-score", shown) if shown else ""


def _ordinal(number: int) -> Said:
    """Rank -> "1st", "22nd", "4th": one message per English ending, so each language
    writes its own ordinal from the number."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return Said(f"peerbot-selection-ordinal-{suffix}", number)
