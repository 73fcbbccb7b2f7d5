"""With ``--uselang qqx`` (MediaWiki's uselang=qqx), every page the demo's jobs write shows
message keys where their words would be, and no English outside what people typed.

The demo (bot/demo.py) is built on a fresh local wiki with every job run ``--uselang qqx``:
the nominations summary, the vote results, the selection (with its comparison), the
mentoring pairs and their talk-page messages, the records and the digest. What counts as
"typed by people" is read from the wiki itself, not listed here: every word of every page
whose latest revision is not the bot's, every page title, and the shipped config files the
jobs ran with (policy names, quota labels). Each edit summary the bot saved is read back
from the pages' histories and must be the qqx form too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.demo import REPORT_PAGES, build
from bot.demo_pages import DEMO_USERS
from bot.wiki.localwiki import BOT_USER, LocalWikiError, running_wiki
from tests.unit.qqx_words import where, words_left

ROOT = Path(__file__).resolve().parents[2]
KEY = re.compile(r"\(peerbot-[a-z0-9-]+")


@pytest.fixture(scope="module")
def qqx_demo():
    """-> a client of the demo's wiki, every job run --uselang qqx."""
    try:
        with running_wiki(users=DEMO_USERS) as wiki:
            assert build(wiki, language="qqx") == 0
            yield wiki.client(DEMO_USERS[0])
    except LocalWikiError as err:
        pytest.fail(f"the local MediaWiki could not start: {err}", pytrace=False)


def _pages(site, namespace: int) -> list[dict]:
    """-> every page of a namespace with its latest revision (user, comment, text),
    following the API's continuation."""
    found: list[dict] = []
    more: dict = {}
    while True:
        answer = site.get("query", generator="allpages", gapnamespace=namespace,
                          gaplimit=20, prop="revisions", rvprop="user|comment|content",
                          rvslots="main", formatversion=2, **more)
        found.extend(answer.get("query", {}).get("pages", []))
        if "continue" not in answer:
            return found
        more = answer["continue"]


def typed_by_people(site) -> tuple[str, ...]:
    """-> what people (not the bot) wrote: the text of every page whose latest revision is
    someone else's, every title, and the shipped config the jobs read."""
    values: list[str] = []
    for namespace in (0, 1, 2, 3, 4, 10):
        for page in _pages(site, namespace):
            values.append(page["title"])
            revision = page["revisions"][0]
            if revision["user"] != BOT_USER:
                values.append(revision["slots"]["main"]["content"])
    for path in (ROOT / "config").glob("*.yaml"):  # its values, not its comments
        values += list(_strings(yaml.safe_load(path.read_text(encoding="utf-8"))))
    values += list(DEMO_USERS)
    return tuple(values)


def _strings(data: object) -> list[str]:
    """A loaded YAML document -> every string in it, keys and values."""
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(data, list):
        return [s for v in data for s in _strings(v)]
    return [data] if isinstance(data, str) else []


def test_every_demo_page_the_bot_wrote_has_keys_and_no_english(qqx_demo):
    site = qqx_demo
    typed = typed_by_people(site)
    bot_pages = [p for ns in (0, 3) for p in _pages(site, ns)
                 if p["revisions"][0]["user"] == BOT_USER]
    titles = {p["title"] for p in bot_pages}
    assert set(REPORT_PAGES) <= titles, set(REPORT_PAGES) - titles
    assert any(t.startswith("User talk:") for t in titles)  # the pairs' messages
    left = {}
    for page in bot_pages:
        text = page["revisions"][0]["slots"]["main"]["content"]
        assert len(set(KEY.findall(text))) >= 3, page["title"]  # keys where words were
        words = words_left(text, typed)
        if words:
            left[page["title"]] = (words, where(text, words))
        comment = page["revisions"][0]["comment"]
        # the edit summary (a config prefix may stand before it) is the qqx form too
        assert "(peerbot-" in comment, (page["title"], comment)
        assert words_left(re.sub(r"^[^(]*:", "", comment), typed) == [], comment
    assert left == {}
