"""A partial block (one page) is not a sitewide block: with `not_blocked: true` (or
`sitewide`) the voter counts; with `not_blocked: any` the vote is excluded, named as a
partial block. Real accounts and a real block on the local wiki."""

from __future__ import annotations

import json

from tests.integration.conftest import page_text, peerbot, put

PAGE = "Peer academy/Partial block vote"


def test_a_partial_block_is_named_as_such(wiki, tmp_path):
    wiki.create_user("Pia")
    put(wiki, "Zoe", PAGE, "Vote on the word.\n\n== Mentors ==")
    _, text = page_text(wiki, PAGE)
    put(wiki, "Pia", PAGE, text + "\n# {{support}} ~~~~")
    put(wiki, "Zoe", "Peer academy/Elsewhere", "A page Pia may not edit.")
    site = wiki.client("Admin")
    reply = site.post("block", user="Pia", partial=1, pagerestrictions="Peer academy/Elsewhere",
                      expiry="infinite", allowusertalk=1, reason="test",
                      token=site.get_token("csrf"))
    assert "block" in reply, reply
    outcomes = {}
    for setting in ("true", "sitewide", "any"):
        config = tmp_path / f"block-{setting}.yaml"
        config.write_text(f"integrity:\n  eligibility:\n    not_blocked: {setting}\n",
                          encoding="utf-8")
        run = peerbot(wiki, "votes", PAGE, "--config", str(config), "--json",
                      state_dir=tmp_path / "state")
        assert run.code == 0, run.stderr
        data = json.loads(run.stdout)
        counted = [v["user"] for s in data["subjects"] for v in s["votes"]]
        reasons = [e["reason"] for e in data["excluded"] if e["user"] == "Pia"]
        outcomes[setting] = (counted, reasons)
    assert outcomes["true"] == outcomes["sitewide"] == (["Pia"], [])
    assert outcomes["any"] == ([], ["ineligible:partially_blocked"])
