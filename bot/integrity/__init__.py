"""What happened to each entry: event logs built from page history, and the rules on them.

``events`` turns a page's revisions into one log per line (added, changed, moved, removed,
restored; by whom, when); ``verdicts`` says what a log means under the config (removed,
withdrawn, unverifiable, changed after the close). Both are pure: the wiki package
fetches the revisions and the state folder keeps the logs between runs.
"""

from __future__ import annotations

from functools import lru_cache

from bot.core.history import signature_span
from bot.core.model import SiteFacts
from bot.integrity.events import Anchor


@lru_cache(maxsize=8)
def anchor_for(facts: SiteFacts) -> Anchor:
    """Site facts -> a line's anchor: its signature (the signer's link to its time zone),
    or None; remembered per line, as a history repeats most lines in every revision."""

    @lru_cache(maxsize=65536)
    def anchor(line: str) -> str | None:
        return signature_span(line, facts) if "[[" in line else None

    return anchor
