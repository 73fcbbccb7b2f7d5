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

from bot.core.i18n import english, known, msg, term
from bot.core.model import Problem
from bot.core.render import page_link, problem_text, table

CONFIG_PROBLEMS_ENV = "PEERBOT_CONFIG_PROBLEMS"


def notices_text(problems: Sequence[Problem]) -> str:
    """Config problems -> a short paragraph and a table (Page, Problem); '' for none."""
    if not problems:
        return ""
    rows = [[page_link(p.page) if p.page else "", problem_text(p)] for p in problems]
    return (heading() + msg("peerbot-config-problems-intro") + "\n"
            + table([msg("peerbot-problems-col-page"), msg("peerbot-problems-col-problem")],
                    rows, sortable=False))


def problem(page: str, key: str, *params: object, line: int | None = None,
            text: str = "") -> Problem:
    """A page, a message key and its parameters -> the Problem (its ``reason`` the English
    wording, for logs; reports show the message in their language)."""
    shown = tuple(str(p) for p in params)
    return Problem(page, english(key, *shown), line, text, key, shown)


def kind_name(kind: str) -> str:
    """An entry kind ("nomination", "mentor offer") -> a parameter that shows it in the
    report's language (its ``peerbot-kind-*`` message); a kind without one as it is."""
    key = "peerbot-kind-" + kind.replace(" ", "-").replace("_", "-")
    return term(key) if known(key) else kind


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
    if named == "the command line":
        return problem(new, "peerbot-problem-moved-command-line", old, new)
    if named:
        return problem(new, "peerbot-problem-moved-key", old, new, named)
    return problem(new, "peerbot-problem-moved", old, new)


def encode_problems(problems: Sequence[Problem]) -> str:
    """Problems -> the JSON the runner puts in CONFIG_PROBLEMS_ENV."""
    return json.dumps([[p.page, p.reason, p.key, list(p.params)] for p in problems],
                      ensure_ascii=False)


def decode_problems(raw: str | None) -> list[Problem]:
    """CONFIG_PROBLEMS_ENV's value (or None) -> the problems it holds."""
    if not raw:
        return []
    return [Problem(str(row[0]), str(row[1]), key=str(row[2]) if len(row) > 2 else "",
                    params=tuple(str(p) for p in row[3]) if len(row) > 3 else ())
            for row in json.loads(raw)]
