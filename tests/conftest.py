"""Shared test set-up: keep pywikibot away from any real wiki during unit tests."""

from __future__ import annotations

import os
import tempfile

# Unit tests import pywikibot's textlib only; an empty config dir means no site is configured,
# and the bot's own guard refuses to run without a user-config.py.
os.environ.setdefault("PYWIKIBOT_DIR", tempfile.mkdtemp(prefix="peerbot-pwb-empty-"))
