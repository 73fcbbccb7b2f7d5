"""Integrity rules and signature-anchored blame, on hand-made records (no network)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.config import ConfigError
from bot.core.history import (
    Origin,
    RevisionText,
    blame,
    entry_key,
    entry_keys,
    unsigned_key,
    unsigned_user,
)
from bot.core.integrity import IntegrityConfig, UserFacts, ineligible, integrity_config, judge
from bot.core.model import SiteFacts

EN = SiteFacts()


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, 1, hour, minute, tzinfo=UTC)


SIG = "[[User:Ann|Ann]] ([[User talk:Ann|talk]]) 10:00, 1 May 2026 (UTC)"


def test_blame_finds_the_revision_that_added_a_signature_even_after_strike_and_move():
    revisions = [
        RevisionText(1, "Org", at(9), "== Vote ==\n"),
        RevisionText(2, "Ann", at(10), f"== Vote ==\n# {{{{support}}}} {SIG}\n"),
        RevisionText(3, "Clerk", at(11), f"== Other ==\n#<s> {{{{support}}}} {SIG}</s> moved\n"),
    ]
    origins = blame(revisions, EN)
    key = entry_key(f"#<s> {{{{support}}}} {SIG}</s> moved", EN)
    assert key is not None and origins[key] == Origin(2, "Ann", at(10))


def test_blame_skips_known_keys_and_hidden_texts():
    key = entry_key(f"# x {SIG}", EN)
    assert key is not None
    found = blame([RevisionText(5, "Eve", at(12), None),
                   RevisionText(6, "Eve", at(13), f"# x {SIG}")], EN, known={key})
    assert key not in found


def test_unsigned_notes_name_the_real_voter():
    text = "# {{support}} good idea <!-- Template:Unsigned --> [[User:Bo|Bo]] " \
           "([[User talk:Bo|talk]]) 10:00, 1 May 2026 (UTC)"
    assert unsigned_user(text, EN) == "Bo"
    assert unsigned_user("# {{support}} ok {{unsigned|Cy}}", EN) == "Cy"
    assert unsigned_key(text, EN) == unsigned_key("# {{support}} good idea {{unsigned|Bo}}", EN)
    assert unsigned_key("# plain vote", EN) is None


def test_judge_forged_clerk_and_time_window():
    config = integrity_config({"clerks": ["Clerk"], "open": "2026-05-01T09:30:00Z",
                               "close": "2026-05-01T12:00:00Z"})
    assert judge("Ann", at(10), Origin(2, "Ann", at(10)), None, {}, config).reason is None
    forged = judge("Ann", at(10), Origin(3, "Eve", at(10)), None, {}, config)
    assert (forged.reason, forged.editor) == ("forged", "Eve")
    moved = judge("Ann", at(10), Origin(4, "Clerk", at(13)), None, {}, config)
    assert moved.reason is None and moved.time == at(10)  # a clerk's move keeps the vote's time
    assert judge("Ann", at(9), Origin(1, "Ann", at(9)), None, {}, config).reason == "early"
    late = judge("Ann", at(10), Origin(9, "Ann", at(13)), None, {}, config)
    assert late.reason == "late"  # the typed date is 10:00, the save was at 13:00
    assert judge("Ann", at(10), Origin(8, "Bo", at(10)), "Bo", {}, config).user == "Bo"


@pytest.mark.parametrize("facts, reason", [
    (UserFacts("U", True, 500, at(1), ("user",)), None),
    (UserFacts("U", False), "ineligible:account"),
    (UserFacts("U", True, 500, at(23), ("user",)), "ineligible:registered_before"),
    (UserFacts("U", True, 3, at(1), ("user",)), "ineligible:min_edits"),
    (UserFacts("U", True, 500, at(1), ("user",), blocked=True), "ineligible:blocked"),
    (UserFacts("U", True, 500, at(1), ("user", "bot")), "ineligible:bot"),
])
def test_eligibility_rules(facts, reason):
    config = integrity_config({"eligibility": {
        "registered_before": "2026-05-01T12:00:00Z", "min_edits": 10, "not_blocked": True,
        "not_bot": True}})
    assert ineligible("U", facts, config.eligibility) == reason


@pytest.mark.parametrize("setting, sitewide, partial", [
    (True, "ineligible:blocked", None),
    ("sitewide", "ineligible:blocked", None),
    ("any", "ineligible:blocked", "ineligible:partially_blocked"),
    (False, None, None),
])
def test_partial_blocks_count_only_when_asked(setting, sitewide, partial):
    rules = integrity_config({"eligibility": {"not_blocked": setting}}).eligibility
    whole = UserFacts("U", True, 500, at(1), ("user",), blocked=True)
    some = UserFacts("U", True, 500, at(1), ("user",), blocked=True, partial_block=True)
    assert ineligible("U", whole, rules) == sitewide
    assert ineligible("U", some, rules) == partial


def test_a_not_blocked_typo_is_a_config_error():
    with pytest.raises(ConfigError, match="not_blocked: must be true, false, sitewide or any"):
        integrity_config({"eligibility": {"not_blocked": "partial"}})


def test_groups_include_and_exclude_lists():
    rules = integrity_config({"eligibility": {"groups": ["autoconfirmed"], "include": ["Vip"],
                                              "exclude": ["Banned"]}}).eligibility
    plain = UserFacts("X", True, 5, None, ("user",))
    assert ineligible("X", plain, rules) == "ineligible:group"
    assert ineligible("Vip", plain, rules) is None
    member = UserFacts("Banned", True, 5, None, ("autoconfirmed",))
    assert ineligible("Banned", member, rules) == "ineligible:excluded"


@pytest.mark.parametrize("data, key", [
    ({"clerk": []}, "clerk"),
    ({"close": "tomorrow"}, "close"),
    ({"open": "2026-05-02T00:00:00Z", "close": "2026-05-01T00:00:00Z"}, "close"),
    ({"eligibility": {"min_edits": -1}}, "min_edits"),
    ({"eligibility": {"not_bot": "yes"}}, "not_bot"),
    ({"nominations": {"max_per_nominator": "two"}}, "max_per_nominator"),
])
def test_config_errors_name_the_key(data, key):
    with pytest.raises(ConfigError, match=key):
        integrity_config(data)


# --- tampered: what an entry says was changed by someone else -------------------------------

TAMPER_SIG = "[[User:Al|Al]] ([[User talk:Al|talk]]) 10:00, 1 May 2026 (UTC)"


@pytest.mark.parametrize(("before", "after", "changed"), [
    ("{{support}} Good word. ", "{{oppose}} Good word. ", True),        # stance
    ("{{support}} ", "<s>{{support}} ", True),                          # struck
    ("'''Support''' ", "'''Oppose''' ", True),                          # bold stance
    ("{{Peer academy nomination|nominee=A|track=mentor|statement=x}} ",
     "{{Peer academy nomination|nominee=B|track=mentor|statement=x}} ", True),
    ("{{support}} Good wrod. ", "{{support}} Good word. ", False),      # a typo fix
    ("{{Peer academy nomination|nominee=A|statement=tpyo}} ",
     "{{Peer academy nomination|nominee=A|statement=typo}} ", False),   # free text
    ("{{support}}  ", "{{ support }} ", False),                         # spacing
])
def test_meaning_keys_change_with_what_an_entry_says(before, after, changed):
    keys_before = entry_keys(before + TAMPER_SIG, EN)
    keys_after = entry_keys(after + TAMPER_SIG, EN)
    assert keys_before[0] == keys_after[0]            # the same signature
    assert (keys_before[1] != keys_after[1]) is changed


def test_judge_tampered_names_the_editor_unless_a_clerk():
    added = Origin(10, "Al", datetime(2026, 5, 1, tzinfo=UTC))
    changed = Origin(12, "Mallory", datetime(2026, 5, 2, tzinfo=UTC))
    config = IntegrityConfig(clerks=("Trent",))
    verdict = judge("Al", None, added, None, {}, config, changed=changed)
    assert (verdict.reason, verdict.revision, verdict.editor) == ("tampered", 12, "Mallory")
    by_clerk = Origin(12, "Trent", changed.timestamp)
    assert judge("Al", None, added, None, {}, config, changed=by_clerk).reason is None
    by_self = Origin(12, "Al", changed.timestamp)
    assert judge("Al", None, added, None, {}, config, changed=by_self).reason is None
    assert judge("Al", None, added, None, {}, config, changed=added).reason is None


@pytest.mark.parametrize(("before", "stance"), [
    ("{{support}} Good word. ", "support"),
    ("{{Strong support}} ", "support"),
    ("'''Oppose''' too corporate ", "oppose"),
    ("<s>{{support}} ", None),              # struck by the signer: nothing to count
    ("Just a comment ", None),
])
def test_a_lines_meaning_gives_back_its_stance(before, stance):
    from bot.core.history import line_meaning
    from bot.votes.config import default_vote_config
    from bot.votes.moves import meaning_stance

    assert meaning_stance(line_meaning(before), default_vote_config()) == stance
