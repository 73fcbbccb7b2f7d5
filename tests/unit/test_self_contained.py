"""A fresh clone passes its own tests: nothing in the test suite (nor the code it runs) reads
outside the repository, such as this project's CI layout (``../shared``, ``/work/shared``)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A path out of the repository: the shared folder of the CI layout, by either spelling, or
# the repository's parent folder reached from a test file.
OUTSIDE = re.compile(r"\.\./shared|/work/shared|\.\./corpus|/work/corpus|"
                     r"ROOT\.parent|root\.parent|parents\[[3-9]\]")


def offenders(folders: list[Path]) -> list[str]:
    """Folders -> 'file:line: text' of every line that names a path outside the repository."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if OUTSIDE.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_no_test_reads_outside_the_repository():
    here = Path(__file__).name
    found = [f for f in offenders([ROOT / "tests", ROOT / "bot", ROOT / "scripts"])
             if not f.startswith(f"tests/unit/{here}:")]
    assert found == []


def test_the_check_finds_what_it_looks_for():
    # The pattern is not vacuous: each spelling of the old layout is caught.
    for line in ('seed = root.parent / "shared" / "seed"', 'open("../shared/seed/x.txt")',
                 'Path("/work/shared/corpus/rfa")', "ROOT.parent / 'corpus'"):
        assert OUTSIDE.search(line), line
    assert not OUTSIDE.search('root / "tests" / "fixtures" / "seed"')


def test_the_seed_is_in_the_repository():
    seed = ROOT / "tests" / "fixtures" / "seed"
    assert (seed / "000_cd0fc1438fa9009e.txt").stat().st_size > 70_000
    readme = (seed / "README.md").read_text(encoding="utf-8")
    assert "meta.wikimedia.org" in readme and "CC BY-SA" in readme
