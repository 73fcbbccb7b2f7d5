"""Signature times on a local wiki set up like plwiki (Polish, Europe/Warsaw): a summer
signature (CEST, UTC+2) is judged against ``close`` in UTC whatever the wiki's offset today
(+1 in winter, when a fixed offset put it an hour late); and a signature MediaWiki writes now
is read as the minute it was saved.
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.wiki.localwiki import LocalWikiError, running_wiki
from tests.integration.conftest import page_text, peerbot, put

PAGE = "Peer academy/Głosowanie"
WARSAW = """
$wgLanguageCode = 'pl';
$wgLocaltimezone = 'Europe/Warsaw';
date_default_timezone_set( $wgLocaltimezone );
"""


@pytest.fixture(scope="module")
def warsaw():
    try:
        with running_wiki(users=["Alice", "Stok", "Ala", "Ola", "Zoe"]) as wiki:
            with wiki.settings.open("a", encoding="utf-8") as handle:
                handle.write(WARSAW)
            done = peerbot(wiki, "install-templates")
            if done.code != 0:
                pytest.fail(f"install-templates failed: {done.stderr}", pytrace=False)
            put(wiki, "Zoe", PAGE, "Głosowanie.\n\n== Mentors ==")
            # typed as people sign in September: 08:23 CEST is 06:23 UTC, 08:35 is 06:35
            _, text = page_text(wiki, PAGE)
            put(wiki, "Stok", PAGE, text + "\n# {{support}} Tak. "
                "[[Użytkownik:Stok|StoK]] (dyskusja) 08:23, 29 wrz 2018 (CEST)")
            _, text = page_text(wiki, PAGE)
            put(wiki, "Ala", PAGE, text + "\n# {{support}} Tak. "
                "[[Użytkownik:Ala|Ala]] 08:35, 29 września 2018 (CEST)")
            yield wiki
    except LocalWikiError as err:
        pytest.fail(f"the local MediaWiki could not start: {err}", pytrace=False)


def _votes(wiki, config_text: str) -> dict:
    config = wiki.root / "zone.yaml"
    config.write_text(config_text, encoding="utf-8")
    run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json")
    assert run.code == 0, run.stderr
    return json.loads(run.stdout)


def test_the_wiki_is_in_warsaw_time(warsaw):
    site = warsaw.client("Zoe")
    general = site.get("query", meta="siteinfo", siprop="general")["query"]["general"]
    assert general["timezone"] == "Europe/Warsaw" and general["lang"] == "pl"
    # MediaWiki's offset today is the one zoneinfo gives (PHP and Python share the IANA rules)
    now = datetime.now(ZoneInfo("Europe/Warsaw")).utcoffset()
    assert now is not None and int(general["timeoffset"]) == now.total_seconds() // 60


def test_a_summer_signature_is_judged_against_close_in_utc(warsaw):
    data = _votes(warsaw, "integrity:\n  check_history: false\n"
                          "  close: 2018-09-29T06:30:00Z\n")
    mentors = next(s for s in data["subjects"] if s["subject"] == "Mentors")
    assert [(v["user"], v["timestamp"]) for v in mentors["votes"]] \
        == [("Stok", "2018-09-29T06:23:00Z")]
    assert [(e["user"], e["reason"]) for e in data["excluded"]] == [("Ala", "late")]


def test_a_signature_mediawiki_writes_now_reads_as_its_minute(warsaw):
    _, text = page_text(warsaw, PAGE)
    put(warsaw, "Ola", PAGE, text + "\n# {{oppose}} Nie. ~~~~")
    site = warsaw.client("Ola")
    revision = site.get("query", prop="revisions", titles=PAGE, rvprop="timestamp|content",
                        rvslots="main", formatversion=2)["query"]["pages"][0]["revisions"][0]
    assert "[[Użytkownik:Ola|Ola]]" in revision["slots"]["main"]["content"]
    saved = revision["timestamp"][:16] + ":00Z"  # the signature has minutes only
    data = _votes(warsaw, "integrity:\n  check_history: false\n")
    mentors = next(s for s in data["subjects"] if s["subject"] == "Mentors")
    assert ("Ola", "oppose", saved) in {(v["user"], v["stance"], v["timestamp"])
                                        for v in mentors["votes"]}
