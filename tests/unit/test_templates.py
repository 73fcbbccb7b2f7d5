"""install-templates writes only what is its own (``bot.core.templates``): a table of pages
as the wiki has them and what happens to each."""

from __future__ import annotations

from bot.command import template_pages
from bot.core.templates import Current, diff, plan_install, unknown_overwrites

WANTED = {"Template:A": "new a", "Template:B": "new b", "Template:C": "same c",
          "Template:D": "new d", "Template:E": "new e"}
CURRENT = {"Template:B": Current("old b", 11, "PeerBot"),     # the bot saved it last
           "Template:C": Current("same c", 12, "Alice"),      # someone's, but already ours
           "Template:D": Current("local d", 13, "Alice"),     # a local edit since
           "Template:E": Current("their e", 14, "Bob")}       # the wiki's own page


def test_only_missing_pages_and_the_bots_own_are_written() -> None:
    plans = {p.page: p for p in plan_install(WANTED, CURRENT, "PeerBot")}
    assert {t: p.action for t, p in plans.items()} == {
        "Template:A": "create", "Template:B": "update", "Template:C": "same",
        "Template:D": "keep", "Template:E": "keep"}
    assert plans["Template:D"].edited_by == "Alice" and plans["Template:D"].revision == 13
    assert [p.page for p in plans.values() if p.writes] == ["Template:A", "Template:B"]


def test_overwrite_names_the_pages_to_replace_anyway() -> None:
    plans = {p.page: p for p in plan_install(WANTED, CURRENT, "peerBot", ["Template:D"])}
    assert plans["Template:D"].action == "update" and plans["Template:D"].overwrite
    assert plans["Template:E"].action == "keep"
    assert plans["Template:B"].action == "update"  # user names: first letter either case
    assert unknown_overwrites(WANTED, ["Template:D", "Template:Documentation"]) == [
        "Template:Documentation"]


def test_the_diff_goes_from_the_wiki_to_the_shipped_text() -> None:
    text = diff("Template:D", "one\nlocal\n", "one\nshipped\n")
    assert "--- Template:D (on the wiki)" in text and "-local" in text and "+shipped" in text


def test_no_documentation_template_is_shipped() -> None:
    pages = template_pages()
    assert "Template:Documentation" not in pages
    assert "Template:Peer academy documentation" in pages
    for title, text in pages.items():
        if not title.endswith("/doc") and title != "Template:Peer academy documentation":
            assert "{{Peer academy documentation}}" in text, title
            assert "{{Documentation}}" not in text, title
