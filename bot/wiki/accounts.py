"""Accounts the integrity rules ask about, looked up in batches: their facts for the
eligibility rules (local, or global where the wiki runs CentralAuth), and which editors of
excluded entries are clerks by their groups."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from bot.core.audit_words import english_note
from bot.core.integrity import IntegrityConfig, UserFacts
from bot.wiki.state import HistoryStore

log = logging.getLogger("peerbot")

# the verdicts a clerk's edit would undo: their editors are looked up by group
CLERK_MATTERS = ("forged", "tampered")


def _utc(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(UTC)


def user_facts(wiki: Any, names: Iterable[str], config: IntegrityConfig,
               store: HistoryStore | None = None) -> tuple[dict[str, UserFacts], str]:
    """User names -> ({name: UserFacts}, a note for the report about where figures came
    from, in English: ``render_audit`` shows it in the report's language, or '').

    One batched look-up per 50 (500) names; ``edits_before`` costs one request per user.
    With ``eligibility.global`` on a wiki that runs CentralAuth, global accounts decide
    (see ``_with_global``).
    """
    rules = config.eligibility
    wanted = sorted(set(names))
    if not rules.active or not wanted:
        return {}, ""
    note = ""
    central = rules.global_accounts and wiki.has_extension("CentralAuth")
    if rules.global_accounts and not central:
        note = english_note("peerbot-audit-note-no-centralauth")
    info = wiki.user_info(wanted)
    out: dict[str, UserFacts] = {}
    for name in wanted:
        data = info.get(name)
        if data is None or data["missing"]:
            out[name] = UserFacts(name, exists=False)
            continue
        before = None
        if rules.edits_before and rules.min_edits:
            before = wiki.edits_before(name, rules.edits_before.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                       rules.min_edits)
        out[name] = UserFacts(name, True, data["editcount"],
                              _utc(data["registration"]) if data["registration"] else None,
                              tuple(data["groups"]), data["blocked"], before,
                              bool(data.get("partial")))
    if central:
        out = _with_global(wiki, out, rules, store)
        note = english_note("peerbot-audit-note-global")
    return out, note


def _with_global(wiki: Any, local: dict[str, UserFacts], rules: Any,
                 store: HistoryStore | None) -> dict[str, UserFacts]:
    """Local facts -> the same people by their global accounts: a global account exists even
    with no local one; its edit count, registration and lock decide. Kept between runs: a
    registration never changes and an edit count once over ``min_edits`` stays over it, so
    such people are not asked again unless a lock could matter (``not_blocked``)."""
    cached = store.global_accounts(local) if store is not None else {}
    threshold = rules.min_edits or 0
    reuse = {name: value for name, value in cached.items()
             if value[0] and value[1] >= threshold and not rules.not_blocked}
    asked = wiki.global_info([name for name in local if name not in reuse])
    if store is not None:
        store.keep_global_accounts({name: (g["registration"], g["editcount"])
                                    for name, g in asked.items() if not g["missing"]})
    out = {}
    for name, facts in local.items():
        if name in reuse:
            registration, editcount = reuse[name]
            out[name] = replace(facts, exists=True, editcount=editcount,
                                registration=_utc(registration) if registration else None)
            continue
        found = asked[name]
        if found["missing"]:
            out[name] = replace(facts, exists=False)
            continue
        out[name] = replace(
            facts, exists=True, editcount=found["editcount"],
            registration=_utc(found["registration"]) if found["registration"] else None,
            groups=tuple(dict.fromkeys((*facts.groups, *found["groups"]))),
            blocked=facts.blocked or found["locked"])
    return out


def with_clerks_by_group(wiki: Any, config: IntegrityConfig,
                         editors: Iterable[str | None]) -> IntegrityConfig | None:
    """The editors of entries excluded as forged or tampered -> the config with those of them
    in ``clerk_groups`` added to the clerks, or None when none is (one batched look-up, made
    only when there is someone to look up)."""
    wanted = sorted({e for e in editors if e} - set(config.clerks))
    if not config.clerk_groups or not wanted:
        return None
    info = wiki.user_info(wanted)
    clerks = [name for name in wanted
              if set(info.get(name, {}).get("groups", ())) & set(config.clerk_groups)]
    if not clerks:
        return None
    log.info("clerks by group (%s): %s", ", ".join(config.clerk_groups), ", ".join(clerks))
    return replace(config, clerks=(*config.clerks, *clerks))
