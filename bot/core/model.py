"""Frozen records shared by parsing, rules and rendering: plain values, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

ENGLISH_MONTHS: tuple[tuple[str, str], ...] = (
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
    ("May", "May"), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
    ("September", "Sep"), ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
)


# The English Wikipedia family's notes, as Meta has them: {{unsigned|USER|DATE}},
# {{unsigned2|DATE|USER}}, {{unsignedIP|IP|DATE}}, {{unsignedIP2|DATE|IP}}.
UNSIGNED_TEMPLATES: tuple[tuple[str, int, int], ...] = (
    ("Unsigned", 1, 2), ("Unsigned2", 2, 1), ("UnsignedIP", 1, 2), ("UnsignedIP2", 2, 1),
    ("Unsigned IP", 1, 2), ("Unsigned IP2", 2, 1))


@dataclass(frozen=True)
class SiteFacts:
    """What pure parsing needs to know about a wiki, fetched once by the wiki adapter.

    Namespace names are compared case-insensitively with spaces and underscores folded.
    """

    lang: str = "en"
    months_names: tuple[tuple[str, str], ...] = ENGLISH_MONTHS
    # siteinfo's timeoffset (minutes, today) and timezone (an IANA name such as
    # "Europe/Warsaw": a signature's time is converted with its offset at that date)
    timeoffset: int = 0
    timezone: str = "UTC"
    user_namespaces: tuple[str, ...] = ("User",)
    user_talk_namespaces: tuple[str, ...] = ("User talk",)
    special_namespaces: tuple[str, ...] = ("Special",)
    contributions_aliases: tuple[str, ...] = ("Contributions", "Contribs")
    template_namespaces: tuple[str, ...] = ("Template",)
    # MediaWiki's $wgCapitalLinks (siteinfo ``case``: first-letter): titles' first letter is
    # case-insensitive; False on Wiktionaries (user names are capitalized everywhere)
    capital_links: bool = True
    # (prefix, language code or '') of the wiki's interwiki map; None: the bundled table
    # (bot.core.sitenames). A frozenset, so hashing the facts stays cheap.
    interwiki: frozenset[tuple[str, str]] | None = None
    # Notes a third person adds under an unsigned comment: (template name, position of the
    # user parameter, position of the date parameter; 0 when it has none).
    unsigned_templates: tuple[tuple[str, int, int], ...] = UNSIGNED_TEMPLATES
    # (old account name, the name it goes by now) from the wiki's rename log
    # (``bot.integrity.renames``): a signature by an old name is read as the current one.
    renames: frozenset[tuple[str, str]] = frozenset()
    # How signatures write dates beyond months_names (bot.core.sitedates): genitive month
    # names (Polish "września"), the wiki's ten digits ('' for ASCII) and the local spelling
    # of zone abbreviations ((spelling, abbreviation): ("ت ع م", "UTC")).
    months_genitive: tuple[str, ...] = ()
    digits: str = ""
    zone_names: tuple[tuple[str, str], ...] = ()

    def __hash__(self) -> int:
        # Facts key many caches and are hashed on every call: hash the fields once.
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f) for f in self.__dataclass_fields__))
            object.__setattr__(self, "_hash", cached)
        return cached


@dataclass(frozen=True)
class Signature:
    """The signer of a piece of text: user name (normalized) and signature time, if any."""

    user: str
    timestamp: datetime | None


@dataclass(frozen=True)
class Problem:
    """Something in the input that could not be counted, shown in the report's problems list.

    ``reason`` is its English wording (logs, JSON); ``key`` and ``params``, when set, name
    the message (``i18n/``) the report shows instead, in the report's language. Build one
    with ``bot.core.notices.problem``."""

    page: str
    reason: str
    line: int | None = None
    text: str = ""
    key: str = ""
    params: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """One nomination or recommendation template occurrence, as written on a page.

    ``kind`` is "nomination" or "recommendation"; ``subject`` is the nominee or candidate;
    ``signer`` is the user who signed the item holding the template; ``text`` is the
    template and its signed line(s). ``timestamp`` is the signature's time until the history
    check replaces it with the time of the revision that added the entry (``revision``,
    saved by ``editor``); ``signed_at`` keeps the signature's time.
    """

    kind: str
    page: str
    line: int
    subject: str
    signer: str | None
    timestamp: datetime | None
    params: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    anchor: str = ""
    text: str = ""
    revision: int | None = None
    editor: str | None = None
    signed_at: datetime | None = None
    struck: bool = False  # the template stands inside <s>, <del> or <strike> on its line

    def param(self, name: str) -> str:
        """name -> the parameter's stripped value, '' when absent."""
        for key, value in self.params:
            if key == name:
                return value
        return ""
