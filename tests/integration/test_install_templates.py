"""`peerbot install-templates` writes only what is its own, on the real wiki: a template page
someone else edited last is listed with the diff and left alone (exit 1) unless named with
--overwrite; the wiki's own Template:Documentation is never written, and the peer academy
templates show it when it exists."""

from __future__ import annotations

import json

from bot.command import template_pages
from tests.integration.conftest import append, page_text, peerbot, put

DOC = "Template:Peer academy record/doc"


def last_user(wiki, title: str) -> str:
    site = wiki.client("Alice")
    page = site.get("query", prop="revisions", titles=title, rvprop="user",
                    formatversion=2)["query"]["pages"][0]
    return page["revisions"][0]["user"]


def test_a_local_edit_is_kept_unless_overwritten(wiki):
    append(wiki, "Alice", DOC, "Local note: ask Alice before changing the fields.")
    before = page_text(wiki, DOC)
    run = peerbot(wiki, "install-templates")
    assert run.code == 1, run.stderr
    (line,) = [x for x in run.stderr.splitlines() if ": kept:" in x]
    assert line.startswith(f"peerbot: {DOC}: kept: Alice saved it last (revision {before[0]})")
    assert f'--overwrite "{DOC}"' in line
    assert f"--- {DOC} (on the wiki)" in run.stdout
    assert "-Local note: ask Alice before changing the fields." in run.stdout
    assert "edited" not in run.stderr and "created" not in run.stderr
    assert page_text(wiki, DOC) == before
    listed = {t["page"]: t for t in json.loads(
        peerbot(wiki, "install-templates", "--json").stdout)["templates"]}
    assert listed[DOC]["action"] == "keep" and listed[DOC]["edited_by"] == "Alice"
    assert {t["action"] for p, t in listed.items() if p != DOC} == {"same"}

    forced = peerbot(wiki, "install-templates", "--overwrite", DOC)
    assert forced.code == 0, forced.stderr
    assert f"{DOC}: edited" in forced.stderr
    rev, text = page_text(wiki, DOC)
    assert rev > before[0] and text == template_pages()[DOC]
    assert last_user(wiki, DOC) == "PeerBot"
    again = peerbot(wiki, "install-templates")
    assert again.code == 0 and "edited" not in again.stderr, again.stderr


def test_an_unknown_overwrite_is_a_config_error(wiki):
    run = peerbot(wiki, "install-templates", "--overwrite", "Template:Documentation")
    assert run.code == 2, run.stderr
    assert "Template:Documentation: not a page peerbot ships" in run.stderr


def test_the_wikis_own_documentation_template_is_used_and_never_written(wiki):
    site = wiki.client("Admin")
    own = "WIKI-OWN-DOC-BOX {{ {{FULLPAGENAME}}/doc }}"

    def doc_box() -> str:
        return site.get("parse", title="Template:Peer academy goal", prop="text",
                        text="{{Peer academy documentation}}", formatversion=2)["parse"]["text"]

    assert "Template documentation" in doc_box() and "WIKI-OWN-DOC-BOX" not in doc_box()
    put(wiki, "Admin", "Template:Documentation", own)
    try:
        before = page_text(wiki, "Template:Documentation")
        run = peerbot(wiki, "install-templates")
        assert run.code == 0, run.stderr
        assert page_text(wiki, "Template:Documentation") == before
        box = doc_box()
        assert "WIKI-OWN-DOC-BOX" in box and "Template documentation" not in box
        assert "Records one goal" in box  # the /doc subpage, through the wiki's own box
    finally:
        site.post("delete", title="Template:Documentation", reason="test done",
                  token=site.get_token("csrf"))


def test_the_wiki_reads_every_shipped_templatedata(wiki):
    """The TemplateData extension on the real wiki accepts each shipped template's
    TemplateData and reads the parameters the doc page names (a block it could not read
    would be missing from its answer)."""
    import re

    shipped = {title: json.loads(re.search(r"<templatedata>(.*?)</templatedata>", text,
                                           re.DOTALL).group(1))
               for title, text in template_pages().items() if "<templatedata>" in text}
    assert shipped
    titles = [t.removesuffix("/doc") for t in shipped]
    site = wiki.client("Alice")
    # a template is saved before its /doc: its links update reads the TemplateData only
    # when the job queue gets to it, which a test wiki does not wait for
    site.post("purge", titles="|".join(titles), forcelinkupdate=1)
    answer = site.get("templatedata", titles="|".join(titles), formatversion=2)
    read = {page["title"]: page for page in answer["pages"].values()}
    for doc, data in shipped.items():
        page = read[doc.removesuffix("/doc")]
        assert set(page["params"]) == set(data["params"]), doc
        assert page["paramOrder"] == data["paramOrder"], doc
