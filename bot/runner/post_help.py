"""A run's problems that need a person -> the help page updated in one edit (or none).

The keys of the sections left open are kept in the state folder, so a run with nothing to
post and nothing open costs no request; otherwise the page is read and saved with
``save_edited`` (which honours {{nobots}} and keeps replies saved meanwhile).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from bot.core.i18n import speaking
from bot.runner.help import HelpItem, HelpUpdate, edit_summary, open_keys, update_help

log = logging.getLogger("peerbot")


def _open_path(state_dir: Path) -> Path:
    return state_dir / "help-page-open.json"


def remembered_open(state_dir: Path, page: str) -> list[str] | None:
    """-> the keys left open on ``page`` by the last post (None: not known)."""
    try:
        data = json.loads(_open_path(state_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return list(data.get("open", [])) if data.get("page") == page else None


def post_help(wiki: Any, page: str, state_dir: Path, items: Sequence[HelpItem],
              ran: Collection[str], language: str = "") -> Any:
    """This run's HelpItems and the jobs that ran -> the help page's SaveOutcome (None when
    there was nothing to do, known without reading it); its words in ``language`` (the
    jobs file's; '': the wiki's content language, asked only when there is something to
    post)."""
    if not items and remembered_open(state_dir, page) == []:
        return None
    done: list[HelpUpdate] = []

    def edit(text: str) -> str:
        done.append(update_help(text, items, ran))
        return done[-1].text

    with speaking(language or wiki.facts().lang):
        outcome = wiki.save_edited(page, edit, edit_summary(items))
    if not outcome.ok or outcome.status not in ("edited", "created", "no change"):
        log.warning("help page %s: %s: %s", page, outcome.status, outcome.message)
        return outcome
    update = done[-1]
    if update.posted or update.resolved:
        log.info("help page %s: %d posted, %d marked resolved (revision %s)", page,
                 len(update.posted), len(update.resolved), outcome.revision)
    tmp = _open_path(state_dir).with_suffix(".tmp")
    tmp.write_text(json.dumps({"page": page, "open": sorted(open_keys(update.text))}),
                   encoding="utf-8")
    tmp.replace(_open_path(state_dir))
    return outcome
