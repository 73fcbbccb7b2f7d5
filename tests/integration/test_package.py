"""The built wheel installs into a fresh virtualenv outside the checkout and runs there
without a wiki (tools/package_check.py). Never skipped: without `build` it fails."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tools import package_check

pytestmark = pytest.mark.package


def test_the_wheel_installs_and_runs_on_its_own(tmp_path: Path) -> None:
    times = package_check.check(tmp_path)
    assert set(times) == {"build sdist and wheel", "install the wheel into a fresh virtualenv",
                          "run the installed commands"}


def test_a_wheel_without_a_data_file_is_caught(tmp_path: Path) -> None:
    # The completeness check is not vacuous: drop one expected file and it is named.
    expected = package_check.expected_wheel_files()
    assert {"bot/core/data/site_names.json", "bot/_shipped/config/votes.yaml"} <= expected
    assert any(p.startswith("bot/_shipped/templates_wikitext/") for p in expected)
    wheel = tmp_path / "peerbot-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name in sorted(expected - {"bot/core/data/site_names.json"}):
            archive.writestr(name, "")
        archive.writestr("peerbot-0.dist-info/licenses/LICENSE", "")
    assert package_check.missing_from_wheel(wheel, expected) == [
        "bot/core/data/site_names.json", "*.dist-info/licenses/NOTICE"]
