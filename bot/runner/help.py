"""Problems that need a person -> sections of the wiki's help page (``help_page``); pure.

A job that meets a problem only a person can fix (an on-wiki config page that does not
parse, broken markers, a report page the bot may not edit, a vote page moved or missing, a
certification that does not match) names it as a ``HelpItem``: the job, the page, the
problem and the fix. ``update_help`` turns the help page's text and this run's items into
the new text: each new item is one short section signed by the bot; an item already open
on the page is not posted again; an open item of a job that ran and no longer reports it is
marked resolved. Text that is not the bot's own section markers is never changed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from bot.core.i18n import english, filled, known, msg, plain
from bot.core.render import escape_text, page_link

_MARK = re.compile(r"<!-- peerbot:help(?P<done>-resolved)? job=(?P<job>[a-z0-9_-]+) "
                   r"key=(?P<key>[0-9a-f]{12}) -->")
_HEADING = re.compile(r"^(={1,2})[^=].*\1\s*$")


@dataclass(frozen=True)
class HelpItem:
    """One problem for a person: which job, on which page, what is wrong, how to fix it.
    ``kind`` (with job and page) identifies it between runs: the wording may vary."""

    job: str
    page: str
    kind: str
    problem: str
    fix: str
    ident: str = ""  # tells apart problems of one kind on one page (two refusals)
    # the fix as a message and its parameters, posted in the help page's language (``fix``
    # stays its English words, for the log): build one with ``help_item``
    fix_key: str = ""
    fix_params: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """-> a short stable id of the problem (job, kind, page, ident)."""
        text = f"{self.job}\n{self.kind}\n{self.page}\n{self.ident}"
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class HelpUpdate:
    """The help page's new text, and the items posted and the keys resolved by it."""

    text: str
    posted: tuple[HelpItem, ...]
    resolved: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.posted or self.resolved)


def open_keys(text: str) -> dict[str, str]:
    """Help page text -> {key: job} of the bot's sections not marked resolved."""
    return {m.group("key"): m.group("job") for m in _MARK.finditer(text)
            if not m.group("done")}


def kind_key(kind: str) -> str:
    """A kind of problem ("broken markers") -> its message key (``peerbot-help-kind-*``)."""
    return "peerbot-help-kind-" + re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-")


def kind_words(kind: str, render: Callable[[str], str] = msg) -> str:
    """A kind of problem -> its words in the help page's language (as it is without a
    message: kinds are the bot's own words)."""
    return render(kind_key(kind)) if known(kind_key(kind)) else kind


def render_item(item: HelpItem) -> str:
    """HelpItem -> its section, signed (``~~~~`` is expanded by MediaWiki on save), in the
    current language (``bot.core.i18n.speaking``)."""
    where = page_link(item.page) if item.page else msg("peerbot-help-no-page")
    fix = (msg(item.fix_key, *filled(item.fix_params, msg, escape_text)) if item.fix_key
           else escape_text(item.fix))
    # job names are [a-z0-9_-] (jobs.yaml) and kinds the bot's own words: shown as they are
    return (f"== {msg('peerbot-help-heading', item.job, kind_words(item.kind))} ==\n"
            f"<!-- peerbot:help job={item.job} key={item.key} -->\n"
            + msg("peerbot-help-item", item.job, where, escape_text(item.problem), fix)
            + " ~~~~")


def help_item(job: str, page: str, kind: str, problem: str, fix_key: str, *params: object,
              ident: str = "") -> HelpItem:
    """A problem and its fix as a message key and parameters -> the HelpItem (its ``fix``
    the English words, for the log)."""
    shown = tuple(str(p) for p in params)
    return HelpItem(job, page, kind, problem, english(fix_key, *shown), ident, fix_key, shown)


def edit_summary(items: Sequence[HelpItem]) -> str:
    """This run's items -> the help page's edit summary, in the current language."""
    kinds = sorted({kind_words(i.kind, plain) for i in items})
    if not kinds:
        return plain("peerbot-help-summary-resolved")
    return plain("peerbot-help-summary", plain("peerbot-comma").join(kinds))


def _resolve(lines: list[str], key: str) -> None:
    """Lines of the page -> the section of ``key`` marked resolved (in place)."""
    for at, line in enumerate(lines):
        match = _MARK.search(line)
        if match is None or match.group("key") != key or match.group("done"):
            continue
        lines[at] = line.replace("peerbot:help job=", "peerbot:help-resolved job=")
        end = at + 1
        while end < len(lines) and not _HEADING.match(lines[end]):
            end += 1
        while end > at + 1 and not lines[end - 1].strip():
            end -= 1
        lines.insert(end, f":{msg('peerbot-help-resolved')} ~~~~")
        return


def update_help(text: str, items: Sequence[HelpItem], ran: Collection[str]) -> HelpUpdate:
    """The help page's text, this run's items and the jobs that ran -> the new text."""
    known = open_keys(text)
    wanted = {item.key: item for item in items}
    posted = tuple(item for key, item in wanted.items() if key not in known)
    resolved = tuple(key for key, job in known.items() if job in ran and key not in wanted)
    lines = text.split("\n")
    for key in resolved:
        _resolve(lines, key)
    new = "\n".join(lines).rstrip()
    for item in posted:
        new = (new + "\n\n" if new else "") + render_item(item)
    return HelpUpdate(new + "\n" if posted or resolved else text, posted, resolved)


# --- problems a job meets, in the words of the help page ------------------------------------

def refusal_item(job: str, page: str, message: str) -> HelpItem | None:
    """A refused save's message -> the HelpItem when a person must act, else None (an edit
    conflict or a run stopped by the kill switch settles itself)."""
    if "markers are broken" in message:
        return help_item(job, page, "broken markers", message,
                         "peerbot-help-fix-broken-markers")
    if "protected" in message or "nobots" in message or "bots}}" in message:
        return help_item(job, page, "may not edit the report page", message,
                         "peerbot-help-fix-may-not-edit", "{{bots}}")
    if message.startswith("save failed") or "AbuseFilter" in message:
        return help_item(job, page, "report not saved", message, "peerbot-help-fix-not-saved")
    return None
