"""Global accounts where a wiki runs CentralAuth: the adapter against recorded answers.

The local test wiki has no CentralAuth; tests/fixtures/centralauth/ holds answers in the
format the API documents. The adapter's own look-up code runs; only ``_request`` answers
from the recording, and every request is counted.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.core.integrity import integrity_config
from bot.wiki.accounts import user_facts
from bot.wiki.state import HistoryStore
from bot.wiki.users import UserLookups, global_account

RECORDED = Path(__file__).resolve().parents[1] / "fixtures" / "centralauth"
GLOBAL = json.loads((RECORDED / "globaluserinfo.json").read_text(encoding="utf-8"))
LOCAL = json.loads((RECORDED / "users.json").read_text(encoding="utf-8"))


class RecordedWiki(UserLookups):
    """The adapter's user look-ups with the wiki's answers read from the recording."""

    def __init__(self, central: bool = True) -> None:
        super().__init__(site=None)
        self.central = central
        self.requests: list[dict[str, Any]] = []

    @property
    def batch(self) -> int:
        return 50

    def has_extension(self, name: str) -> bool:
        return self.central and name == "CentralAuth"

    def _request(self, **params: Any) -> dict[str, Any]:
        self.requests.append(params)
        if params.get("meta") == "globaluserinfo":
            return GLOBAL[params["guiuser"]]
        assert params.get("list") == "users"
        wanted = set(params["ususers"].split("|"))
        users = [u for u in LOCAL["query"]["users"] if u["name"] in wanted]
        return {"query": {"users": users}}


@pytest.mark.parametrize(("name", "missing", "locked", "editcount"), [
    ("Kilo", False, False, 5210),
    ("Lima", False, True, 812),      # format version 2: locked is true
    ("Oscar", False, True, 20000),   # format version 1: locked is an empty string
    ("Nobody", True, False, 0),      # version 1 missing
    ("Ghost", True, False, 0),       # version 2 missing
])
def test_globaluserinfo_answers_in_both_formats(name, missing, locked, editcount):
    found = global_account(GLOBAL[name])
    assert (found["missing"], found["locked"], found["editcount"]) == (missing, locked, editcount)


def test_a_global_account_without_a_local_one_exists():
    wiki = RecordedWiki()
    assert wiki.existing_users(["Kilo", "Lima", "Nobody"]) == {"Kilo", "Lima"}
    # One batched local look-up, then one global look-up per name missing locally.
    assert [r.get("guiuser") for r in wiki.requests] == [None, "Kilo", "Nobody"]


def test_without_centralauth_only_local_accounts_exist():
    wiki = RecordedWiki(central=False)
    assert wiki.existing_users(["Kilo", "Lima"]) == {"Lima"}
    assert len(wiki.requests) == 1


RULES = ("integrity:\n  eligibility:\n    global: true\n    min_edits: 500\n"
         "    registered_before: 2026-01-01T00:00:00Z\n{extra}")


def config(extra: str = "") -> Any:
    import yaml

    return integrity_config(yaml.safe_load(RULES.format(extra=extra))["integrity"])


def test_global_figures_decide_eligibility():
    from bot.core.integrity import ineligible

    rules = config("    not_blocked: true\n")
    users, note = user_facts(RecordedWiki(), ["Kilo", "Lima", "Mike", "Nobody"], rules)
    verdicts = {name: ineligible(name, users.get(name), rules.eligibility)
                for name in ("Kilo", "Lima", "Mike", "Nobody")}
    assert verdicts == {
        "Kilo": None,                             # no local account; 5,210 global edits
        "Lima": "ineligible:blocked",             # globally locked
        "Mike": "ineligible:registered_before",   # registered 2026-11-20
        "Nobody": "ineligible:account",
    }
    assert "global accounts" in note
    assert users["Kilo"].registration == datetime(2015, 3, 2, 10, 0, tzinfo=UTC)
    assert "global-rollbacker" in users["Mike"].groups


def test_global_figures_are_kept_between_runs(tmp_path):
    store = HistoryStore(tmp_path / "state.sqlite", "https://meta.example/w/api.php")
    rules = config()
    first = RecordedWiki()
    user_facts(first, ["Kilo", "Mike"], rules, store)
    assert sorted(r["guiuser"] for r in first.requests if "guiuser" in r) == ["Kilo", "Mike"]
    again = RecordedWiki()
    users, _ = user_facts(again, ["Kilo", "Mike"], rules, store)
    # Kilo's count is over min_edits and his registration never changes: not asked again.
    # Mike's 40 edits may have grown: asked again.
    assert [r["guiuser"] for r in again.requests if "guiuser" in r] == ["Mike"]
    assert users["Kilo"].exists and users["Kilo"].editcount == 5210


def test_without_centralauth_the_note_says_local_figures_are_used():
    users, note = user_facts(RecordedWiki(central=False), ["Kilo", "Lima"], config())
    assert "no CentralAuth" in note
    assert not users["Kilo"].exists and users["Lima"].editcount == 3
