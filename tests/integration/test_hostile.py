"""Hostile nomination wikitext, saved by an ordinary user on the real wiki: the report the bot
writes, rendered by MediaWiki, has exactly the expected rows and nothing injected.

Each generated page mixes well-formed nominations (odd but valid user names; parameter values
full of markup), bad entries (no nominee, a name that cannot be a user, unsigned) and junk
lines between them; unclosed openers (<nowiki>, <!--, {{, <ref> ...) only come after the last
entry, where they cannot swallow one (an unclosed nomination opener there is one problem more,
unless an unclosed comment before it hides it). The expected candidates are derived from the
generated structure, independently of the bot's parser.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bot.core.model import SiteFacts
from bot.core.render import bot_part, plural
from bot.nominations.config import nominations_config
from bot.nominations.job import nominations_from_pages
from tests.integration.conftest import own_problems, page_text, peerbot, put

PREFIX = "Peer academy/Hostile"
CASE_PAGE = f"{PREFIX}/Case"
REPORT = "Peer academy/Hostile report"
INTRO = "Hostile-input report. Human text above the bot's block.\n"
EXAMPLES = int(os.environ.get("PEERBOT_FUZZ_EXAMPLES", "15"))
SIGNER = "Walter"
SUMMARY_HEADERS = ["Candidate", "Nominations", "Recommendations", "Group", "Region", "Track",
                   "Entries", "Flags"]

# Valid user names that MediaWiki normalizes: RTL scripts, combining marks, lower-case first
# letter, underscores, punctuation, direction marks.
NAMES = ["Zoë Ünïcode", "مستخدم عربي", "שרה כהן", "e\u0301clair", "lower case", "Under_score",
         "O'Brien", "Name.With.Dots", "A&B", "利用者 名前", "Sara\u200f", "Ivan"]
BAD_NAMES = ["Bad#Name", "Slash/Name", "Square[Name]"]
# Markup that stays balanced inside a parameter value.
VALUE_FRAGMENTS = ["[[Category:Injected]]", "[[:Category:Linked]]", "{{DISPLAYTITLE:Hacked}}",
                   "__NOTOC__", "__NOINDEX__", "{{#invoke:Evil|run}}", "<ref>note</ref>",
                   "<ref name=x/>", "[https://evil.example link]", "https://evil.example/x",
                   "''italic''", "'''bold'''", "<b>b</b>", "<div style=\"color:red\">d</div>",
                   "{{Peer academy recommendation|candidate=Nested}}", "[[User:Mallory|M]]",
                   "<nowiki>|}}{{</nowiki>", "<!-- | }} -->", "&#124;", "&lt;", "{{!}}",
                   "=", "\u202eRLO", "\u200f", "a\u0301\u0302", "[[Main Page]]", "#REDIRECT",
                   "<span>", "</span>", "<br>", "!", "{{=}}"]
# Junk lines between entries: closers and page-only markup that cannot swallow an entry.
JUNK = ["}}", "|", "]]", "|}", "{|", "}}}}", "[[Category:Injected junk]]", "__NOTOC__",
        "{{DISPLAYTITLE:Hacked}}", "{{#invoke:Evil|run}}", "<ref>junk</ref>", "<div>",
        "</div>", "== Heading with [[Category:Sneaky]] ==", "* reply [[User:Mallory]]",
        ":: indented \u05e9\u05dc\u05d5\u05dd", "<references/>"]
# Unclosed openers: only after the last entry.
TAIL = ["<nowiki>", "<!--", "{{", "<ref>", "<pre>", "[[", "<div>", "{{Peer academy nomination",
        "{{{", "<includeonly>", "<math>"]

text_piece = st.text(alphabet=st.sampled_from(list("abcXYZ 0123&;'\"") + [
    "\u05d0", "\u0627", "\u0301", "\u0308", "\u200f", "\u202b", "\u4e2d"]), max_size=10)
value = st.lists(st.one_of(st.sampled_from(VALUE_FRAGMENTS), text_piece),
                 max_size=4).map("".join)


@dataclass(frozen=True)
class Block:
    """One generated entry: kind is good, no-nominee, bad-name or unsigned."""

    kind: str
    nominee: str
    group: str
    region: str
    statement: str
    junk: tuple[str, ...]

    def wikitext(self) -> str:
        fields = [] if self.kind == "no-nominee" else [f"nominee={self.nominee}"]
        fields += [f"group={self.group}", f"region={self.region}", "track=mentor",
                   f"statement={self.statement}"]
        sign = "" if self.kind == "unsigned" else " ~~~~"
        lines = ["{{Peer academy nomination|" + "|".join(fields) + "}}" + sign, *self.junk]
        return "\n".join(lines)


blocks = st.builds(
    Block,
    kind=st.sampled_from(["good", "good", "good", "no-nominee", "bad-name", "unsigned"]),
    nominee=st.sampled_from(NAMES), group=value, region=value, statement=value,
    junk=st.lists(st.sampled_from(JUNK), max_size=3).map(tuple))


def canonical(name: str) -> str:
    """A user name as MediaWiki stores it: NFC, no direction marks, spaces, first letter up."""
    name = unicodedata.normalize("NFC", name).replace("\u200e", "").replace("\u200f", "")
    name = re.sub(r"[ _]+", " ", name).strip()
    return name[:1].upper() + name[1:]


def page_of(entries: list[Block], tail: list[str]) -> str:
    return "\n\n".join(b.wikitext() for b in entries) + "\n\n" + "".join(tail) + "\n"


def expected(entries: list[Block], tail: tuple[str, ...] | list[str] = ()
             ) -> tuple[set[str], int]:
    """Generated entries and the tail -> (candidate names, number of problems). Each
    nomination template the tail opens and never closes is a problem, unless a comment the
    tail opened before it hides the rest of the page."""
    good = {canonical(b.nominee) for b in entries if b.kind == "good"}
    unclosed = 0
    for i, opener in enumerate(tail):
        if "<!--" in tail[:i]:
            break
        unclosed += opener == "{{Peer academy nomination"
    return good, sum(1 for b in entries if b.kind != "good") + unclosed


def set_bad_names(entries: list[Block], draw_index: int) -> list[Block]:
    """Bad-name entries get a name that cannot be a user name."""
    return [Block(b.kind, BAD_NAMES[(draw_index + i) % len(BAD_NAMES)], b.group, b.region,
                  b.statement, b.junk) if b.kind == "bad-name" else b
            for i, b in enumerate(entries)]


def parse_report(wiki) -> dict:
    """-> MediaWiki's parse of the report: html, categories, templates, links, display title."""
    site = wiki.client("Alice")
    return site.get("parse", page=REPORT, prop="text|categories|templates|links|externallinks|"
                    "displaytitle|properties|iwlinks|langlinks|images", formatversion=2)["parse"]


