"""Vote pages parsed once per revision: kept in the state folder with their votes' history
keys, so a run after k changed vote pages parses only those k."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from bot.core.history import entry_keys, known_entry_keys
from bot.core.model import SiteFacts
from bot.votes.model import Ballot, Excluded, Vote, VotePage
from bot.votes.page import parse_votes
from bot.wiki.parsed import canonical


def votes_key(facts: SiteFacts, rules: Any) -> str:
    """What parsing a vote page depends on besides its text -> a short key."""
    from bot import __version__

    return "v" + hashlib.sha1(repr((__version__, canonical(facts), canonical(rules)))
                              .encode()).hexdigest()[:16]


def parse_votes_kept(store: Any, pages: Sequence[Any], facts: SiteFacts,
                     rules: Any) -> list[Any]:
    """Vote pages read -> their VotePages as ``parse_votes`` makes them; a page parsed
    before at the same revision comes from the store, with its votes' history keys."""
    key = votes_key(facts, rules)
    kept = store.parsed([(p.title, p.revision) for p in pages], key) if store else {}
    out, fresh = [], []
    for page in pages:
        found = kept.get(page.title)
        if found is None:
            parsed = parse_votes(page.text, facts, rules, page.title)
            records: list[Vote | Ballot] = [*parsed.votes, *parsed.ballots]
            fresh.append((page.title, page.revision, json.dumps(
                [_vote_page_json(parsed), [list(entry_keys(r.text, facts)) for r in records]])))
        else:
            data, keys = json.loads(found)
            parsed = _vote_page(data)
            for record, both in zip((*parsed.votes, *parsed.ballots), keys, strict=False):
                known_entry_keys(record.text, facts, (both[0], both[1]))
        out.append(parsed)
    if store is not None and fresh:
        store.keep_parsed(fresh, key)
    return out


def _record_json(record: Any) -> dict[str, Any]:
    data = asdict(record)
    if data.get("timestamp") is not None:
        data["timestamp"] = data["timestamp"].isoformat()
    return data


def _record(kind: Any, data: dict[str, Any]) -> Any:
    if data.get("timestamp") is not None:
        data["timestamp"] = datetime.fromisoformat(data["timestamp"])
    if "ranking" in data:
        data["ranking"] = tuple(data["ranking"])
    if kind is Vote:  # notes as messages; a cache written before them held "note"
        data.pop("note", None)
        data["notes"] = tuple((key, tuple(params)) for key, params in data.get("notes", ()))
    return kind(**data)


def _vote_page_json(page: Any) -> dict[str, Any]:
    return {"page": page.page, "layout": page.layout, "subjects": list(page.subjects),
            "stance_options": page.stance_options,
            "votes": [_record_json(v) for v in page.votes],
            "excluded": [_record_json(e) for e in page.excluded],
            "ballots": [_record_json(b) for b in page.ballots],
            "ballot_excluded": [_record_json(e) for e in page.ballot_excluded]}


def _vote_page(data: dict[str, Any]) -> Any:
    return VotePage(data["page"], data["layout"], tuple(data["subjects"]),
                    tuple(_record(Vote, v) for v in data["votes"]),
                    tuple(_record(Excluded, e) for e in data["excluded"]),
                    tuple(_record(Ballot, b) for b in data["ballots"]),
                    tuple(_record(Excluded, e) for e in data["ballot_excluded"]),
                    data["stance_options"])
