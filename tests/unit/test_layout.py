"""The layout is the architecture: no import cycles, no job package reaching into another,
core/ using nothing of ours above it, and only bot/wiki/ importing pywikibot."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JOB_PACKAGES = ("nominations", "votes", "selection", "match", "digest", "records")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Module file -> every bot.* / scripts.* / pywikibot module it imports (lazy ones too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    files = sorted((ROOT / "bot").rglob("*.py")) + sorted((ROOT / "scripts").glob("*.py"))
    modules = {_module_name(f): f for f in files}
    return {name: {m for m in _imports(path) if m in modules and m != name}
            for name, path in modules.items()}


GRAPH = _graph()


def test_graph_is_read() -> None:
    assert "bot.core.model" in GRAPH and "bot.wiki.adapter" in GRAPH
    assert GRAPH["bot.votes.tally"], "the import reader found no imports at all"


def test_no_import_cycles() -> None:
    seen: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> None:
        seen[node] = 1
        for dep in sorted(GRAPH[node]):
            if seen.get(dep) == 1:
                cycle = [*path[path.index(dep):], dep]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if dep not in seen:
                visit(dep, [*path, dep])
        seen[node] = 2

    for module in sorted(GRAPH):
        if module not in seen:
            visit(module, [module])


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if m.startswith("bot.core")))
def test_core_uses_nothing_above_it(module: str) -> None:
    above = {d for d in GRAPH[module] if not d.startswith("bot.core") and d != "bot"}
    assert not above, f"{module} imports {sorted(above)}"


@pytest.mark.parametrize("job", JOB_PACKAGES)
def test_job_packages_keep_to_themselves(job: str) -> None:
    others = [j for j in JOB_PACKAGES if j != job]
    for module, deps in GRAPH.items():
        if module.startswith(f"bot.{job}"):
            bad = {d for d in deps if any(d.startswith(f"bot.{o}") for o in others)}
            assert not bad, f"{module} reaches into another job: {sorted(bad)}"


def test_only_the_wiki_package_imports_pywikibot() -> None:
    users = {path.relative_to(ROOT).as_posix()
             for path in (ROOT / "bot").rglob("*.py")
             if any(m == "pywikibot" or m.startswith("pywikibot.") for m in _imports(path))}
    assert users, "pywikibot is imported somewhere: the reader must find it"
    assert all(u.startswith("bot/wiki/") or u == "bot/core/stamps.py" for u in users), users


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if m.startswith("bot.integrity")))
def test_integrity_rules_use_only_core(module: str) -> None:
    """The integrity rules are pure: no wiki package, no state store, no job package."""
    above = {d for d in GRAPH[module]
             if not d.startswith(("bot.core", "bot.integrity")) and d != "bot"}
    assert not above, f"{module} imports {sorted(above)}"


def test_the_integrity_room_is_read() -> None:
    assert "bot.integrity.events" in GRAPH and "bot.integrity.verdicts" in GRAPH
    assert "bot.integrity.events" in GRAPH["bot.integrity.verdicts"]
