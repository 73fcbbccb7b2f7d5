"""Problems with the bot's configuration -> rows at the top of the report it writes; pure.

A typo on an on-wiki config page, a config page that is missing or was moved, or a page the
config names that was moved is the organizers' to fix, and they read the report page, not
the bot's log. So each becomes a row of a "Problems with the configuration" table that
every save of the job puts at the top of the bot's part of its report (``bot.wiki.save``),
as well as its log line. The table goes away on the first run after the fix.

``peerbot run`` finds the on-wiki config problems before the job starts and hands them to
the job in the environment (``CONFIG_PROBLEMS_ENV``), as it hands over the kill switch.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.core.i18n import msg
from bot.core.model import Problem
from bot.core.render import escape_text, page_link, table

CONFIG_PROBLEMS_ENV = "PEERBOT_CONFIG_PROBLEMS"


def notices_text(problems: Sequence[Problem]) -> str:
    """Config problems -> a short paragraph and a table (Page, Problem); '' for none."""
    if not problems:
        return ""
    rows = [[page_link(p.page) if p.page else "", escape_text(p.reason)] for p in problems]
    return (heading() + msg("peerbot-config-problems-intro") + "\n"
            + table([msg("peerbot-problems-col-page"), msg("peerbot-problems-col-problem")],
                    rows, sortable=False))


def heading() -> str:
    """-> the bold start of the config problems paragraph, in the report's language."""
    return msg("peerbot-config-problems")


def with_notices(content: str, problems: Sequence[Problem]) -> str:
    """The bot's content of a report -> the same with the config problems on top."""
    text = notices_text(unique(problems))
    return f"{text}\n\n{content.lstrip()}" if text else content


def unique(problems: Sequence[Problem]) -> list[Problem]:
    """Problems -> the same in order, each (page, reason) once."""
    seen: set[tuple[str, str]] = set()
    out = []
    for problem in problems:
        key = (problem.page, problem.reason)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return out


def moved_problem(old: str, new: str, named: str = "") -> Problem:
    """A page a config key names and where it was moved -> the Problem shown on the report."""
    where = f"`{named}`" if named and named != "the command line" else (named or "the config")
    return Problem(new, f"{old} was moved to {new}; the bot read {new}. Update {where} to "
                        "the new title")


def encode_problems(problems: Sequence[Problem]) -> str:
    """Problems -> the JSON the runner puts in CONFIG_PROBLEMS_ENV."""
    return json.dumps([[p.page, p.reason] for p in problems], ensure_ascii=False)


def decode_problems(raw: str | None) -> list[Problem]:
    """CONFIG_PROBLEMS_ENV's value (or None) -> the problems it holds."""
    if not raw:
        return []
    return [Problem(str(page), str(reason)) for page, reason in json.loads(raw)]
