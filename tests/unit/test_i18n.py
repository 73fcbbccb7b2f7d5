"""The reports' fixed wording comes from i18n/ message files (banana JSON): every message is
documented for translators, every key the code asks for exists, a translation falls back to
English per message, and ``qqx`` shows the keys instead of English words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.core import i18n
from bot.core.i18n import msg, speaking
from tests.unit.qqx import english_left
from tests.unit.test_votes_outcome import ISSUE_RULES, counted

ROOT = Path(__file__).resolve().parents[2]
EN = {k: v for p in sorted((ROOT / "i18n").rglob("en.json"))
      for k, v in json.loads(p.read_text(encoding="utf-8")).items()}
QQQ = {k: v for p in sorted((ROOT / "i18n").rglob("qqq.json"))
       for k, v in json.loads(p.read_text(encoding="utf-8")).items()}


def test_every_message_is_documented_and_every_documentation_has_its_message() -> None:
    keys = {k for k in EN if not k.startswith("@")}
    documented = {k for k in QQQ if not k.startswith("@")}
    assert keys == documented
    assert all(QQQ[k].strip() for k in documented)
    # each $N a message uses is explained in its documentation
    for key in keys:
        for number in set(re.findall(r"\$(\d+)", EN[key])):
            assert f"${number}" in QQQ[key], (key, number)


# A message key the code names: the first argument of msg, plain (edit summaries) and the
# helpers that keep a key with its English words, or the key after the page of problem()
# and after the job, page, kind and problem of help_item().
_ASKED = (re.compile(r"""\b(?:msg|plain|english|english_note|audit_note|term)\(\s*"""
                     r"""["'](peerbot-[a-z0-9-]+)["']"""),
          re.compile(r"""\b(?:problem|help_item)\((?:[^"'()]|\([^()]*\)|"[^"]*",)*?\s*"""
                     r"""["'](peerbot-[a-z0-9-]+)["']"""),
          # Said (bot.selection.wording), a refused certification, a vote's note
          re.compile(r'\b(?:Said|problem|refusal|note)\((?:[^()"]|"")*?"(peerbot-[a-z0-9-]+)"'))


def test_every_key_the_code_asks_for_is_a_message() -> None:
    asked = set()
    for path in (ROOT / "bot").rglob("*.py"):
        text = path.read_text("utf-8")
        for pattern in _ASKED:
            asked |= set(pattern.findall(text))
    assert asked and asked <= set(EN), sorted(asked - set(EN))
    # the calls of this branch's packages are all found (the patterns do not miss them)
    for key in ("peerbot-problem-not-closed", "peerbot-help-summary",
                "peerbot-help-fix-broken-markers", "peerbot-audit-note-frozen",
                "peerbot-nominations-heading-audit", "peerbot-problem-config-page-missing"):
        assert key in asked, key


def test_english_reads_as_before_plural_chosen_here() -> None:
    with speaking("en"):
        assert msg("peerbot-votes-rule-supporters", 1) == "at least 1 supporter"
        assert msg("peerbot-votes-rule-supporters", 10) == "at least 10 supporters"


def test_a_translation_falls_back_to_english_per_message(monkeypatch) -> None:
    shipped = i18n.catalogs()
    german = {"peerbot-votes-col-subject": "Thema",
              "peerbot-votes-rule-supporters": "mindestens $1 {{PLURAL:$1|Unterstützer|"
                                               "Unterstützende}}"}
    monkeypatch.setattr(i18n, "catalogs", lambda folder="": {**shipped, "de": german})
    with speaking("de"):
        assert msg("peerbot-votes-col-subject") == "Thema"
        assert msg("peerbot-votes-col-oppose") == "Oppose"  # not translated: English
        # the wiki expands PLURAL in the page's language
        assert msg("peerbot-votes-rule-supporters", 10) == \
            "mindestens 10 {{PLURAL:10|Unterstützer|Unterstützende}}"


@pytest.mark.parametrize("subjects", [
    {"Leaders": (3, 2), "Guides": (4, 1), "Organizers": (5, 1)},
    {"A": (12, 1), "B": (10, 2), "C": (3, 3)},
    {"Only": (11, 1)},
])
def test_qqx_writes_the_keys_and_no_english(subjects) -> None:
    from bot.votes.outcome import outcome_sentence
    from bot.votes.render import render_tally

    result = counted(subjects, ISSUE_RULES, ballots=("A|B", "B|A", "Leaders|Guides", "A|A"))
    with speaking("qqx"):
        text = render_tally(result)  # the whole section: table, voters, not counted, ranked
    assert "(peerbot-votes-" in text and result.ranked is not None
    assert not english_left(text)
    with speaking("en"):  # and English is back after the block
        assert outcome_sentence(result).split()[0] in {*subjects, "Organizers"}


@pytest.mark.parametrize(("code", "text", "number", "expected"), [
    ("en", "{{PLURAL:$1|vote|votes}}", 1, "vote"),
    ("en", "{{PLURAL:$1|vote|votes}}", 0, "votes"),
    ("ru", "{{PLURAL:$1|голос|голоса|голосов}}", 1, "голос"),
    ("ru", "{{PLURAL:$1|голос|голоса|голосов}}", 3, "голоса"),
    ("ru", "{{PLURAL:$1|голос|голоса|голосов}}", 11, "голосов"),
    ("ru", "{{PLURAL:$1|голос|голоса|голосов}}", 21, "голос"),
    ("pl", "{{PLURAL:$1|głos|głosy|głosów}}", 22, "głosy"),
    ("pl", "{{PLURAL:$1|głos|głosy|głosów}}", 25, "głosów"),
    ("fr", "{{PLURAL:$1|vote|votes}}", 0, "vote"),  # French 0 is singular
    ("ja", "{{PLURAL:$1|票}}", 7, "票"),
    ("pl", "{{PLURAL:$1|0=brak głosów|głos|głosy|głosów}}", 0, "brak głosów"),
    ("xx-unknown", "{{PLURAL:$1|vote|votes}}", 2, "votes"),  # unknown: English's rules
])
def test_plain_text_chooses_plural_by_the_languages_rules(monkeypatch, code, text, number,
                                                          expected) -> None:
    """Edit summaries are not parsed by MediaWiki: the bot picks the PLURAL form itself, with
    the language's CLDR rules (Russian 21 is singular, Polish 22 'few', 25 'many')."""
    shipped = i18n.catalogs()
    monkeypatch.setattr(i18n, "catalogs", lambda folder="": {
        **shipped, code: {"peerbot-votes-col-subject": text}})
    with speaking(code):
        assert i18n.plain("peerbot-votes-col-subject", number) == expected
    with speaking("qqx"):
        assert i18n.plain("peerbot-votes-col-subject", number) == \
            f"(peerbot-votes-col-subject: {number})"


def test_message_folders_are_one_catalogue_and_a_key_lives_in_one_folder() -> None:
    seen: dict[str, Path] = {}
    for path in sorted((ROOT / "i18n").rglob("en.json")):
        assert (path.parent / "qqq.json").is_file(), path
        for key in json.loads(path.read_text(encoding="utf-8")):
            if key.startswith("@"):
                continue
            assert key not in seen, (key, seen.get(key), path)
            seen[key] = path
    assert set(seen) == set(i18n.catalogs()["en"])


def test_every_key_written_in_code_is_a_message_and_no_message_of_a_report_is_unused() -> None:
    """Keys asked for through ``plain``, ``said`` (bot.core.phrase) and ``problem``, and
    every key literal of the records, digest and match packages (tables of keys too), are
    messages; and each message of those reports' folders is used somewhere."""
    asked = set()
    for path in (ROOT / "bot").rglob("*.py"):
        text = path.read_text("utf-8")
        asked |= set(re.findall(r'(?:msg|plain|said)\(\s*"(peerbot-[a-z0-9-]+)"', text))
        asked |= set(re.findall(r'problem\(\s*[^,()"]+,\s*"(peerbot-[a-z0-9-]+)"', text))
    written = set()
    for report in ("records", "digest", "match"):
        for path in (ROOT / "bot" / report).rglob("*.py"):
            written |= set(re.findall(rf'"(peerbot-{report}-[a-z0-9-]+)"',
                                      path.read_text("utf-8")))
    assert asked and written and (asked | written) <= set(EN), sorted((asked | written) - set(EN))
    for report in ("records", "digest", "match"):
        own = json.loads((ROOT / "i18n" / report / "en.json").read_text(encoding="utf-8"))
        unused = {k for k in own if not k.startswith("@")} - written
        assert not unused, sorted(unused)


def test_uselang_on_the_command_line_wins_and_a_bad_code_is_one_config_error() -> None:
    from types import SimpleNamespace

    from bot import command
    from bot.core.config import ConfigError

    wiki = SimpleNamespace(facts=lambda: SimpleNamespace(lang="de"))
    given = command.parse_job_args(["--uselang", "qqx"], "Doc.")
    assert command.report_language(given, "fr", wiki) == "qqx"
    plain_run = command.parse_job_args([], "Doc.")
    assert command.report_language(plain_run, "fr", wiki) == "fr"
    assert command.report_language(plain_run, "", wiki) == "de"  # the wiki's language
    with pytest.raises(ConfigError, match="no language code"):
        command.parse_job_args(["--uselang", "<b>"], "Doc.")
