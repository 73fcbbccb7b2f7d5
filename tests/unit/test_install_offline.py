"""install-templates --json --offline lists the shipped templates without a wiki."""

from __future__ import annotations

import json

from bot import command
from scripts import install_templates


def test_offline_lists_every_shipped_template(capsys, tmp_path, monkeypatch) -> None:
    # an empty pywikibot folder: no user-config.py, so any wiki access would fail
    monkeypatch.setenv("PYWIKIBOT_DIR", str(tmp_path))
    assert install_templates.main("--json", "--offline") == command.EXIT_OK
    listed = json.loads(capsys.readouterr().out)
    assert listed["offline"] is True
    shipped = command.template_pages()
    assert len(shipped) >= 2
    assert {t["page"]: t["text"] for t in listed["templates"]} == shipped


def test_offline_without_json_is_one_config_error(capsys) -> None:
    assert install_templates.main("--offline") == command.EXIT_CONFIG
    said = capsys.readouterr().err.strip()
    assert len(said.splitlines()) == 1 and "--offline" in said and "--json" in said
