"""A block holding the ranking template -> a Ballot, or an Excluded record saying why not.

Ranked votes are written as one template per voter, listing candidates best first; this
module finds such blocks and turns each into a signed ``Ballot`` (counted later by the
Schulze method in ``bot.votes.tally``) or an exclusion: a reply, unsigned, struck, or a
ranking that is empty or names a candidate twice. Pure: no I/O, no clock.

Rule:

* **Ranked ballots.** An item or paragraph holding the ranking template is a ballot, never
  a vote: its positional parameters are the ranking, best first.
"""

from __future__ import annotations

import mwparserfromhell
from mwparserfromhell.nodes import Template

from bot.core.model import SiteFacts
from bot.votes.clean import CleanPage, plain_text, template_name, walk_nodes
from bot.votes.config import VoteConfig, template_key
from bot.votes.model import INVALID, REPLY, STRUCK, UNSIGNED, Ballot, Excluded
from bot.votes.sections import Block, block_strikes, inside
from bot.votes.signature import find_signature_spot


def find_ranking_template(text: str, facts: SiteFacts, config: VoteConfig
                          ) -> tuple[Template, int] | None:
    """Block text -> (the ranking template, its offset) when the block holds one."""
    folded = text.casefold().replace("_", " ")
    if "{{" not in text or template_key(config.ranking_template)[1:].casefold() not in folded:
        return None
    for node, start, _text in walk_nodes(mwparserfromhell.parse(text), 0):
        if isinstance(node, Template) and config.is_ranking_template(template_name(node,
                                                                                   facts)):
            return node, start
    return None


def read_ballot(block: Block, found: tuple[Template, int], subject: str, clean: CleanPage,
                facts: SiteFacts) -> Ballot | Excluded:
    """Block and its ranking template -> the Ballot, or why it is not counted."""
    template, at = found
    spot = find_signature_spot(block.text, facts)
    signature = spot.signature if spot else None
    user = signature.user if signature else None
    stamp = signature.timestamp if signature else None

    def excluded(reason: str) -> Excluded:
        return Excluded(user, subject, None, reason, block.line, block.text.strip(), stamp)

    if block.kind == "reply":
        return excluded(REPLY)
    if signature is None:
        return excluded(UNSIGNED)
    spans = block_strikes(clean, block)
    if inside(at, spans) or (spot is not None and inside(spot.first_at, spans)):
        return excluded(STRUCK)
    names = [template_key(plain_text(str(p.value))) for p in template.params
             if not p.showkey and plain_text(str(p.value))]
    if not names or len(set(names)) != len(names):
        return excluded(INVALID)
    return Ballot(signature.user, tuple(names), stamp, block.line, block.text.strip())
