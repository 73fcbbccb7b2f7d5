"""NOTICE credits every borrowed text: each folder of test fixtures and generated data has an
entry there, and each third-party folder a README.md naming its source and licence."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTICE = (ROOT / "NOTICE").read_text(encoding="utf-8")
# Folders whose every subfolder (and the folder itself, for data) must be in NOTICE.
WATCHED = ("tests/fixtures", "bot/core/data")


def entries(notice: str) -> dict[str, tuple[bool, str]]:
    """NOTICE text -> {path: (third party?, the entry's text)}."""
    third, _, own = notice.partition("\nWritten for this project")
    found: dict[str, tuple[bool, str]] = {}
    for part, borrowed in ((third, True), (own, False)):
        for block in re.split(r"\n(?=Path: )", part)[1:]:
            path = block.splitlines()[0].removeprefix("Path: ").strip()
            found[path] = (borrowed, block)
    return found


def watched_folders(root: Path = ROOT) -> list[str]:
    """-> every folder NOTICE must name: the subfolders of tests/fixtures, and bot/core/data
    with its subfolders ('path/' spelling)."""
    folders = [p for p in sorted((root / "tests" / "fixtures").iterdir()) if p.is_dir()]
    data = root / "bot" / "core" / "data"
    folders += [data, *sorted(p for p in data.rglob("*") if p.is_dir())]
    return [p.relative_to(root).as_posix() + "/" for p in folders
            if p.name != "__pycache__"]


def unlisted(folders: list[str], notice: str) -> list[str]:
    """Folders and NOTICE's text -> the folders it has no entry for."""
    listed = entries(notice)
    return [f for f in folders if f not in listed]


def test_every_fixture_and_data_folder_is_in_notice() -> None:
    folders = watched_folders()
    assert "tests/fixtures/rfa/" in folders and "bot/core/data/" in folders
    assert unlisted(folders, NOTICE) == []


def test_the_check_finds_a_folder_missing_from_notice() -> None:
    notice = "Third-party material\n\nPath: tests/fixtures/rfa/\n  Licence: CC BY-SA\n"
    assert unlisted(["tests/fixtures/rfa/", "tests/fixtures/new/"], notice) == [
        "tests/fixtures/new/"]
    # a path named only in another entry's text is not an entry
    assert unlisted(["tests/fixtures/seed/"], notice + "  made from tests/fixtures/seed/\n")


def test_each_third_party_folder_says_its_source_and_licence() -> None:
    third = {path: text for path, (borrowed, text) in entries(NOTICE).items() if borrowed}
    assert {"bot/core/data/", "tests/fixtures/rfa/", "tests/fixtures/seed/",
            "tests/conformance/", "tools/sources/"} <= set(third)
    for path, text in third.items():
        assert "Licence:" in text and "Source:" in text and "Requires:" in text, path
        if "Status: pending" in text:
            continue  # added by another branch; its folder is not here yet
        readme = ROOT / path / "README.md"
        assert readme.is_file(), f"{path} has no README.md"
        words = readme.read_text(encoding="utf-8")
        assert re.search(r"licen[cs]e", words, re.IGNORECASE) and "NOTICE" in words, path
        assert re.search(r"https?://|tools/", words), f"{path}: README names no source"


def test_every_entry_is_a_real_path_or_pending() -> None:
    for path, (_, text) in entries(NOTICE).items():
        assert (ROOT / path).exists() or "Status: pending" in text, path
