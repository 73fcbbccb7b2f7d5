"""Where a comment's signature is and where the comment ends (bot.core.comments): one row
per form, read by the digest, the votes reader and the nominations reader alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.core.comments import dated_signatures, line_signatures, undated_signature
from bot.core.model import SiteFacts
from bot.core.signatures import find_signature, unsigned_notes
from bot.core.siteconfig import load_site_config
from bot.digest.parse import parse_comments
from bot.nominations.config import NominationsConfig
from bot.nominations.job import nominations_from_pages
from bot.nominations.summary import to_json
from bot.votes.signature import block_signature

FACTS = SiteFacts()
A = "[[User:Ann|Ann]] ([[User talk:Ann|talk]])"
B = "[[User:Bo|Bo]] ([[User talk:Bo|talk]])"
T1, T2 = "11:48, 31 December 2021 (UTC)", "23:46, 8 July 2019 (UTC)"
AT1 = datetime(2021, 12, 31, 11, 48, tzinfo=UTC)
AT2 = datetime(2019, 7, 8, 23, 46, tzinfo=UTC)

# (form, signed text, expected (user, time) of its signature; None: no signature)
FORMS = [
    ("plain", f"Agreed. {A} {T1}", ("Ann", AT1)),
    ("template after the timestamp", f"Agreed. {A} {T1} {{{{phabricator|T297454}}}}",
     ("Ann", AT1)),
    ("template and comment after the timestamp", f"Agreed. {A} {T1}{{{{Z48}}}}<!-- -->",
     ("Ann", AT1)),
    ("two timestamps: the first after the link", f"Agreed. {A} {T1} (Corrections: {T2})",
     ("Ann", AT1)),
    ("undated: user and own talk link", f"Agreed. {A}", ("Ann", None)),
    ("undated: user, talk and contributions links",
     "Agreed. [[User:Ann|Ann]] ([[User talk:Ann|t]] · [[Special:Contributions/Ann|c]])",
     ("Ann", None)),
    ("undated: a date the reader cannot parse", "Agreed. [[User:Ann|Ann]] 06:45 8 April 2007",
     ("Ann", None)),
    ("a lone mention is no signature",
     "Thank you very much, [[User:Suffusion of Yellow|Suffusion of Yellow]].", None),
    ("a mention of another user's talk page", "Agreed. [[User:Ann|Ann]] ([[User talk:Bo|Bo]])",
     None),
    ("a timestamp with no user link signs nothing", f"Agreed. {T1}", None),
]


@pytest.mark.parametrize(("form", "text", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_the_digest_reads_each_form(form, text, expected):
    page = parse_comments("P", f"== S ==\n* {text}\n", FACTS)
    got = [(c.user, c.timestamp) for c in page.comments]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(("form", "text", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_votes_read_each_form(form, text, expected):
    sig = block_signature(f"{{{{support}}}} {text}", FACTS)
    assert (sig and (sig.user, sig.timestamp)) == (expected or None)


@pytest.mark.parametrize(("form", "text", "expected"),
                         [f for f in FORMS if f[2] and f[2][1]], ids=lambda v: str(v)[:30])
def test_nominations_read_each_dated_form(form, text, expected):
    page = f"{{{{Peer academy nomination|nominee=Kim}}}} {text}\n"
    data = to_json(nominations_from_pages([("P", page)], NominationsConfig(), FACTS))
    (kim,) = [c for c in data["candidates"] if c["user"] == "Kim"]
    assert kim["nominator_names"] == [expected[0]]


def test_text_after_the_timestamp_is_not_the_next_comment():
    # The template after Ann's timestamp stays hers: Bo's comment starts on the next line.
    text = f"== S ==\n* Agreed. {A} {T1} {{{{phabricator|T297454}}}}\n* Me too. {B} {T2}\n"
    comments = parse_comments("P", text, FACTS).comments
    assert [(c.user, c.line) for c in comments] == [("Ann", 2), ("Bo", 3)]
    assert "phabricator" not in comments[1].text


def test_a_postscript_is_the_same_comment_another_signer_is_a_new_one():
    same = f"== S ==\n* One. {A} {T1} P.S. more. {A} {T2}\n"
    assert [c.user for c in parse_comments("P", same, FACTS).comments] == ["Ann"]
    other = f"== S ==\n* One. {A} {T1} Reply inline. {B} {T2}\n"
    assert [c.user for c in parse_comments("P", other, FACTS).comments] == ["Ann", "Bo"]
    # the same signer's next line of one plain paragraph is a postscript too
    paragraph = f"== S ==\nOne. {A} {T1}\nPS. {A} {T2}\n"
    assert len(parse_comments("P", paragraph, FACTS).comments) == 1


def test_signatures_are_found_in_order_with_their_ends():
    text = f"x {A} {T1} y {B} {T2}"
    found = dated_signatures(text, FACTS)
    assert [(s.user, s.timestamp) for s in found] == [("Ann", AT1), ("Bo", AT2)]
    assert text[found[0].end - 5:found[0].end] == "(UTC)"
    assert [s.user for s in line_signatures(f"x {A} {T1} y {A} {T2}", FACTS)] == ["Ann"]
    assert undated_signature(f"x {A} and more words", FACTS) is None


# Unsigned notes per wiki (config/site.yaml's `wikis`), each form of the shipped ones
IT = load_site_config(wiki="itwiki", base=replace(
    SiteFacts(), timezone="Europe/Rome", lang="it",
    months_names=tuple((m, m[:3]) for m in (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")),
    template_namespaces=("Template",)))
FR = load_site_config(wiki="frwiki", base=replace(
    SiteFacts(), timezone="Europe/Paris", months_names=tuple((m, m[:4]) for m in (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"))))

NOTES = [
    (IT, "ok {{nf|12:28, 13 nov 2020|Giuliano Caputi}}", "Giuliano Caputi",
     datetime(2020, 11, 13, 11, 28, tzinfo=UTC)),  # no zone written: Rome's, winter
    (IT, "ok {{Nf|08:33, 13 nov 2020\u200e Componenti standard}}", "Componenti standard",
     datetime(2020, 11, 13, 7, 33, tzinfo=UTC)),  # a pasted history line
    (IT, "ok {{Non firmato|20:58, 17 giu 2020 87.18.165.115}}", "87.18.165.115",
     datetime(2020, 6, 17, 18, 58, tzinfo=UTC)),  # summer time
    (IT, "ok {{nf|Riccardo Simonelli}}", "Riccardo Simonelli", None),
    (FR, "ok {{non signé|Chicraz|9 octobre 2017 à 17:16 (CEST)|141369221|ip=oui}}", "Chicraz",
     datetime(2017, 10, 9, 15, 16, tzinfo=UTC)),
]


@pytest.mark.parametrize(("facts", "text", "user", "stamp"), NOTES)
def test_each_wikis_unsigned_notes(facts, text, user, stamp):
    (note,) = unsigned_notes(text, facts)
    assert (note.user, note.stamp) == (user, stamp)
    sig = find_signature(text, facts)
    assert sig is not None and (sig.user, sig.timestamp) == (user, stamp)


def test_a_wikis_notes_apply_on_that_wiki_only():
    assert unsigned_notes("ok {{nf|Riccardo Simonelli}}", SiteFacts()) == []
    names = [name for name, _u, _d in IT.unsigned_templates]
    assert names[:2] == ["Non firmato", "Nf"] and "Unsigned" in names


def test_a_home_wiki_signature_is_its_own_comment_offline():
    # As Polimerek signed in the seed consultation: plwiki's own user namespace, via :pl:
    text = ("== S ==\n* Good idea. [[:pl:Wikipedysta:Polimerek|Polimerek]] "
            "([[:pl:Dyskusja wikipedysty:Polimerek|dyskusja]]) 20:43, 6 October 2016 (UTC)\n"
            f"* Agreed. {B} {T2}\n")
    comments = parse_comments("P", text, FACTS).comments
    assert [(c.user, c.home) for c in comments] == [("Polimerek", ("pl",)), ("Bo", ())]
    assert comments[0].timestamp == datetime(2016, 10, 6, 20, 43, tzinfo=UTC)


def test_an_undated_home_wiki_signature():
    line = ("Zrobione --[[:pl:Wikipedysta:WTM|WTM]] "
            "([[:pl:Dyskusja wikipedysty:WTM|dyskusja]])")
    found = undated_signature(line, FACTS)
    assert found is not None and (found.user, found.prefixes) == ("WTM", ("pl",))
    # the same link twice is no pair
    assert undated_signature("per [[User:WTM|WTM]] ([[User:WTM|WTM]])", FACTS) is None
