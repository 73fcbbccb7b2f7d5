"""Candidate + criteria -> the terms of their score, and the sum a reader can redo; pure.

A score is a sum of terms; each term is a count of something a policy counts (nominators,
recommenders, mentees, goals by status, candidates nominated later) times the factors the
policy gives it (points per goal, a recommender's share, the criterion's weight). Written out,
"2 nominators × 1.0 + 1 recommender × 0.5 × 1.0 + 3 mentees × 2.0 = 8.5": every number
outside parentheses is multiplied within its term and the terms add up to the score shown;
text in parentheses only says where a count comes from (a cap, the counts before it). The
numbers are exact (decimals, or a/b when a factor is no finite decimal), so the sum can be
redone by hand; ``tests/unit/test_selection_breakdown.py`` redoes it for every candidate of
every shipped policy and compares it with the solver's score. The words are messages
(``i18n/selection/``) and the numbers their parameters, so the sum reads the same in every
language.
"""

from __future__ import annotations

from fractions import Fraction

from bot.selection.policy import Criteria
from bot.selection.records import Candidate, Term
from bot.selection.score import format_score
from bot.selection.wording import Said, joined


def exact_text(value: Fraction, *, point: bool = True) -> str:
    """Exact number -> its exact text: "2", "0.5", "-0.25", "1/3"; ``point`` writes whole
    numbers as "1.0" (how weights are shown)."""
    if value.denominator == 1:
        return f"{value.numerator}.0" if point else str(value.numerator)
    rest = value.denominator
    for factor in (2, 5):
        while rest % factor == 0:
            rest //= factor
    if rest != 1:
        return f"{value.numerator}/{value.denominator}"
    digits = 0
    while (value * 10 ** digits).denominator != 1:
        digits += 1
    return f"{float(value):.{digits}f}" if digits <= 12 else str(value)


def score_terms(candidate: Candidate, criteria: Criteria, first_come: int) -> tuple[Term, ...]:
    """Candidate, the criteria of their seat's track and their first-come value -> the terms
    of their score, in the policy's criterion order, leaving out terms that count nothing."""
    terms: list[Term] = []
    if criteria.mentoring is not None:
        rule_m = criteria.mentoring
        mentees = len(candidate.mentees)
        if rule_m.cap is not None and mentees > rule_m.cap:
            terms.append(Term(Fraction(rule_m.cap),
                              Said("peerbot-selection-term-mentees", rule_m.cap),
                              (rule_m.weight,),
                              Said("peerbot-selection-term-capped-mentees", rule_m.cap,
                                   mentees)))
        else:
            terms.append(Term(Fraction(mentees), Said("peerbot-selection-term-mentees", mentees),
                              (rule_m.weight,)))
    if criteria.goals is not None:
        rule_g = criteria.goals
        for status, points in (("met", rule_g.met), ("partial", rule_g.partial),
                               ("not met", rule_g.not_met)):
            n = sum(1 for goal in candidate.goals if goal.status == status)
            terms.append(Term(Fraction(n), Said(_GOAL_TERM[status], n),
                              (points, rule_g.weight)))
        if candidate.less_resourced:
            n = sum(1 for goal in candidate.goals if goal.status in ("met", "partial"))
            terms.append(Term(Fraction(n), Said("peerbot-selection-term-bonuses", n),
                              (rule_g.less_resourced_bonus, rule_g.weight)))
    if criteria.first_come is not None:
        terms.append(Term(Fraction(first_come), Said("peerbot-selection-term-later", first_come),
                          (criteria.first_come.weight,)))
    if criteria.nominations is not None:
        terms.extend(_nomination_terms(candidate, criteria))
    return tuple(t for t in terms if t.count and all(t.factors))


_GOAL_TERM = {"met": "peerbot-selection-term-goals-met",
              "partial": "peerbot-selection-term-goals-partial",
              "not met": "peerbot-selection-term-goals-not-met"}


def _nomination_terms(candidate: Candidate, criteria: Criteria) -> list[Term]:
    rule = criteria.nominations
    assert rule is not None
    nominators, recommenders = len(candidate.nominators), len(candidate.recommenders)
    raw = nominators + rule.recommendation_weight * recommenders
    if rule.cap is not None and raw > rule.cap:
        return [Term(rule.cap, Said("peerbot-selection-term-nominations"), (rule.weight,),
                     Said("peerbot-selection-term-capped-nominations", nominators, recommenders,
                          exact_text(rule.recommendation_weight),
                          exact_text(raw, point=False)))]
    return [Term(Fraction(nominators), Said("peerbot-selection-term-nominators", nominators),
                 (rule.weight,)),
            Term(Fraction(recommenders), Said("peerbot-selection-term-recommenders",
                                              recommenders),
                 (rule.recommendation_weight, rule.weight))]


def term_value(term: Term) -> Fraction:
    """Term -> count times every factor."""
    value = term.count
    for factor in term.factors:
        value *= factor
    return value


def term_text(term: Term) -> Said:
    """Term -> "2 nominators × 1.0", "3 mentees (capped at 3 of 5 confirmed) × 2.0"."""
    factors = joined((exact_text(f) for f in term.factors), "peerbot-selection-times")
    count = exact_text(term.count, point=False)
    if term.note:
        return Said("peerbot-selection-term-note", count, term.label, term.note, factors)
    return Said("peerbot-selection-term", count, term.label, factors)


def breakdown_text(terms: tuple[Term, ...], score: Fraction) -> Said:
    """Terms and the score -> "2 nominators × 1.0 + 3 mentees × 2.0 = 8.0"; with no terms,
    "nothing this policy counts = 0.0"."""
    if not terms:
        return Said("peerbot-selection-breakdown-nothing", format_score(score))
    return Said("peerbot-selection-breakdown",
                joined((term_text(t) for t in terms), "peerbot-selection-plus"),
                format_score(score))
