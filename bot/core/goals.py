"""Evidence entries: what a goal's typed status means, and the one wording of an entry not
counted; pure.

The selection (points per goal, recommenders, mentees) and the participation records (a
person's goals, recommendations, mentees) read the same evidence templates; both use these
functions, so an entry counts, or is not counted for the same reason in the same words, on
every page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.model import Entry

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


def no_account_problem(kind: str, subject: str) -> str:
    """An entry's kind and the person it names, who has no account -> why it is not
    counted (no account, so no candidate on the summary or the selection page)."""
    return f"{kind} of {subject}: no such account, so no candidate"


SELF_SIGNED_KINDS = ("recommendation", "mentoring feedback", "recognition")


def not_counted(entry: Entry) -> str | None:
    """An evidence entry (recommendation, mentoring feedback, recognition, goal) -> why no
    report counts it, in the one wording every report shows (None: it counts).

    The nominations summary, the selection and the participation records all ask this
    function, so an entry has the same status and the same words on every page."""
    signer = entry.signer or ""
    if entry.kind in SELF_SIGNED_KINDS and signer and signer == entry.subject:
        return self_signed_problem(entry.kind, entry.subject)
    if entry.kind == "goal":
        if not entry.param("goal"):
            return no_text_problem(entry.subject)
        if goal_status(entry.param("status")) is None:
            return unknown_status_problem(entry.subject, entry.param("status").strip())
    if entry.kind == "recognition" and not entry.param("for"):
        return (f"recognition of {entry.subject} by {signer}: says nothing in 'for', "
                "not counted")
    return None


def peer_signers(entries: Iterable[Entry], subject: str) -> tuple[str, ...]:
    """Entries about one person -> their distinct signers other than that person, in order
    of first appearance: the nominators and recommenders every report counts (an
    application, signed by the nominee, is no nomination by a peer)."""
    return tuple(dict.fromkeys(e.signer for e in entries if e.signer and e.signer != subject))
