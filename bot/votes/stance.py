"""One item -> its reading: the signature, the stance markers at its opening, what is struck.

Where a vote says what it is for: the stance templates and bold stance words the config
names, read from the opening of an item, each marked struck or not, together with the
item's signature and whether that signature was struck. The page step then decides from
a reading whether the item is a vote, and on which side. Pure: no I/O, no clock.

Rules:

* **Stance marker.** At the opening of an item (after blanks, punctuation and templates
  that are no stance, such as ``{{ec}}``): a stance template or a bold stance word, from the
  config. Markers and prose inside a strike are passed over, so
  ``<s>'''Oppose'''</s> '''Support'''`` is a support.
* **Struck.** An item is struck when its first signature is inside a strike (the voter's
  own signature was struck), or when all its opening stance markers are struck -- on an
  options page only when one of the struck markers names the option's own stance (a
  struck "Support" left in the Oppose section records where the vote came from, it does
  not withdraw it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import mwparserfromhell
from mwparserfromhell.nodes import Comment, HTMLEntity, Tag, Template, Text
from mwparserfromhell.wikicode import Wikicode

from bot.core.model import Signature, SiteFacts
from bot.votes.clean import STRIKE_TAGS, CleanPage, tag_name, template_name
from bot.votes.config import VoteConfig
from bot.votes.sections import Block, block_strikes, inside
from bot.votes.signature import find_signature_spot

OPENING_CHARS = 300
_TRANSPARENT_TAGS = frozenset({"span", "font", "big", "small", "b", "strong", "u", "i", "em",
                               "sup", "sub", "div", "ins"})
_STRIKE_MARKUP = re.compile(r"<\s*/?\s*(?:s|del|strike)(?:\s[^<>]*)?>", re.IGNORECASE)
_PUNCT = " \t.,:;!?-–—()[]/\"'·•~"


@dataclass(frozen=True)
class Reading:
    """What an item says: its signature, whether that is struck, its opening markers."""

    signature: Signature | None
    signature_struck: bool
    markers: tuple[tuple[str, bool], ...]  # (stance, struck) in page order

    def stance(self) -> str | None:
        """-> the stance of the first unstruck marker, if any."""
        for stance, struck in self.markers:
            if not struck:
                return stance
        return None

    def first_stance(self) -> str | None:
        """-> the stance of the first marker, struck or not (where a struck vote stood)."""
        return self.markers[0][0] if self.markers else None

    def stance_struck(self, option: str | None) -> bool:
        """Option stance of the section (None: none) -> True when the markers withdraw it."""
        if not self.markers or any(not struck for _s, struck in self.markers):
            return False
        if option is None:
            return True
        return any(stance == option for stance, _struck in self.markers)


def _clause(words: str) -> str:
    return re.split(r"[,;(–—]| - ", words, maxsplit=1)[0]


def _markers(code: Wikicode, base: int, spans: list[tuple[int, int]], forced: bool,
             config: VoteConfig, facts: SiteFacts, out: list[tuple[str, bool]]) -> bool:
    """Opening nodes -> stance markers appended to out as (stance, struck).

    Returns False where the opening ends (the first unstruck prose, link or other content).
    """
    pos = base
    for node in code.nodes:
        text = str(node)
        struck = forced or inside(pos, spans)
        here, pos = pos, pos + len(text)
        if isinstance(node, (Comment, HTMLEntity)):
            continue
        if isinstance(node, Text):
            if _STRIKE_MARKUP.sub("", text).strip(_PUNCT) and not struck:
                return False
        elif isinstance(node, Template):
            name = template_name(node, facts)
            stance = config.template_stance(name)
            if stance:
                out.append((stance, struck))
            elif config.is_strike_template(name):
                for param in node.params:
                    inner = str(param.value)
                    _markers(param.value, here + text.find(inner), spans, True, config, facts,
                             out)
        elif isinstance(node, Tag) and node.wiki_markup in ("'''", "''"):
            words = node.contents.strip_code()
            stance = config.word_stance(words) or config.word_stance(_clause(words))
            if stance:
                out.append((stance, struck))
            elif words.strip(_PUNCT) and not struck:
                return False
        elif isinstance(node, Tag) and not node.wiki_markup and not node.self_closing \
                and (tag_name(node) in STRIKE_TAGS or tag_name(node) in _TRANSPARENT_TAGS):
            strike = tag_name(node) in STRIKE_TAGS
            if not _markers(node.contents, here + text.find(">") + 1, spans,
                            struck or strike, config, facts, out) and not (struck or strike):
                return False
        elif not struck:
            return False
    return True


def read_item(block: Block, clean: CleanPage, facts: SiteFacts, config: VoteConfig
              ) -> Reading:
    """Item block -> Reading: its signature (struck or not) and its opening stance markers."""
    spans = block_strikes(clean, block)
    spot = find_signature_spot(block.text, facts)
    markers: list[tuple[str, bool]] = []
    # the opening is short: parsing a prefix is enough, strikes come from the whole page
    _markers(mwparserfromhell.parse(block.text[:OPENING_CHARS]), 0, spans, False, config,
             facts, markers)
    return Reading(spot.signature if spot else None,
                   spot is not None and inside(spot.first_at, spans), tuple(markers))
