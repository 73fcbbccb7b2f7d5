"""The demo's consultation: the real dialogue (reconstructed, see
tools/reconstruct_consultation.py) saved on the local wiki comment by comment, each by an
account of its signer's name, so the digest's history check finds every author."""

from __future__ import annotations

from pathlib import Path

from bot.core.model import SiteFacts
from bot.digest.parse import parse_comments
from bot.wiki.localwiki import LocalWiki

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "digest" / "consultation.wikitext"
TITLE = "Talk:Community Engagement/Leadership Development Dialogue"
DIGEST_PAGE = "Peer academy/Dialogue digest"


def seed_consultation(wiki: LocalWiki, organizer: str) -> int:
    """Save the consultation, each comment (with the headings and prose before it) by its
    signer and what follows the last one by ``organizer`` -> the number of edits."""
    text = FIXTURE.read_text(encoding="utf-8")
    lines = text.rstrip("\n").split("\n")
    comments = parse_comments(TITLE, text, SiteFacts()).comments
    wiki.create_users(sorted({c.user for c in comments}))
    chunks = []
    start = 0
    for comment in comments:
        chunks.append((comment.user, "\n".join(lines[start:comment.line])))
        start = comment.line
    if start < len(lines):
        chunks.append((organizer, "\n".join(lines[start:])))
    for number, (user, chunk) in enumerate(chunks):
        site = wiki.client(user)
        where = {"text": chunk} if number == 0 else {"appendtext": "\n" + chunk}
        site.post("edit", title=TITLE, summary="consultation", token=site.get_token("csrf"),
                  **where)
    return len(chunks)
