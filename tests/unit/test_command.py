"""The command frame: options every job takes, and what it refuses."""

from __future__ import annotations

import pytest

from bot import command
from bot.core.config import ConfigError


@pytest.mark.parametrize("argv", [["-always"], ["--always"], ["-always", "--json"]])
def test_always_is_accepted_and_changes_nothing(argv):
    parsed = command.parse_job_args(argv, "doc")
    assert parsed.extra.always is True
    assert parsed.json == ("--json" in argv)


@pytest.mark.parametrize("argv", [["-alwayz"], ["--frobnicate"], ["-always", "extra"]])
def test_unknown_options_are_one_config_error(argv):
    with pytest.raises(ConfigError, match="unknown option"):
        command.parse_job_args(argv, "doc")


def test_output_read_only_in_part_is_no_error() -> None:
    """`peerbot votes --json ... | head`: the reader goes away; no traceback, exit 0."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    page = root / "tests" / "fixtures" / "rfa" / "holdout-a.txt"
    job = subprocess.Popen([sys.executable, "-m", "bot.cli", "votes", "--from-file", str(page),
                            "--json"], cwd=root, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE)
    assert job.stdout is not None and job.stderr is not None
    job.stdout.read(10)
    job.stdout.close()  # as head does after its first lines
    errors = job.stderr.read().decode()
    assert job.wait(timeout=120) == 0, errors
    assert "Traceback" not in errors and "BrokenPipe" not in errors
