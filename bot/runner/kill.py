"""Kill switch page text -> whether the bot may run, and if not, why not.

The kill switch is a wiki page anyone can edit to stop the bot (``kill_switch_page`` in
config/jobs.yaml). A run reads it right after logging in; unless its whole text is the run
word, the run stops (exit 0) without reading or writing anything else, and says why.
"""

from __future__ import annotations


def kill_switch_verdict(text: str | None, run_word: str) -> str:
    """Kill switch page text (None: missing) -> '' when the bot may run, else why it may not."""
    if text is None:
        return f"the page does not exist (create it with the text {run_word!r} to let the bot run)"
    if text.strip() != run_word:
        shown = text.strip()[:60] or "(empty)"
        return f"it says {shown!r}, not {run_word!r}"
    return ""
