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
