"""Item text -> its signature: who signed a vote and when, or that nobody did.

A vote counts for the person who signed it, so this is where a vote gets its user and its
time. It applies the signature rule below to the text of one item (a list line and the
lines continuing it) and also tells where the first signature starts, so that the caller
can see whether the voter's own signature was struck. Pure: no I/O, no clock.

Rule:

* **Signature.** A user link (User:, User talk:, Special:Contributions/) followed by a
  timestamp; the signer is the last such link before the item's final timestamp
  (``bot.core.signatures.find_signature``), preferring within that signature a link to a
  user page over a link to a user's subpage; its time is the first timestamp after that
  link (a later one is a correction's). Without a parseable timestamp, the undated
  signature of ``bot.core.comments`` (the rules the digest and nominations share): the
  user's link with their own talk or contributions link, or a link followed by an unparsed
  date, or an ``{{unsigned}}`` note; a lone mention ("per [[User:X|X]].") is none. No
  signature: reason ``unsigned``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from bot.core.comments import undated_signature
from bot.core.model import Signature, SiteFacts
from bot.core.signatures import find_timestamp, first_timestamp, linked_user, user_links

_TIME_HINT = re.compile(r"\d\d[:.h]\d\d")  # TimeStripper needs an "hh:mm" (any digits)


def find_time(text: str, facts: SiteFacts) -> datetime | None:
    """Text -> its latest timestamp; skips TimeStripper when no "hh:mm" is in the text."""
    if not _TIME_HINT.search(text):
        return None
    return find_timestamp(text, facts)


def _is_subpage_link(link: str, facts: SiteFacts) -> bool:
    """'[[User:A/sandbox|x]]' -> True: a link into a user's subpages, not to the user.

    ``[[Special:Contributions/A]]`` is no subpage link.
    """
    found = linked_user(link[2:].split("|", 1)[0].removesuffix("]]"), facts)
    return bool(found and found.subpage)


@dataclass(frozen=True)
class SignatureSpot:
    """An item's signature and where its first signature starts."""

    signature: Signature
    first_at: int  # offset of the first signature's user link (to tell if it is struck)


def find_signature_spot(text: str, facts: SiteFacts) -> SignatureSpot | None:
    """Item text -> its signature and where the first signature starts; None when unsigned.

    The signer is the last user link before the final timestamp (as ``find_signature``),
    preferring, within that signature, a link to the user's own page over a link to some
    user's subpage (``[[User:Other/Humour|...]]`` inside a custom signature). With no
    timestamp, only an undated signature signs (``bot.core.comments``), so
    "per [[User:X|X]], agreed" is not X's signature.
    """
    links = user_links(text, facts)
    if not links:
        return None
    stamped = []  # index of each link with a timestamp before the next link
    for i, (_start, end, _user) in enumerate(links):
        stop = links[i + 1][0] if i + 1 < len(links) else len(text)
        if find_time(text[end:stop], facts) is not None:
            stamped.append(i)
    if not stamped:
        undated = undated_signature(text, facts)
        if undated is None:
            return None
        return SignatureSpot(Signature(undated.user, None), undated.start)
    last = stamped[-1]
    group_start = stamped[-2] + 1 if len(stamped) > 1 else 0
    chosen = last
    for j in range(last, group_start - 1, -1):
        if not _is_subpage_link(text[links[j][0]:links[j][1]], facts):
            chosen = j
            break
    stamp = first_timestamp(text[links[last][1]:], facts)
    return SignatureSpot(Signature(links[chosen][2], stamp), links[stamped[0]][0])


def block_signature(text: str, facts: SiteFacts) -> Signature | None:
    """Item text -> its Signature, or None when it is unsigned (see ``find_signature_spot``)."""
    spot = find_signature_spot(text, facts)
    return spot.signature if spot else None