def table_rows(html: str, headers: list[str]) -> int:
    """Rendered HTML -> the number of body rows of the table with these header cells (0 if none)."""
    for found in re.findall(r"<table.*?</table>", html, re.DOTALL):
        cells = [re.sub(r"<[^>]+>", "", c).strip()
                 for c in re.findall(r"<th[^>]*>(.*?)</th>", found, re.DOTALL)]
        if cells == headers:
            return found.count("<tr") - 1
    return 0


def run_and_check(wiki, config_path, want: set[str], problems: int) -> None:
    run = peerbot(wiki, "nominations", "--config", str(config_path))
    assert run.code == 0, run.stderr
    _, text = page_text(wiki, REPORT)
    assert text.startswith(INTRO)
    part = bot_part(text, "nominations")
    # pages other tests wrote outside PREFIX are named in one more problem
    problems += int("outside page&#95;prefixes" in part)
    assert plural(len(want), "candidate", bold=True) + "," in part
    assert plural(problems, "problem", bold=True) + "." in part
    parsed = parse_report(wiki)
    assert parsed["categories"] == []
    assert parsed["templates"] == []
    assert parsed["externallinks"] == []
    assert parsed["images"] == [] and parsed["iwlinks"] == [] and parsed["langlinks"] == []
    assert "Hacked" not in parsed["displaytitle"]
    assert not {"notoc", "noindex"} & set(json.dumps(parsed.get("properties")).split('"'))
    allowed_pages = {CASE_PAGE}
    for link in parsed["links"]:
        title = link["title"]
        assert title.startswith("User:") or title in allowed_pages, title
    user_links = {link["title"].removeprefix("User:") for link in parsed["links"]
                  if link["title"].startswith("User:")}
    assert user_links <= want | {SIGNER}, user_links - want
    html = parsed["text"]
    assert "cite_note" not in html and "mw-references" not in html
    assert 'href="https://evil' not in html
    assert table_rows(html, SUMMARY_HEADERS) == len(want)
    assert table_rows(html, ["Page", "Line", "Problem"]) == problems


