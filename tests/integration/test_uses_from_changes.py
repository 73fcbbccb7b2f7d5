"""Pages using the templates come from recent changes after the first run: a new page under
the prefixes is counted without listing every use again, at the request floor, and the
report is the one a run with an empty state folder writes; a page outside the prefixes that
starts using them is seen by listing again (bot.wiki.uses)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.measure import bot_edits
from bot.wiki.localwiki import LocalWiki
from tests.integration.conftest import append, peerbot, put

pytestmark = pytest.mark.integration

PREFIX = "Uses from changes/Nominations"
REPORT = "Uses from changes/Summary"
RELISTED = "listing the templates' uses again"


def nomination(nominee: str) -> str:
    return (f"* {{{{Peer academy nomination|nominee={nominee}|group=G|region=R|"
            "track=mentor}} ~~~~")


@pytest.fixture(scope="module")
def config(wiki: LocalWiki) -> Path:
    path = wiki.root / "uses-from-changes.yaml"
    path.write_text(f'page_prefixes: ["{PREFIX}"]\nreport_page: "{REPORT}"\n',
                    encoding="utf-8")
    append(wiki, "Alice", f"{PREFIX}/One", nomination("Bob"))
    first = peerbot(wiki, "nominations", "--config", str(path))
    assert first.code == 0, first.stderr
    return path


def same_as_from_scratch(wiki: LocalWiki, config: Path, tmp_path: Path) -> None:
    """A run with an empty state folder lists and reads everything: it finds the report as
    it would write it."""
    edits = bot_edits(wiki)
    again = peerbot(wiki, "nominations", "--config", str(config), state_dir=tmp_path / "empty")
    assert again.code == 0, again.stderr
    assert bot_edits(wiki) == edits, again.stderr


def test_a_new_page_under_the_prefixes_comes_from_recent_changes(
        wiki: LocalWiki, config: Path, tmp_path: Path) -> None:
    put(wiki, "Carol", f"{PREFIX}/Two", nomination("Dave"))
    before = wiki.count_requests()
    run = peerbot(wiki, "nominations", "--config", str(config))
    assert run.code == 0, run.stderr
    requests = wiki.count_requests() - before
    assert RELISTED not in run.stderr
    # who am I, recent changes (with site facts and template uses), the new page (with who
    # transcludes it), Dave's account, the report read and its save
    assert requests <= 6, run.stderr
    assert "Dave" in peerbot(wiki, "nominations", "--config", str(config), "--json").stdout
    same_as_from_scratch(wiki, config, tmp_path)


def test_a_page_outside_the_prefixes_starting_to_use_them_is_listed(
        wiki: LocalWiki, config: Path, tmp_path: Path) -> None:
    outside = "Uses from changes/2027 nominations"
    put(wiki, "Erin", outside, nomination("Frank"))
    append(wiki, "Grace", f"{PREFIX}/One", nomination("Heidi"))
    run = peerbot(wiki, "nominations", "--config", str(config))
    assert run.code == 0, run.stderr
    assert f"{RELISTED} ({outside} started using the templates" in run.stderr
    assert outside in run.stderr  # named in the problem about pages outside the prefixes
    same_as_from_scratch(wiki, config, tmp_path)
