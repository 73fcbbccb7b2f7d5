"""Mentoring pairs: reading offers and requests, the exact matching, stability, reasons."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.entries import parse_pages
from bot.core.model import SiteFacts
from bot.match.config import MatchConfig, match_config
from bot.match.explain import misses, recruits, uncovered_needs
from bot.match.job import match_from_pages, templates_of
from bot.match.offers import OFFER, REQUEST, Side, Sides, read_sides
from bot.match.pairing import Published, match
from bot.match.render import published_pairs, render_pairs
from bot.match.solve import best_pairs, lottery_number, objective, options

FIXTURE = Path(__file__).parents[1] / "fixtures" / "match" / "round.wikitext"
VOCAB = {"grants": ["funding", "grant writing"], "sources": ["references"],
         "events": ["organizing events"], "technical": ["lua"]}
CONFIG = match_config({"vocabulary": VOCAB})


def sides_of(text: str, config: MatchConfig = CONFIG) -> Sides:
    entries, problems = parse_pages([("P", text)], SiteFacts(), templates_of(config))
    return read_sides(entries, problems, config)


def offer_line(params: str, sig: str = "[[User:Ana|Ana]]", at: str = "10:00") -> str:
    return f"* {{{{Peer academy mentor offer|{params}}}}} {sig} {at}, 1 November 2026 (UTC)"


def request_line(params: str, sig: str = "[[User:Eva|Eva]]", at: str = "11:00") -> str:
    return f"* {{{{Peer academy mentee request|{params}}}}} {sig} {at}, 1 November 2026 (UTC)"


@pytest.mark.parametrize(("line", "user", "languages", "tags", "problem"), [
    (offer_line("skills=Grant Writing, references|languages=es, EN"), "Ana", ("es", "en"),
     ("grants", "sources"), ""),
    (offer_line("skills=grant wrtiting|languages=es"), "Ana", ("es",), (),
     "did you mean 'grants'?"),
    (offer_line("skills=grants|languages=english"), None, (), (), "not a language code"),
    (offer_line("skills=grants|languages=pt-br; pt_BR"), "Ana", ("pt-br",), ("grants",), ""),
    (offer_line("skills=grants|languages=es|capacity=many"), "Ana", ("es",), ("grants",),
     "capacity 'many'"),
    (offer_line("skills=grants|languages=es", "[[:es:Usuaria:Ana|Ana]]"), "Ana", ("es",),
     ("grants",), ""),
    (request_line("needs=lua|languages=de", "[[w:de:Benutzerin:Eva|Eva]]"), "Eva", ("de",),
     ("technical",), ""),
    (request_line("needs=lua|languages=de", ""), None, (), (), "unsigned"),
])
def test_reading_one_entry(line: str, user: str | None, languages: tuple[str, ...],
                           tags: tuple[str, ...], problem: str) -> None:
    sides = sides_of(line)
    found = [*sides.offers, *sides.requests]
    if user is None:
        assert found == []
    else:
        assert [(s.user, s.languages, s.tags) for s in found] == [(user, languages, tags)]
    reasons = " ".join(p.reason for p in sides.problems)
    assert (problem in reasons) if problem else reasons == ""


def test_struck_request_is_withdrawn_and_later_offer_replaces_earlier() -> None:
    text = "\n".join([
        offer_line("skills=grants|languages=es", at="10:00"),
        offer_line("skills=events|languages=fr", at="12:00"),
        "* <s>" + request_line("needs=grants|languages=es")[2:] + "</s>",
    ])
    sides = sides_of(text)
    assert [(o.user, o.languages) for o in sides.offers] == [("Ana", ("fr",))]
    assert [r.withdrawn for r in sides.requests] == [True]
    assert any("replaced by their later" in p.reason for p in sides.problems)


def test_fixture_round() -> None:
    run = match_from_pages([("Round", FIXTURE.read_text())], CONFIG, SiteFacts())
    pairs = {(p.mentor, p.mentee) for p in run.result.pairs}
    assert ("Carla", "Gerd") in pairs and ("Bruno", "Fatou") in pairs
    assert sum(1 for p in pairs if p[0] == "Ana") == 2  # capacity 2, three Spanish speakers
    reasons = {m.request.user: m.reason for m in misses(run.result, CONFIG)}
    assert reasons["Juma"] == "no mentor speaks sw"
    assert "Hana" not in reasons  # withdrawn
    assert recruits(misses(run.result, CONFIG))[0].language == "sw"


# --- the exact optimum, against brute force ----------------------------------------------

LANGS = ("es", "fr", "de")
TAGS = ("grants", "sources", "events")


@st.composite
def instances(draw: st.DrawFn) -> tuple[list[Side], list[Side]]:
    people = [f"U{i}" for i in range(7)]
    offers = []
    for name in draw(st.lists(st.sampled_from(people), max_size=3, unique=True)):
        offers.append(Side(OFFER, name, tuple(draw(st.lists(st.sampled_from(LANGS), min_size=1,
                                                             max_size=2, unique=True))),
                           tuple(draw(st.lists(st.sampled_from(TAGS), max_size=2, unique=True))),
                           region=draw(st.sampled_from(["", "A", "B"])),
                           capacity=draw(st.integers(1, 2))))
    requests = []
    for name in draw(st.lists(st.sampled_from(people), max_size=5, unique=True)):
        requests.append(Side(REQUEST, name, tuple(draw(st.lists(
            st.sampled_from(LANGS), min_size=1, max_size=2, unique=True))),
            tuple(draw(st.lists(st.sampled_from(TAGS), max_size=2, unique=True))),
            region=draw(st.sampled_from(["", "A", "B"]))))
    return offers, requests


def brute_force(found: list, free: dict[str, int]) -> tuple[int, int, int, int]:
    by_mentee: dict[str, list] = {}
    for option in found:
        by_mentee.setdefault(option.mentee, []).append(option)
    best = (0, 0, 0, 0)
    for choice in itertools.product(*[[None, *opts] for opts in by_mentee.values()]):
        chosen = [o for o in choice if o is not None]
        used: dict[str, int] = {}
        for o in chosen:
            used[o.mentor] = used.get(o.mentor, 0) + 1
        if all(used[m] <= free.get(m, 0) for m in used):
            best = max(best, objective(chosen))
    return best


@settings(max_examples=150, deadline=None)
@given(instances(), st.sampled_from(["s1", "s2"]))
def test_optimum_equals_brute_force(instance: tuple[list[Side], list[Side]], seed: str) -> None:
    offers, requests = instance
    found = options(offers, requests, CONFIG, seed)
    free = {o.user: o.capacity for o in offers}
    chosen = best_pairs(found, free)
    assert objective(chosen) == brute_force(found, free)
    # hard rules: capacity, one mentor per mentee, a shared language, nobody pairs themself
    mentees = [o.mentee for o in chosen]
    assert len(mentees) == len(set(mentees))
    offer = {o.user: o for o in offers}
    request = {r.user: r for r in requests}
    for o in chosen:
        assert o.mentor != o.mentee
        assert set(offer[o.mentor].languages) & set(request[o.mentee].languages)
        assert sum(1 for c in chosen if c.mentor == o.mentor) <= offer[o.mentor].capacity


@settings(max_examples=80, deadline=None)
@given(instances(), st.sampled_from(["s1", "s2"]))
def test_fallback_integer_programs_agree(instance: tuple[list[Side], list[Side]],
                                         seed: str) -> None:
    from bot.match.solve import _integer_programs

    offers, requests = instance
    found = options(offers, requests, CONFIG, seed)
    free = {o.user: o.capacity for o in offers}
    if found:
        assert objective(_integer_programs(found, free)) == objective(best_pairs(found, free))


@settings(max_examples=60, deadline=None)
@given(instances(), st.randoms(use_true_random=False))
def test_input_order_and_seed(instance: tuple[list[Side], list[Side]],
                              rnd: random.Random) -> None:
    offers, requests = instance
    first = match(Sides(tuple(offers), tuple(requests), ()), CONFIG, "seed")
    rnd.shuffle(offers)
    rnd.shuffle(requests)
    again = match(Sides(tuple(offers), tuple(requests), ()), CONFIG, "seed")
    assert [(p.mentor, p.mentee) for p in first.pairs] == \
        [(p.mentor, p.mentee) for p in again.pairs]


@settings(max_examples=60, deadline=None)
@given(instances(), st.sampled_from(LANGS), st.integers(1, 3))
def test_adding_an_offer_never_moves_a_published_pair(
        instance: tuple[list[Side], list[Side]], language: str, capacity: int) -> None:
    offers, requests = instance
    first = match(Sides(tuple(offers), tuple(requests), ()), CONFIG, "seed", (), "day 1")
    published = [Published(p.mentor, p.mentee, p.since) for p in first.pairs]
    newcomer = Side(OFFER, "Newbie", (language,), ("grants",), capacity=capacity)
    second = match(Sides((*offers, newcomer), tuple(requests), ()), CONFIG, "seed",
                   published, "day 2")
    kept = {(p.mentor, p.mentee, p.since) for p in second.pairs}
    assert {(p.mentor, p.mentee, p.since) for p in published} <= kept
    assert all(p.since == "day 2" for p in second.pairs if p.new)
    assert sum(1 for p in second.pairs if p.mentor == "Newbie") <= capacity


def test_lottery_number_is_sha256_prefix() -> None:
    import hashlib

    expected = int(hashlib.sha256(b"seed\nEva\nAna").hexdigest()[:8], 16)
    assert lottery_number("seed", "Eva", "Ana") == expected


def test_preferences_and_needs_order() -> None:
    es = ("es",)
    offers = (Side(OFFER, "A", es, ("grants",)), Side(OFFER, "B", es, (), region="X"))
    requests = (Side(REQUEST, "M", es, ("grants",), region="X"),)
    result = match(Sides(offers, requests, ()), CONFIG, "seed")
    assert [(p.mentor, p.mentee) for p in result.pairs] == [("A", "M")]  # needs before region
    no_needs = (Side(REQUEST, "M", es, (), region="X"),)
    result = match(Sides(offers, no_needs, ()), CONFIG, "seed")
    assert [(p.mentor, p.mentee) for p in result.pairs] == [("B", "M")]  # then region


@pytest.mark.parametrize(("config", "offers", "requests", "reason"), [
    ({}, [("A", ("fr",))], [("M", ("sw", "yo"))], "no mentor speaks sw or yo"),
    ({"different_group": True}, [("A", ("es",))], [("M", ("es",))],
     "every mentor who speaks es is in the mentee's own group (different_group)"),
    ({"excluded_pairs": [["A", "M"]]}, [("A", ("es",))], [("M", ("es",))],
     "every mentor who speaks es is excluded by an organizer"),
    ({}, [("A", ("es",)), ("B", ("es",))], [("K", ("es",)), ("L", ("es",)), ("M", ("es",))],
     "both mentors who speak es are full"),
    ({}, [("M", ("es",))], [("M", ("es",))], "every mentor who speaks es is the mentee themself"),
])
def test_miss_reasons(config: dict, offers: list, requests: list, reason: str) -> None:
    cfg = match_config(config)
    sides = Sides(tuple(Side(OFFER, u, langs, (), group="G") for u, langs in offers),
                  tuple(Side(REQUEST, u, langs, (), group="G") for u, langs in requests), ())
    result = match(sides, cfg, "seed")
    assert reason in [m.reason for m in misses(result, cfg)]


def test_published_pairs_round_trip_and_ended() -> None:
    es = ("es",)
    sides = Sides((Side(OFFER, 'A "q"', es, ()), Side(OFFER, "B", es, ())),
                  (Side(REQUEST, "M", es, ()), Side(REQUEST, "N", es, (), withdrawn=True)), ())
    published = [Published('A "q"', "M", "2026-11-01", True), Published("B", "N", "2026-11-02")]
    result = match(sides, CONFIG, "seed", published, "2026-12-02")
    assert [(p.mentor, p.mentee, p.since, p.new) for p in result.pairs] == \
        [('A "q"', "M", "2026-11-01", False)]
    assert [e.reason for e in result.ended] == ["the mentee withdrew (struck their request)"]
    text = render_pairs(result.pairs, {})
    assert published_pairs(text) == [published[0]]
    ended = match(sides, match_config({"ended_pairs": [['A "q"', "M"]]}), "seed", published)
    assert "ended by an organizer" in ended.ended[0].reason


def test_uncovered_needs_counted() -> None:
    sides = Sides((Side(OFFER, "A", ("es",), ("grants",)),),
                  (Side(REQUEST, "M", ("es",), ("events", "grants")),
                   Side(REQUEST, "N", ("fr",), ("events",))), ())
    assert uncovered_needs(match(sides, CONFIG, "s")) == [("events", 2)]


def test_parse_pages_keeps_offer_signer_as_subject() -> None:
    entries, _ = parse_pages([("P", offer_line("skills=grants|languages=es"))], SiteFacts(),
                             templates_of(CONFIG))
    assert [(e.kind, e.subject, e.signer, e.struck) for e in entries] == \
        [("mentor offer", "Ana", "Ana", False)]
    assert replace(entries[0], struck=True).struck


def test_newcomers_asked_only_when_they_could_get_a_mentor() -> None:
    es = ("es",)
    asked: list[set[str]] = []

    def ask(names: set[str]) -> set[str]:
        asked.append(set(names))
        return {"New"} & names

    sides = Sides((Side(OFFER, "A", es, ()),),
                  (Side(REQUEST, "Old", es, ()), Side(REQUEST, "New", es, ()),
                   Side(REQUEST, "Far", ("ja",), ())), ())
    result = match(sides, CONFIG, "seed", ask_newcomers=ask)
    assert [(p.mentor, p.mentee) for p in result.pairs] == [("A", "New")]
    assert asked == [{"Old", "New"}]  # not Far: nobody speaks ja
    full = match(sides, CONFIG, "seed", [Published("A", "Old", "d")], ask_newcomers=ask)
    assert [p.mentee for p in full.pairs] == ["Old"] and len(asked) == 1  # A is full


def test_hostile_since_stays_literal_in_the_row() -> None:
    pair = Published("A", "M", "{{DISPLAYTITLE:x}} [[Category:Y]] \"q\" &amp;")
    sides = Sides((Side(OFFER, "A", ("es",), ()),), (Side(REQUEST, "M", ("es",), ()),), ())
    text = render_pairs(match(sides, CONFIG, "s", [pair]).pairs, {})
    assert "{{" not in text and "[[Category" not in text
    assert published_pairs(text) == [pair]