@pytest.fixture(scope="module")
def hostile(wiki):
    # The nominees have accounts: a nominee without one is no candidate (a problem, as on
    # the selection page), and these names are here to be rendered as candidates.
    wiki.create_users(sorted({canonical(n) for n in NAMES} - set(wiki.passwords)))
    put(wiki, "Peggy", REPORT, INTRO)
    config = wiki.root / "hostile.yaml"
    config.write_text(json.dumps({"page_prefixes": [PREFIX], "report_page": REPORT}),
                      encoding="utf-8")
    return wiki, config


# No shrinking: each example is a wiki round trip, and the failing example is printed anyway.
@settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 15,
          phases=[Phase.explicit, Phase.reuse, Phase.generate], print_blob=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(entries=st.lists(blocks, min_size=1, max_size=6), tail=st.lists(st.sampled_from(TAIL),
                                                                        max_size=3),
       salt=st.integers(0, 2))
def test_hostile_nominations_render_exactly_the_expected_rows(hostile, entries, tail, salt):
    wiki, config_path = hostile
    entries = set_bad_names(entries, salt)
    put(wiki, SIGNER, CASE_PAGE, page_of(entries, tail))
    want, problems = expected(entries, tail)
    # The bot's own parse of the saved text (what --json reports) agrees with the derivation.
    _, saved = page_text(wiki, CASE_PAGE)
    config = nominations_config({"page_prefixes": [PREFIX], "report_page": REPORT})
    offline = nominations_from_pages([(CASE_PAGE, saved)], config, SiteFacts())
    assert {c.user for c in offline.candidates} == want
    assert len(offline.problems) == problems
    run_and_check(wiki, config_path, want, problems)


def test_two_megabyte_page(hostile):
    wiki, config_path = hostile
    entries = [Block("good", NAMES[i % len(NAMES)], VALUE_FRAGMENTS[i % len(VALUE_FRAGMENTS)],
                     "Europe", "x" * 50, (JUNK[i % len(JUNK)],)) for i in range(120)]
    entries += [Block("unsigned", "Zed", "G", "R", "", ()), Block("no-nominee", "", "G", "R",
                                                                 "", ())]
    body = page_of(entries, [])
    filler_line = ("Filler with [[Category:Injected]] ''markup'' \u05e9\u05dc\u05d5\u05dd "
                   "e\u0301 <b>bold</b> | }} ]] " * 4 + "\n")
    room = 1_950_000 - len(body.encode())
    filler = filler_line * (room // len(filler_line.encode()))
    text = filler[: len(filler) // 2] + body + filler[len(filler) // 2:] + "<nowiki>"
    assert 1_900_000 < len(text.encode()) < 2_000_000
    put(wiki, SIGNER, CASE_PAGE, text)
    want, problems = expected(entries)
    data = json.loads(peerbot(wiki, "nominations", "--config", str(config_path),
                              "--json").stdout)
    assert {c["user"] for c in data["candidates"]} == want
    assert len(own_problems(data["problems"])) == problems
    run_and_check(wiki, config_path, want, problems)
