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

from bot.core.i18n import english
from bot.core.model import Entry
from bot.core.notices import kind_name

GOAL_STATUSES = ("met", "partial", "not met")
_SPELLINGS = {"notmet": "not met"}


def goal_status(raw: str) -> str | None:
    """Status as typed ("Met", "not_met", "Not-Met") -> 'met' | 'partial' | 'not met' | None."""
    folded = re.sub(r"[\s_-]+", " ", raw).strip().casefold()
    folded = _SPELLINGS.get(folded, folded)
    return folded if folded in GOAL_STATUSES else None


Why = tuple[str, tuple[str, ...]]  # a message key and its parameters


def _english(why: Why) -> str:
    return english(why[0], *why[1])


def unknown_status_why(subject: str, raw: str) -> Why:
    """A goal's subject and its status as typed -> why it is not counted (message, params)."""
    if not raw:
        return "peerbot-problem-goal-status-empty", (subject,)
    return "peerbot-problem-goal-status", (subject, repr(raw))


def unknown_status_problem(subject: str, raw: str) -> str:
    """A goal's subject and its status as typed -> why it is not counted."""
    return _english(unknown_status_why(subject, raw))


def no_text_problem(subject: str) -> str:
    """A goal's subject -> why a record without goal text is not counted."""
    return _english(("peerbot-problem-goal-no-text", (subject,)))


def self_signed_why(kind: str, subject: str) -> Why:
    """An entry's kind and the person it is about, who signed it -> why it is not counted
    (nobody recommends, confirms mentoring by or recognizes themself)."""
    if kind == "mentoring feedback":
        return "peerbot-problem-self-feedback", (subject,)
    return "peerbot-problem-self-signed", (kind_name(kind), subject)


def self_signed_problem(kind: str, subject: str) -> str:
    """``self_signed_why`` in English."""
    return _english(self_signed_why(kind, subject))


def no_account_why(kind: str, subject: str) -> Why:
    """An entry's kind and the person it names, who has no account -> why it is not
    counted (no account, so no candidate on the summary or the selection page)."""
    return "peerbot-problem-no-account", (kind_name(kind), subject)


def no_account_problem(kind: str, subject: str) -> str:
    """``no_account_why`` in English."""
    return _english(no_account_why(kind, subject))


SELF_SIGNED_KINDS = ("recommendation", "mentoring feedback", "recognition")


def why_not_counted(entry: Entry) -> Why | None:
    """An evidence entry (recommendation, mentoring feedback, recognition, goal) -> why no
    report counts it, as a message key and its parameters (None: it counts); a report
    shows it with ``bot.core.notices.problem(page, key, *params)``.

    The nominations summary, the selection and the participation records all ask this
    function, so an entry has the same status and the same words on every page."""
    signer = entry.signer or ""
    if entry.kind in SELF_SIGNED_KINDS and signer and signer == entry.subject:
        return self_signed_why(entry.kind, entry.subject)
    if entry.kind == "goal":
        if not entry.param("goal"):
            return "peerbot-problem-goal-no-text", (entry.subject,)
        if goal_status(entry.param("status")) is None:
            return unknown_status_why(entry.subject, entry.param("status").strip())
    if entry.kind == "recognition" and not entry.param("for"):
        return "peerbot-problem-recognition-no-for", (entry.subject, signer)
    return None


def not_counted(entry: Entry) -> str | None:
    """``why_not_counted`` in English words (logs, JSON, the audit's note)."""
    why = why_not_counted(entry)
    return None if why is None else _english(why)


def peer_signers(entries: Iterable[Entry], subject: str) -> tuple[str, ...]:
    """Entries about one person -> their distinct signers other than that person, in order
    of first appearance: the nominators and recommenders every report counts (an
    application, signed by the nominee, is no nomination by a peer)."""
    return tuple(dict.fromkeys(e.signer for e in entries if e.signer and e.signer != subject))
