"""Which template pages `peerbot install-templates` may write; pure.

The bot writes only what is its own: a page that does not exist yet, or one whose latest
revision is the bot's (so nobody edited it since the bot saved it). A page someone else
saved last (a local edit of a peer academy template, or a page of the same name the wiki
already had) is listed with the diff and left alone, unless the operator names it with
``--overwrite PAGE``.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Current:
    """A template page as the wiki has it: text, latest revision and who saved it."""

    text: str
    revision: int
    user: str


@dataclass(frozen=True)
class Install:
    """What install-templates does with one page: create, update, same or keep."""

    page: str
    action: str          # "create", "update", "same" (nothing to do) or "keep" (not ours)
    text: str            # the text peerbot ships
    revision: int = 0    # the wiki's latest revision (0: no page)
    edited_by: str = ""  # who saved it last, when that is not the bot
    overwrite: bool = False  # an update of a page not ours, asked for with --overwrite

    @property
    def writes(self) -> bool:
        """-> True when the page is to be saved."""
        return self.action in ("create", "update")


def _same_user(a: str, b: str) -> bool:
    def norm(name: str) -> str:
        name = name.replace("_", " ").strip()
        return name[:1].upper() + name[1:]

    return bool(a) and norm(a) == norm(b)


def plan_install(wanted: Mapping[str, str], current: Mapping[str, Current], bot: str,
                 overwrite: Collection[str] = ()) -> list[Install]:
    """{title: shipped text}, {title: Current} of the pages that exist, the bot's user name,
    the titles named with --overwrite -> one Install per shipped page, in order."""
    asked = {t.replace("_", " ") for t in overwrite}
    plans = []
    for title, text in wanted.items():
        now = current.get(title)
        if now is None:
            plans.append(Install(title, "create", text))
        elif now.text == text:
            plans.append(Install(title, "same", text, now.revision))
        elif _same_user(now.user, bot):
            plans.append(Install(title, "update", text, now.revision))
        elif title in asked:
            plans.append(Install(title, "update", text, now.revision, now.user or "?", True))
        else:
            plans.append(Install(title, "keep", text, now.revision, now.user or "a hidden user"))
    return plans


def unknown_overwrites(wanted: Collection[str], overwrite: Collection[str]) -> list[str]:
    """-> the --overwrite titles that name no shipped template page."""
    return sorted(t for t in overwrite if t.replace("_", " ") not in wanted)


def diff(page: str, wiki_text: str, shipped: str) -> str:
    """A page's text on the wiki and the shipped one -> a unified diff (wiki -> peerbot)."""
    return "".join(difflib.unified_diff(
        wiki_text.splitlines(keepends=True), shipped.splitlines(keepends=True),
        fromfile=f"{page} (on the wiki)", tofile=f"{page} (templates_wikitext/)"))
