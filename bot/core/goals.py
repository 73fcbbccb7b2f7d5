"""Evidence entries: what a goal's typed status means, and the one wording of an entry not
counted; pure.

The selection (points per goal, recommenders, mentees) and the participation records (a
person's goals, recommendations, mentees) read the same evidence templates; both use these
functions, so an entry counts, or is not counted for the same reason in the same words, on
every page.
"""

from __future__ import annotations

import re

GOAL_STATUSES = ("met", "partial", "not met")
_SPELLINGS = {"notmet": "not met"}


def goal_status(raw: str) -> str | None:
    """Status as typed ("Met", "not_met", "Not-Met") -> 'met' | 'partial' | 'not met' | None."""
    folded = re.sub(r"[\s_-]+", " ", raw).strip().casefold()
    folded = _SPELLINGS.get(folded, folded)
    return folded if folded in GOAL_STATUSES else None


def unknown_status_problem(subject: str, raw: str) -> str:
    """A goal's subject and its status as typed -> why it is not counted."""
    shown = raw or "(empty)"
    return (f"goal of {subject}: status {shown!r} is none of met, partial, not met; "
            "not counted")


def no_text_problem(subject: str) -> str:
    """A goal's subject -> why a record without goal text is not counted."""
    return f"goal of {subject}: no goal text, not counted"


def self_signed_problem(kind: str, subject: str) -> str:
    """An entry's kind and the person it is about, who signed it -> why it is not counted
    (nobody recommends, confirms mentoring by or recognizes themself)."""
    if kind == "mentoring feedback":
        return (f"mentoring feedback for {subject}: signed by {subject} themself (the mentor, "
                "not a mentee), not counted")
    return f"{kind} of {subject}: signed by {subject} themself, not counted"
