"""The published text of the consultation -> wikitext for the digest's test fixture.

Usage: python tools/reconstruct_consultation.py tests/fixtures/seed/000_cd0fc1438fa9009e.txt \
    > tests/fixtures/digest/consultation.wikitext

The seed (``tests/fixtures/seed/``, see its README) is the page as a reader sees it: headings end in " edit",
comments start with a bullet or not at all, signatures are plain text ending in "(UTC)Reply",
indentation is lost. The rules below put back what the digest reads, and nothing else:

- "Part N: ..." and "Other Questions or Comments" are level-2 headings, a numbered idea
  ("3. Select based on ...") level 4, every other heading level 3.
- A bulleted line is a top-level comment "* "; a deeper bullet "** ". A line without a
  bullet right after a signed comment is a reply "*: " (the indentation the reader saw is
  gone, and replies are what followed comments); a line continuing an unsigned comment keeps
  its comment's indentation plus ":". Before any comment, text stays plain prose.
- A signature "NAME (talk) 12:34, 5 May 2016 (UTC)Reply" becomes "[[User:NAME|NAME]]
  ([[User talk:NAME|talk]]) 12:34, 5 May 2016 (UTC)". NAME is one of SIGNERS (the names as
  they appear in the text, typed here by hand: where a name ends and the comment begins
  cannot be told from plain text); ACCOUNTS maps a shown name to its account when they differ.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SIGNERS = [
    "Sandiooses", "tahmina.tithi", "Sumita Roy Dutta", "Pineapples100", "Polimerek",
    "Ehrlich91", "Daria Cybulska (WMUK)", "XoXo", "MADe", "Rehman", "Tanweer", "Hasive",
    "Dyolf77", "The Photographer", "Chris Keating (The Land)", "Gnangarra", "Astinson (WMF)",
    "Effeietsanders", "Nicole Ebber (WMDE)", "Vojtěch Dostál", "Slowking4",
    "RightCowLeftCoast", "Rogol Domedonfors", "seav", "Pete F", "Blue Rasberry", "Rberchie",
    "Kaarel Vaidla (WM EE)", "CDG (WMAT staff)", "Ad Huikeshoven", "Johnbod", "Flixtey",
    "Thekohser", "Smallbones", "JAnstee (WMF)", "Saintfevrier", "NickK", "ArnoldReinhold",
    "John Cummings", "Neotarf",
]
ACCOUNTS = {"Chris Keating (The Land)": "The Land", "tahmina.tithi": "Tahmina.tithi",
            "seav": "Seav"}
STAMP = re.compile(r"(\d\d:\d\d, \d{1,2} [A-Z][a-z]+ \d{4} \(UTC\))(?:Reply)?")
BULLET = "\u2022"


def sign(line: str) -> tuple[str, bool]:
    """A published line -> (its wikitext with the signature as links, whether it is signed)."""
    stamp = STAMP.search(line)
    if not stamp:
        for shown in SIGNERS:  # a signature without a date: "NAME (talk)" ending the line
            if line.rstrip().endswith(f" {shown} (talk)"):
                user = ACCOUNTS.get(shown, shown)
                cut = line.rstrip()[:-len(f"{shown} (talk)")]
                return f"{cut}[[User:{user}|{shown}]] ([[User talk:{user}|talk]])", True
        return line, False
    before = line[:stamp.start()]
    for shown in sorted(SIGNERS, key=len, reverse=True):
        for tail, talk in ((f"{shown} (talk) ", True), (f"{shown}talk ", True),
                           (f"{shown} ", False)):
            if before.endswith(tail):
                user = ACCOUNTS.get(shown, shown)
                link = f"[[User:{user}|{shown}]]" + (
                    f" ([[User talk:{user}|talk]])" if talk else "")
                return before[:-len(tail)] + link + " " + stamp.group(1) + line[stamp.end():], True
    raise SystemExit(f"no known signer before: ...{before[-60:]!r}")


def heading(title: str) -> str:
    if title.startswith("Part ") or title == "Other Questions or Comments":
        return f"== {title} =="
    if re.match(r"^\d\. ", title):
        return f"==== {title} ===="
    return f"=== {title} ==="


def reconstruct(lines: list[str]) -> list[str]:
    out = [("<!-- Reconstructed from the published text of Talk:Community Engagement/"
            "Leadership Development Dialogue (Meta-Wiki, 2016), as kept in tests/fixtures/seed/, "
            "by tools/reconstruct_consultation.py: headings, indentation and signature links are "
            "put back by the rules in that script; the words are the published ones. -->")]
    started = False
    state = "prose"  # prose | signed | open (an unsigned comment goes on)
    prefix = ""
    for raw in lines:
        text = raw.strip().replace("\u00a0", " ").strip()
        if raw.rstrip().endswith(" edit") and len(text) < 300:
            started = True
            out.append(heading(text[:-5].strip()))
            state, prefix = "prose", ""
            continue
        if started and text.startswith("Return to "):
            break  # the page's footer link, not part of the discussion
        if not started or not text:
            if started:
                out.append("")
            continue
        if text.startswith(BULLET):
            depth = 2 if raw.startswith("    ") else 1
            prefix = "*" * depth
            body = text[1:].strip()
        elif state == "signed":
            prefix, body = "*:", text
        elif state == "open":
            prefix = prefix if prefix.endswith(":") or not prefix else prefix + ":"
            body = text
        else:
            prefix, body = "", text
        signed_text, signed = sign(body)
        out.append(f"{prefix} {signed_text}".strip() if prefix else signed_text)
        state = "signed" if signed else ("open" if prefix or state != "prose" else "prose")
    return out


def main() -> int:
    lines = Path(sys.argv[1]).read_text(encoding="utf-8").split("\n")
    print("\n".join(reconstruct(lines)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
