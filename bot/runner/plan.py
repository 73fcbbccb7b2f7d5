"""A jobs.yaml entry -> Plan: the job's module, its local config, checked, and its loader.

The job registry. A job type is a module ``scripts/<job>.py`` (or the module of the
`peerbot JOB` command) exposing ``body(args: command.JobArgs) -> int``; it may also expose
``options(parser)`` or ``add_options(parser)`` (extra command-line options),
``DEFAULT_CONFIG`` (file name under config/) and ``load_config(path)`` (raises
ConfigError or ValueError for a bad config; used to validate on-wiki and effective
configs). Jobs without ``load_config`` fall back to ``CONFIG_LOADERS`` below. Planning
every job before the run starts means a config error stops the run before anything is
read from the wiki.
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from bot import command
from bot.core.config import ConfigError, load_yaml
from bot.runner.config import JobSpec, merge_config

DEFAULT_CONFIG_NAMES = {"nominations": "nominations.yaml", "votes": "votes.yaml",
                        "select": "select.yaml"}
CONFIG_LOADERS = {"nominations": "bot.nominations.config:load_nominations_config",
                  "votes": "bot.votes.job:load_votes_job",
                  "select": "bot.selection.job:config_for"}


@dataclass(frozen=True)
class Plan:
    """A job ready to run: its module, its local config and how to validate a config."""

    spec: JobSpec
    module: ModuleType
    config_path: Path
    local: dict[str, Any]
    loader: Callable[[Path], Any] | None


def job_module(job: str, where: str) -> ModuleType:
    """Job type -> its module (the `peerbot JOB` command's, else scripts/<job>.py); ConfigError."""
    from bot.cli import COMMANDS

    name = COMMANDS.get(job, f"scripts.{job}")
    if job in ("run", "install-templates") or not name.startswith("scripts."):
        raise ConfigError(f"{where}.job: {job!r} is not a report job")
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as err:
        if err.name and (err.name == name or err.name == "scripts"):
            raise ConfigError(f"{where}.job: no job type {job!r} (no {name.replace('.', '/')}.py)"
                              ) from None
        raise
    if not callable(getattr(module, "body", None)):
        raise ConfigError(f"{where}.job: {name} has no body(args) function")
    return module


def config_loader(job: str, module: ModuleType) -> Callable[[Path], Any] | None:
    """Job type and module -> the function that loads (validates) its config file, if any."""
    loader = getattr(module, "load_config", None)
    if callable(loader):
        return loader
    target = CONFIG_LOADERS.get(job)
    if not target:
        return None
    module_name, _, attr = target.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError):
        return None


def validate(loader: Callable[[Path], Any] | None, data: Mapping[str, Any], folder: Path,
             where: str) -> None:
    """Config mapping -> None after the job's loader accepted it; ConfigError naming ``where``.

    Loaders read files, so the mapping is written to a scratch file in ``folder`` first.
    """
    if loader is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".yaml", dir=folder,
                                     prefix=".check-", delete=False) as scratch:
        yaml.safe_dump(dict(data), scratch, allow_unicode=True, sort_keys=False)
    path = Path(scratch.name)
    try:
        loader(path)
    except (ConfigError, ValueError) as err:
        raise ConfigError(str(err).replace(str(path), where)) from None
    finally:
        path.unlink(missing_ok=True)


def plan_job(spec: JobSpec, state_dir: Path, where: str) -> Plan:
    """A jobs.yaml entry -> Plan, with the local config read and checked; ConfigError."""
    module = job_module(spec.job, where)
    default = getattr(module, "DEFAULT_CONFIG", None) or DEFAULT_CONFIG_NAMES.get(
        spec.job, f"{spec.job}.yaml")
    path = spec.config or command.CONFIG_DIR / default
    local = load_yaml(path)
    loader = config_loader(spec.job, module)
    if spec.config_page and loader is None:
        raise ConfigError(f"{where}: job {spec.name}: config_page needs a config loader for "
                          f"job type {spec.job!r} (scripts/{spec.job}.py has no load_config)")
    if spec.report_page:
        validate(loader, merge_config(local, None, spec.report_page), state_dir, str(path))
    elif loader is not None:
        try:
            loader(path)
        except (ConfigError, ValueError) as err:
            raise ConfigError(str(err)) from None
    return Plan(spec, module, path, local, loader)
