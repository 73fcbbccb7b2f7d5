"""Pages using a job's templates, updated from recent changes: the update gives what a
listing would, or says why the list must be listed again (pure rules of bot.wiki.uses)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.wiki.freshness import Change, Freshness
from bot.wiki.uses import Uses, transcluded_elsewhere, updated_uses

PREFIXES = ["Peer academy/Nominations"]
KEPT = Uses({"Peer academy nomination": ("Peer academy nomination", "PAN")},
            frozenset({"Peer academy/Nominations/A", "Peer academy/Nominations/B",
                       "Peer academy/2025/Old round"}), "2026-05-01T10:00:00Z")


def fresh(*changes: Change, using: set[str] | None = None,
          now: str = "2026-05-01T12:00:00Z") -> Freshness:
    titles = frozenset(c.title for c in changes)
    return Freshness("nominations:x", "f", 99, now, False, "", 10, titles, changes,
                     frozenset(using) if using is not None else None)


def edit(title: str, namespace: int = 0, rcid: int = 11) -> Change:
    return Change(rcid, "edit", title, rcid, "2026-05-01T11:00:00Z", "", namespace)


def test_edits_of_pages_that_keep_using_the_templates_change_nothing() -> None:
    found = updated_uses(KEPT, fresh(edit("Peer academy/Nominations/A"), edit("Main Page"),
                                     using={"Peer academy/Nominations/A"}), PREFIXES)
    assert found == KEPT


def test_a_new_page_under_the_prefixes_comes_in_from_recent_changes() -> None:
    new = Change(12, "new", "Peer academy/Nominations/C", 12, "2026-05-01T11:00:00Z")
    found = updated_uses(KEPT, fresh(new, using={"Peer academy/Nominations/C"}), PREFIXES)
    assert isinstance(found, Uses)
    assert found.titles == KEPT.titles | {"Peer academy/Nominations/C"}
    assert found.started == {"Peer academy/Nominations/C"}
    assert found.aliases == KEPT.aliases and found.listed_at == KEPT.listed_at


@pytest.mark.parametrize("changes, using, why", [
    ((edit("Template:PAN", 10),), set(), "Template:PAN changed"),
    ((Change(13, "log", "Peer academy/Nominations/A", 0, "", "move"),),
     {"Peer academy/Nominations/A"}, "Peer academy/Nominations/A: move"),
    ((edit("Peer academy/Nominations/B"),), set(),
     "Peer academy/Nominations/B stopped using the templates"),
    ((edit("Peer academy/2026/Round"),), {"Peer academy/2026/Round"},
     "Peer academy/2026/Round started using the templates outside the pages read"),
    ((edit("Peer academy/Nominations/Summary"),), {"Peer academy/Nominations/Summary"},
     "Peer academy/Nominations/Summary started using the templates outside the pages read"),
])
def test_changes_a_listing_could_see_differently_list_again(changes, using, why) -> None:
    found = updated_uses(KEPT, fresh(*changes, using=using), PREFIXES,
                         exclude=["Peer academy/Nominations/Summary"])
    assert found == why


def test_changes_before_the_watermark_are_not_new() -> None:
    template = Change(10, "edit", "Template:PAN", 10, "2026-05-01T11:00:00Z", "", 10)
    assert updated_uses(KEPT, fresh(template, using=set()), PREFIXES) == KEPT


def test_unknown_changes_and_old_lists_are_listed_again() -> None:
    assert updated_uses(KEPT, fresh(edit("Main Page")), PREFIXES) == (
        "the changes since the last run are not known")
    assert updated_uses(KEPT, fresh(using=set(), now="2026-05-02T10:00:01Z"), PREFIXES) == (
        "the list is more than a day old")


def test_a_new_page_transcluded_by_a_page_not_listed_lists_again() -> None:
    found = updated_uses(KEPT, fresh(edit("Peer academy/Nominations/C"),
                                     using={"Peer academy/Nominations/C"}), PREFIXES)
    assert isinstance(found, Uses)
    page = SimpleNamespace(title="Peer academy/Nominations/C",
                           transcluded_by=("Peer academy/Nominations/A",))
    assert transcluded_elsewhere(found, [page]) is None
    page.transcluded_by = ("Peer academy/Nominations/A", "Peer academy/Nominations")
    assert transcluded_elsewhere(found, [page]) == "Peer academy/Nominations/C"
