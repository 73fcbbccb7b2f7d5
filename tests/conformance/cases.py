"""DiscussionTools' test pages -> what peerbot's digest reader finds on them, compared with
what MediaWiki's own comment parser finds (see README.md); pure, no wiki.

Run ``python -m tests.conformance.cases`` for the per-page table the README quotes.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.core.model import SiteFacts
from bot.core.siteconfig import DEFAULT_PATH, load_site_config
from bot.digest.parse import parse_comments

HERE = Path(__file__).resolve().parent
MONTHS = ("january", "february", "march", "april", "may_long", "june", "july", "august",
          "september", "october", "november", "december")
SHORT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
GENITIVE = tuple(f"{m.removesuffix('_long')}-gen" for m in MONTHS)
NS_SPECIAL, NS_USER, NS_USER_TALK, NS_TEMPLATE = -1, 2, 3, 10


def cases() -> list[dict]:
    """-> index.json's cases (title, wiki, language, counts)."""
    return json.loads((HERE / "index.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _names(config: dict, number: int) -> tuple[str, ...]:
    """wgNamespaceIds -> every name of namespace ``number`` (spaces, not underscores)."""
    return tuple(sorted(name.replace("_", " ") for name, ns in config["wgNamespaceIds"].items()
                        if ns == number and name))


def site_facts(wiki: str) -> SiteFacts:
    """A case's wiki -> SiteFacts built only from DiscussionTools' settings for that wiki
    (namespace names, month names, digits, zone) and config/site.yaml's unsigned notes for
    it: the facts a live run reads from siteinfo."""
    config = json.loads((HERE / f"{wiki}-config.json").read_text(encoding="utf-8"))
    data = json.loads((HERE / f"{wiki}-data.json").read_text(encoding="utf-8"))
    lang = config["wgContentLanguage"]
    messages = data["contLangMessages"][lang]
    digits = "".join(data["digits"].get(lang) or [])
    zones = data["timezones"].get(lang, {})
    facts = SiteFacts(
        lang=lang,
        months_names=tuple((messages[m], messages[s]) for m, s in zip(MONTHS, SHORT, strict=True)),
        months_genitive=tuple(messages.get(g, messages[m])
                              for g, m in zip(GENITIVE, MONTHS, strict=True)),
        timezone=data["localTimezone"],
        user_namespaces=_names(config, NS_USER),
        user_talk_namespaces=_names(config, NS_USER_TALK),
        special_namespaces=_names(config, NS_SPECIAL),
        contributions_aliases=(data["specialContributionsName"], "Contributions"),
        template_namespaces=_names(config, NS_TEMPLATE),
        digits="" if digits == "0123456789" else digits,
        zone_names=tuple(sorted((spelled, abbr) for abbr, spelled in zones.items())))
    return load_site_config(DEFAULT_PATH, facts, wiki)


@dataclass(frozen=True)
class Outcome:
    """One page: expected comments, found (right author and minute), wrong authors (a
    comment found on an expected comment's line credited to someone else), missed ones and
    extra ones (found where MediaWiki sees no comment)."""

    case: str
    expected: int
    found: int
    wrong: tuple[tuple[int, str, str], ...]  # (line, expected author, author read)
    missed: tuple[tuple[int, str, str], ...]  # (line, author, minute)
    extra: tuple[tuple[int, str, str], ...]  # (line, author, minute read)

    @property
    def share(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def _minute(stamp: datetime | None) -> str:
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M") if stamp else "-"


def run_case(case: dict) -> Outcome:
    """A case -> its Outcome: comments matched by (signature line, author, minute)."""
    name = case["case"]
    text = (HERE / f"{name}.wikitext").read_text(encoding="utf-8")
    expected = json.loads((HERE / f"{name}.expected.json").read_text(encoding="utf-8"))
    comments = parse_comments(case["title"], text, site_facts(case["wiki"])).comments
    return compare(name, [(c.line, c.user, _minute(c.timestamp)) for c in comments],
                   [(e["line"], e["author"], e["timestamp"][:16]) for e in expected])


def compare(name: str, got: list[tuple[int, str, str]],
            expected: list[tuple[int, str, str]]) -> Outcome:
    """(line, author, minute) read and expected -> the Outcome."""
    read, want = Counter(got), Counter(expected)
    found = read & want
    missed, extra = want - found, read - found
    extra_lines = {line for line, _u, _m in extra.elements()}
    wrong = tuple(sorted((line, user, other) for line, user, _m in missed.elements()
                         for l2, other, _m2 in extra.elements()
                         if l2 == line and other != user))
    return Outcome(name, sum(want.values()), sum(found.values()), wrong,
                   tuple(sorted(k for k in missed.elements() if k[0] not in extra_lines
                                or all(w[0] != k[0] for w in wrong))),
                   tuple(sorted(extra.elements())))


def table() -> str:
    """-> the per-page figures as a Markdown table."""
    rows = ["| case | wiki | found / expected | share | wrong authors | extra |",
            "|---|---|---:|---:|---:|---:|"]
    for case in cases():
        out = run_case(case)
        rows.append(f"| {out.case} | {case['wiki']} | {out.found} / {out.expected} | "
                    f"{out.share:.1%} | {len(out.wrong)} | {len(out.extra)} |")
    return "\n".join(rows)


if __name__ == "__main__":
    import sys
    print(table())
    if "-v" in sys.argv:
        for case in cases():
            out = run_case(case)
            for kind in ("wrong", "missed", "extra"):
                for row in getattr(out, kind):
                    print(out.case, kind, *row)
