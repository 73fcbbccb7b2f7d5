"""What an operator sees: templates installed once, bad credentials, a wiki that is down."""

from __future__ import annotations

import json
import shutil

from bot.wiki.localwiki import free_port
from tests.integration.conftest import page_text, peerbot


def test_install_templates_edits_only_what_changed(wiki):
    run = peerbot(wiki, "install-templates", "--json")
    assert run.code == 0, run.stderr
    listed = json.loads(run.stdout)["templates"]
    assert listed and not any(t["changed"] for t in listed)
    again = peerbot(wiki, "install-templates", "-always")  # a pywikibot habit, accepted
    assert again.code == 0 and "edited" not in again.stderr and "created" not in again.stderr
    rev, text = page_text(wiki, "Template:Peer academy nomination/doc")
    assert rev and "<templatedata>" in text


def test_wrong_credentials_one_line_no_edit(wiki, tmp_path):
    bad = tmp_path / "pwb"
    shutil.copytree(wiki.pywikibot_dir, bad, ignore=shutil.ignore_patterns("*.lwp", "apicache*",
                                                                          "logs", "*.ctrl"))
    (bad / "passwords.txt").write_text("('PeerBot', BotPassword('peerbot', "
                                       "'00000000000000000000000000000000'))\n")
    (bad / "passwords.txt").chmod(0o600)
    before = page_text(wiki, "Peer academy/Nominations/Summary")
    run = peerbot(wiki, "nominations", pywikibot_dir=bad)
    assert run.code == 3, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("peerbot:")]
    assert len(errors) == 1 and "log" in errors[0].lower()
    assert page_text(wiki, "Peer academy/Nominations/Summary") == before


def test_wiki_down_clear_error(wiki, tmp_path):
    down = tmp_path / "pwb"
    down.mkdir()
    config = (wiki.pywikibot_dir / "user-config.py").read_text()
    config = config.replace(f"127.0.0.1:{wiki.port}", f"127.0.0.1:{free_port()}")
    (down / "user-config.py").write_text(config)
    shutil.copy(wiki.pywikibot_dir / "passwords.txt", down / "passwords.txt")
    run = peerbot(wiki, "nominations", pywikibot_dir=down, timeout=180)
    assert run.code == 3, run.stderr
    assert "peerbot: wiki error" in run.stderr
    assert "Traceback" not in run.stderr
