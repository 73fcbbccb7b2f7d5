"""The shipped templates' TemplateData: valid JSON as the TemplateData extension reads it,
every parameter a template reads documented (or an alias), parameter names and suggested
values language-neutral codes, the wording for readers in labels and descriptions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates_wikitext"
DOCS = sorted(TEMPLATES.glob("*.doc.wikitext"))
NAME = re.compile(r"^[a-z0-9_]+$")  # a code, the same on every wiki and in every language


def templatedata(doc: Path) -> dict:
    found = re.findall(r"<templatedata>(.*?)</templatedata>", doc.read_text("utf-8"), re.DOTALL)
    assert len(found) == 1, doc.name
    return json.loads(found[0])


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_templatedata_is_valid_and_documents_every_parameter(doc: Path) -> None:
    data = templatedata(doc)
    assert isinstance(data.get("description"), str) and data["description"].strip()
    params = data["params"]
    assert params and set(data["paramOrder"]) == set(params)
    assert len(data["paramOrder"]) == len(params)
    template = doc.with_name(doc.name.replace(".doc.wikitext", ".wikitext")).read_text("utf-8")
    used = set(re.findall(r"\{\{\{([^|{}]+)", template))
    aliases = {a for p in params.values() for a in p.get("aliases", [])}
    assert used and used <= set(params) | aliases, sorted(used - set(params) - aliases)
    for name, param in params.items():
        assert NAME.match(name), name
        assert all(NAME.match(a) for a in param.get("aliases", [])), name
        assert param.get("label") and param.get("description"), name
        assert param.get("type") in {"string", "number", "line", "content", "wiki-page-name",
                                     "wiki-user-name", "boolean", "date", "url",
                                     "unbalanced-wikitext", "wiki-template-name",
                                     "wiki-file-name"}, name
        for value in param.get("suggestedvalues", []):
            assert re.match(r"^[a-z0-9_ -]+$", value), (name, value)  # codes the bot reads


def test_every_shipped_template_has_its_documentation_page() -> None:
    names = {p.name.replace(".wikitext", "") for p in TEMPLATES.glob("*.wikitext")
             if ".doc." not in p.name and p.name != "Peer_academy_documentation.wikitext"}
    assert names == {d.name.replace(".doc.wikitext", "") for d in DOCS}
