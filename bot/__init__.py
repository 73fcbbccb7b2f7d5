"""peerbot: nominations, votes and selection reports for the Wikimedia peer academy.

``__version__`` is the installed distribution's version (pyproject.toml is the one place it
is written). ``shipped(name)`` is where a folder peerbot ships with its code lives: inside an
installed wheel ``bot/_shipped/<name>`` (see setup.py), in a checkout the top-level folder.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLED = Path(__file__).resolve().parent / "_shipped"


def _version() -> str:
    """-> the version of the installed peerbot, or pyproject.toml's in an uninstalled checkout."""
    try:
        return metadata.version("peerbot")
    except metadata.PackageNotFoundError:
        with open(ROOT / "pyproject.toml", "rb") as project:
            return str(tomllib.load(project)["project"]["version"])


def shipped(name: str) -> Path:
    """A shipped folder's name ('config', 'templates_wikitext') -> where it is."""
    installed = INSTALLED / name
    return installed if installed.is_dir() else ROOT / name


__version__ = _version()
