"""Names and titles as MediaWiki normalizes them: one row per form a person types.

The expected names are written by hand from what MediaWiki 1.39 stores (its own
``prop=links`` answer for the same link on the local wiki), not computed by the code under
test.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core.entries import EntryTemplates, parse_entries
from bot.core.history import Origin
from bot.core.integrity import (
    IntegrityConfig,
    UserFacts,
    ineligible,
    integrity_config,
    judge,
)
from bot.core.model import SiteFacts
from bot.core.names import decode_title, normalize_title, normalize_user, same_title
from bot.core.signatures import find_signature, unsigned_notes, user_from_link, user_links

FACTS = SiteFacts()
WIKTIONARY = replace(SiteFacts(), capital_links=False)
STAMP = "12:34, 1 May 2026 (UTC)"

USERS = [
    ("O&#39;Brien", "O'Brien"),          # what ~~~~ saves for O'Brien
    ("O&#x27;Brien", "O'Brien"),
    ("O&apos;Brien", "O'Brien"),
    ("Fr&#97;nk", "Frank"),
    ("Mary&nbsp;Ann", "Mary Ann"),
    ("Mary&#160;Ann", "Mary Ann"),
    ("Mary\u00a0Ann", "Mary Ann"),
    ("Mary\u3000Ann", "Mary Ann"),
    ("Jos%C3%A9", "José"),               # copied from the address bar
    ("Jos%c3%a9", "José"),
    ("O%27Brien", "O'Brien"),
    ("100%_sure", "100% sure"),          # a lone % is no escape
    ("Bad%E9", "Bad%E9"),                # not UTF-8: kept as typed
    ("A+B", "A+B"),                      # rawurldecode keeps the plus
    ("Jose\u0301", "José"),              # NFD input
    ("\u200eNur\u200f", "Nur"),          # direction marks
    ("\u202bنور\u202c", "نور"),
    ("می\u200cخواهم", "می\u200cخواهم"),  # ZWNJ spells Persian words: kept
    ("trent_Clerk", "Trent Clerk"),
    ("  some__user  name ", "Some user name"),
    ("mallory", "Mallory"),
    ("émile", "Émile"),
    ("AT&amp;T", "AT&T"),
    ("Tom &unknown; Jones", "Tom &unknown; Jones"),
]


@pytest.mark.parametrize(("typed", "stored"), USERS)
def test_user_name_is_normalized_as_mediawiki_stores_it(typed: str, stored: str) -> None:
    assert normalize_user(typed) == stored


@pytest.mark.parametrize(("typed", "stored"), USERS)
def test_a_link_to_that_user_names_the_stored_form(typed: str, stored: str) -> None:
    assert user_from_link(f"User:{typed}", FACTS) == stored
    assert find_signature(f"Yes. [[User:{typed}|x]] {STAMP}", FACTS).user == stored  # type: ignore[union-attr]


def test_nfd_and_nfc_input_give_one_name() -> None:
    nfd = unicodedata.normalize("NFD", "Zoë Ångström")
    assert nfd != "Zoë Ångström"
    assert normalize_user(nfd) == "Zoë Ångström"


TITLES = [
    # (typed, capital links, stored)
    ("unsigned", True, "Unsigned"),
    ("unsigned", False, "unsigned"),        # Wiktionary: titles are case-sensitive
    ("Unsigned", False, "Unsigned"),
    ("Vote_support", True, "Vote support"),
    ("vote%20support", True, "Vote support"),
    ("Vote&#32;support", True, "Vote support"),
]


@pytest.mark.parametrize(("typed", "capital", "stored"), TITLES)
def test_titles_follow_the_wikis_capital_links(typed: str, capital: bool, stored: str) -> None:
    assert normalize_title(typed, capital) == stored


def test_same_title_compares_by_the_wikis_case_rule() -> None:
    assert same_title("unsigned", "Unsigned", True)
    assert not same_title("unsigned", "Unsigned", False)
    assert not same_title("Unsigned", "UNSIGNED", True)


def test_decode_title_keeps_case_and_decodes_before_the_fragment() -> None:
    assert decode_title("user:O&#39;Brien#x") == "user:O'Brien#x"


def test_a_lowercase_first_wiktionary_user_is_still_capitalized() -> None:
    # MediaWiki forces the first letter of user names up on every wiki
    # (UserNameUtils::getCanonical), and Wiktionaries capitalize the User namespace
    # ($wgCapitalLinkOverrides): [[User:foo]] there is the user Foo.
    assert user_from_link("User:foo", WIKTIONARY) == "Foo"
    assert find_signature(f"[[User:foo|foo]] {STAMP}", WIKTIONARY).user == "Foo"  # type: ignore[union-attr]


def test_unsigned_note_names_follow_the_wikis_case_rule() -> None:
    lower = "Text {{unsigned|Kilo|12:34, 1 May 2026 (UTC)}}"
    assert [n.user for n in unsigned_notes(lower, FACTS)] == ["Kilo"]
    assert unsigned_notes(lower, WIKTIONARY) == []  # {{unsigned}} is another template there
    assert [n.user for n in unsigned_notes(lower.replace("{{u", "{{U"), WIKTIONARY)] == ["Kilo"]
    assert [n.user for n in unsigned_notes("{{Template:Unsigned_IP|1.2.3.4}}", FACTS)] \
        == ["1.2.3.4"]
    assert [n.user for n in unsigned_notes("{{unsigned|O&#39;Brien}}", FACTS)] == ["O'Brien"]


def test_mixed_forms_on_one_line_each_count_for_their_own_user() -> None:
    text = ("* [[User:O&#39;Brien|O&#39;Brien]] ([[User talk:O&#39;Brien|talk]]) "
            "[[User:Jos%C3%A9|José]] [[User:Mary&nbsp;Ann|Mary Ann]]")
    assert [u for _s, _e, u in user_links(text, FACTS)] \
        == ["O'Brien", "O'Brien", "José", "Mary Ann"]


CONFIG_NAMES = [
    ("clerks", ["trent_Clerk"], "Trent Clerk"),
    ("clerks", ["trent Clerk"], "Trent Clerk"),
    ("clerks", ["trent clerk"], "Trent clerk"),  # only the first letter is case-free
    ("clerks", ["Jos%C3%A9"], "José"),
]


@pytest.mark.parametrize(("key", "typed", "stored"), CONFIG_NAMES)
def test_config_clerks_are_stored_names(key: str, typed: list[str], stored: str) -> None:
    config = integrity_config({key: typed})
    assert config.clerks == (stored,)


@pytest.mark.parametrize(("typed", "user"), [
    ("mallory", "Mallory"), ("Mallory_the_Sock", "Mallory the Sock"),
    ("o&#39;Brien", "O'Brien")])
def test_config_exclude_and_include_match_signers(typed: str, user: str) -> None:
    config = integrity_config({"eligibility": {"exclude": [typed]}})
    assert ineligible(user, UserFacts(user), config.eligibility) == "ineligible:excluded"
    assert ineligible("Someone Else", UserFacts("Someone Else"), config.eligibility) is None
    config = integrity_config({"eligibility": {"include": [typed], "exclude": [typed]}})
    assert ineligible(user, UserFacts(user), config.eligibility) is None


def test_a_clerk_typed_with_underscores_and_lower_case_may_add_for_another() -> None:
    when = datetime(2026, 5, 1, 12, 34, tzinfo=UTC)
    origin = Origin(revision=7, user="Trent Clerk", timestamp=when)
    typed = integrity_config({"clerks": ["trent_Clerk"]})
    assert judge("Alice", when, origin, None, {}, typed).reason is None
    assert judge("Alice", when, origin, None, {}, IntegrityConfig()).reason == "forged"


TEMPLATES = EntryTemplates.of(nomination=("Peer nomination",))
NOMINATED = "|nominee=[[User:Kilo|Kilo]]}} [[User:Lima|Lima]] 12:34, 1 May 2026 (UTC)"


@pytest.mark.parametrize(("typed", "facts", "found"), [
    ("Peer nomination", FACTS, True),
    ("peer_nomination", FACTS, True),
    ("Template:Peer__nomination", FACTS, True),
    ("Peer&#32;nomination", FACTS, True),
    ("Peer%20nomination", FACTS, True),
    ("Peer Nomination", FACTS, False),    # only the first letter is case-free
    ("peer nomination", WIKTIONARY, False),  # and not even that on a Wiktionary
    ("Peer nomination", WIKTIONARY, True),
])
def test_template_names_match_as_mediawiki_titles(typed: str, facts: SiteFacts,
                                                  found: bool) -> None:
    entries, _problems = parse_entries("{{" + typed + NOMINATED, "Noms", facts, TEMPLATES)
    assert [(e.subject, e.signer) for e in entries] == ([("Kilo", "Lima")] if found else [])


@pytest.mark.parametrize("job", ["nominations", "match", "selection", "records"])
def test_config_titles_typed_as_people_type_them_are_read_as_the_wiki_stores_them(job) -> None:
    """``page_prefixes: [peer_academy/Nominations]`` reads the pages under
    ``Peer academy/Nominations``; a report page typed in lower case is the same page."""
    from bot.match.config import match_config
    from bot.nominations.config import nominations_config
    from bot.records.config import records_config
    from bot.selection.config import select_config

    load = {"nominations": nominations_config, "match": match_config,
            "selection": select_config, "records": records_config}[job]
    config = load({"page_prefixes": ["peer_academy/Nominations", "Peer academy/Nominations"],
                   "report_page": "peer academy/Report__page"})
    assert config.page_prefixes == ("Peer academy/Nominations",)
    assert config.report_page == "Peer academy/Report page"
