"""Kill switch page text -> whether the bot may run, and if not, why not; pure.

The kill switch is a wiki page anyone can edit to stop the bot (``kill_switch_page`` in
config/jobs.yaml). A run reads it right after logging in; unless its whole text is the run
word, the run stops (exit 0) without reading or writing anything else, and says why. It is
read again before each later job, and with every report page just before that page is
saved (in the same request), so a stop mid-run saves nothing more.
"""

from __future__ import annotations

# `peerbot run` puts {"page": kill switch page, "run_word": ...} in this environment variable
# for its jobs; their saves read the page with the report page (bot.wiki.save).
KILL_SWITCH_ENV = "PEERBOT_KILL_SWITCH"


def kill_switch_verdict(text: str | None, run_word: str) -> str:
    """Kill switch page text (None: missing) -> '' when the bot may run, else why it may not."""
    if text is None:
        return f"the page does not exist (create it with the text {run_word!r} to let the bot run)"
    if text.strip() != run_word:
        shown = text.strip()[:60] or "(empty)"
        return f"it says {shown!r}, not {run_word!r}"
    return ""
