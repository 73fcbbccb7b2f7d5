"""Integrity rules: who really wrote an entry, when, and may they take part; pure.

Input is what the history and the user look-ups found (Origins, UserFacts); output is a
Verdict per entry with a reason code: ``forged``, ``tampered``, ``early``, ``late``,
``ineligible:<rule>`` (the nomination rules ``self``, ``cap`` and ``duplicate`` live in
``bot.nominations``). The config is the ``integrity:`` mapping of every job's config.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from bot.core.audit_words import note_text, stance_word, translated_note, verdict_word
from bot.core.config import ConfigError, check_keys, get_str_list
from bot.core.history import Origin
from bot.core.i18n import msg
from bot.core.model import Problem
from bot.core.names import normalize_user
from bot.core.render import collapsible, escape_text, page_link, table, user_link

INTEGRITY_KEYS = {"check_history", "clerks", "clerk_groups", "open", "close", "eligibility",
                  "nominations", "count_unsigned_by_history", "count_unverifiable"}
ELIGIBILITY_KEYS = {"registered_before", "min_edits", "edits_before", "not_blocked", "not_bot",
                    "groups", "include", "exclude", "global"}
NOMINATION_RULE_KEYS = {"self_nomination", "max_per_nominator",
                        "one_recommendation_per_candidate"}


@dataclass(frozen=True)
class Eligibility:
    """Who may take part, as SecurePoll words it."""

    registered_before: datetime | None = None
    min_edits: int | None = None
    edits_before: datetime | None = None
    not_blocked: bool = False
    partial_blocks: bool = False  # not_blocked: any (a partial block counts too)
    not_bot: bool = False
    groups: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    global_accounts: bool = False

    @property
    def active(self) -> bool:
        """-> True when any rule needs user data."""
        return bool(self.registered_before or self.min_edits or self.not_blocked
                    or self.not_bot or self.groups or self.exclude)


@dataclass(frozen=True)
class NominationRules:
    """Rules for nominations and recommendations."""

    self_nomination: bool = True
    max_per_nominator: int | None = None
    one_recommendation_per_candidate: bool = True


@dataclass(frozen=True)
class IntegrityConfig:
    """The ``integrity:`` section of a job config."""

    check_history: bool = True
    clerks: tuple[str, ...] = ()
    # user groups whose members are clerks (on many wikis any administrator may strike a
    # sock's vote): looked up only for the editors of entries that would be excluded
    clerk_groups: tuple[str, ...] = ()
    opens: datetime | None = None
    closes: datetime | None = None
    eligibility: Eligibility = field(default_factory=Eligibility)
    nominations: NominationRules = field(default_factory=NominationRules)
    # An unsigned vote added in one revision counts for that revision's editor (off: it is
    # listed with who added it, for a clerk to act).
    count_unsigned_by_history: bool = False
    # An entry whose adding revision is hidden (revision deletion) counts by its signature
    # (off: it is excluded as unverifiable); either way it is listed, never forged.
    count_unverifiable: bool = True


def _time(data: Mapping[str, Any], key: str, where: str) -> datetime | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, datetime):
        stamp = value
    else:
        try:
            stamp = datetime.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(f"{where}.{key}: not a date/time (got {value!r}); write it like "
                              "2026-05-01T00:00:00Z") from None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _bool(data: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}.{key}: must be true or false (got {value!r})")
    return value


def _blocks(data: Mapping[str, Any], where: str) -> str | None:
    """``not_blocked`` -> "sitewide" (true or sitewide: a block of the whole wiki makes an
    account ineligible), "any" (a partial block too), or None (false: blocks do not
    matter); ConfigError otherwise."""
    value = data.get("not_blocked", False)
    if value is True or value == "sitewide":
        return "sitewide"
    if value == "any":
        return "any"
    if value is False or value is None:
        return None
    raise ConfigError(f"{where}.not_blocked: must be true, false, sitewide or any "
                      f"(got {value!r})")


def _count(data: Mapping[str, Any], key: str, where: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"{where}.{key}: must be a whole number >= 0 (got {value!r})")
    return value


def _mapping(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key) or {}
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}.{key}: must be a mapping of keys to values")
    return value


def _users(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    """A list of user names as typed in config -> as MediaWiki stores them (``trent_Clerk``
    -> ``Trent Clerk``, ``mallory`` -> ``Mallory``), so they match signers and editors."""
    return tuple(dict.fromkeys(normalize_user(name) for name in get_str_list(data, key, where)))


def integrity_config(data: Mapping[str, Any] | None,
                     where: str = "integrity") -> IntegrityConfig:
    """The ``integrity:`` mapping -> IntegrityConfig; ConfigError naming the bad key."""
    data = data or {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{where}: must be a mapping of keys to values")
    check_keys(data, INTEGRITY_KEYS, where)
    elig = _mapping(data, "eligibility", where)
    check_keys(elig, ELIGIBILITY_KEYS, f"{where}.eligibility")
    rules = _mapping(data, "nominations", where)
    check_keys(rules, NOMINATION_RULE_KEYS, f"{where}.nominations")
    ew = f"{where}.eligibility"
    opens, closes = _time(data, "open", where), _time(data, "close", where)
    if opens and closes and closes <= opens:
        raise ConfigError(f"{where}.close: must be after {where}.open")
    return IntegrityConfig(
        check_history=_bool(data, "check_history", where, True),
        clerks=_users(data, "clerks", where),
        clerk_groups=get_str_list(data, "clerk_groups", where),
        opens=opens, closes=closes,
        count_unsigned_by_history=_bool(data, "count_unsigned_by_history", where, False),
        count_unverifiable=_bool(data, "count_unverifiable", where, True),
        eligibility=Eligibility(
            registered_before=_time(elig, "registered_before", ew),
            min_edits=_count(elig, "min_edits", ew),
            edits_before=_time(elig, "edits_before", ew),
            not_blocked=_blocks(elig, ew) is not None,
            partial_blocks=_blocks(elig, ew) == "any",
            not_bot=_bool(elig, "not_bot", ew, False),
            groups=get_str_list(elig, "groups", ew),
            include=_users(elig, "include", ew),
            exclude=_users(elig, "exclude", ew),
            global_accounts=_bool(elig, "global", ew, False)),
        nominations=NominationRules(
            self_nomination=_bool(rules, "self_nomination", f"{where}.nominations", True),
            max_per_nominator=_count(rules, "max_per_nominator", f"{where}.nominations"),
            one_recommendation_per_candidate=_bool(
                rules, "one_recommendation_per_candidate", f"{where}.nominations", True)))


@dataclass(frozen=True)
class UserFacts:
    """What the wiki says about an account (local, or global where CentralAuth is asked)."""

    name: str
    exists: bool = True
    editcount: int = 0
    registration: datetime | None = None
    groups: tuple[str, ...] = ()
    blocked: bool = False
    edits_before: int | None = None
    partial_block: bool = False  # the block covers some pages or namespaces only


def ineligible(user: str, facts: UserFacts | None, rules: Eligibility) -> str | None:
    """User and their facts -> 'ineligible:<rule>' for the first rule they fail, or None."""
    if user in rules.include:
        return None
    if user in rules.exclude:
        return "ineligible:excluded"
    if not rules.active:
        return None
    if facts is None or not facts.exists:
        return "ineligible:account"
    if rules.registered_before and facts.registration and \
            facts.registration >= rules.registered_before:
        return "ineligible:registered_before"
    if rules.min_edits is not None:
        edits = facts.edits_before if rules.edits_before else facts.editcount
        if (edits or 0) < rules.min_edits:
            return "ineligible:min_edits"
    if rules.not_blocked and facts.blocked:
        if not facts.partial_block:
            return "ineligible:blocked"
        if rules.partial_blocks:
            return "ineligible:partially_blocked"
    if rules.not_bot and "bot" in facts.groups:
        return "ineligible:bot"
    if rules.groups and not set(rules.groups) & set(facts.groups):
        return "ineligible:group"
    return None


@dataclass(frozen=True)
class Verdict:
    """Whose entry it is, who saved it, when, and why it is not counted (None: counted)."""

    user: str
    reason: str | None
    revision: int | None
    editor: str | None
    time: datetime | None


def judge(signer: str, signed_at: datetime | None, origin: Origin | None,
          unsigned_for: str | None, users: Mapping[str, UserFacts],
          config: IntegrityConfig, changed: Origin | None = None,
          moved: Origin | None = None) -> Verdict:
    """One signed entry and what the history found -> Verdict.

    ``origin`` is the revision that added the entry's signature (or, for an entry carrying an
    {{unsigned}} note, its original text); ``unsigned_for`` is the user that note names.
    Forged: the adding revision's editor is neither the signer nor a clerk. Tampered:
    ``changed``, the first revision in which the entry says what it says now (its stance,
    strike, nominee, track or group), was saved by someone other than the
    signer or a clerk; or ``moved``, the first revision in which the entry sat in a section
    meaning what its section means now (a vote's stance or subject), was. The verdict names
    that revision and its editor. Time: the adding revision's time, except for a clerk's
    move, where the signature's time stands.
    """
    user = unsigned_for or signer
    revision = origin.revision if origin else None
    editor = origin.user if origin else None
    when = origin.timestamp if origin else signed_at
    if origin and editor != user:
        if editor in config.clerks:
            when = signed_at or when
        else:
            return Verdict(user, "forged", revision, editor, when)
    for change in (changed, moved):
        if (origin and change and change.revision != origin.revision
                and change.user != user and change.user not in config.clerks):
            return Verdict(user, "tampered", change.revision, change.user, when)
    if when is not None:
        if config.opens and when < config.opens:
            return Verdict(user, "early", revision, editor, when)
        if config.closes and when > config.closes:
            return Verdict(user, "late", revision, editor, when)
    reason = ineligible(user, users.get(user), config.eligibility)
    return Verdict(user, reason, revision, editor, when)


def last_own(versions: Mapping[str, Origin], before: int, signer: str,
             config: IntegrityConfig) -> tuple[str, Origin] | None:
    """{version of an entry: the first revision holding it} -> the latest version saved
    before revision ``before`` by the signer or a clerk, with its origin (None: none): the
    entry as its signer last left it before someone else changed it."""
    own = [(origin.revision, version, origin) for version, origin in versions.items()
           if origin.revision < before and (origin.user == signer or origin.user in config.clerks)]
    if not own:
        return None
    _revision, version, origin = max(own, key=lambda found: found[0])
    return version, origin


@dataclass(frozen=True)
class AuditRow:
    """One line of a report's audit table."""

    page: str
    line: int
    user: str
    subject: str
    stance: str
    reason: str  # "" when counted
    revision: int | None
    editor: str | None
    note: str = ""  # e.g. what counts instead of a tampered entry (English: logs, JSON)
    # the note's message and parameters, shown in the report's language
    # (``bot.core.audit_words.audit_note``)
    note_key: str = ""
    note_params: tuple[str, ...] = ()


PROBLEM = "problem"  # read, but the report's own rules do not count it; the problem says why


def entry_status(row: AuditRow) -> str:
    """Audit row -> the entry's outcome as every report words it: "counted" or "excluded"."""
    return "counted" if not row.reason else "excluded"


def with_problems(rows: Sequence[AuditRow], problems: Sequence[Problem]
                  ) -> tuple[AuditRow, ...]:
    """Audit rows and a report's problems -> the rows, each counted entry that a problem names
    (same page and line) marked excluded with code ``problem`` and the problem's own words,
    so the audit's counts and the problems table tell the same story."""
    named: dict[tuple[str, int], Problem] = {}
    for problem in problems:
        if problem.line:
            named.setdefault((problem.page, problem.line), problem)
    return tuple(_noted(row, named[(row.page, row.line)])
                 if not row.reason and (row.page, row.line) in named else row for row in rows)


def _noted(row: AuditRow, problem: Problem) -> AuditRow:
    return replace(row, reason=PROBLEM, note=problem.reason, note_key=problem.key,
                   note_params=problem.params)


def audit_counts(rows: Sequence[AuditRow]) -> str:
    """Audit rows -> "24 entries, 19 counted, 5 excluded", counted with ``entry_status``."""
    statuses = [entry_status(row) for row in rows]
    counted = statuses.count("counted")
    return msg("peerbot-audit-counts", len(rows), counted, len(rows) - counted)


def _breakable(link: str) -> str:
    """A link to a page -> the same link whose label may wrap after each "/" (a subpage
    title is one long word, which would widen the audit past the page's column)."""
    target, bar, label = link[2:-2].partition("|")
    return f"[[{target}{bar}{label.replace('&#47;', '&#47;<wbr>')}]]" if bar else link


def render_audit(rows: list[AuditRow], note: str = "", counted_rows: bool = True) -> str:
    """Audit rows -> a collapsible sortable table: every entry, counted or not, with the diff
    that added it. ``counted_rows=False`` (for reports near the wiki's size limit) lists
    only the excluded entries; the counted ones stay in the JSON output."""
    body = []
    shown = rows if counted_rows else [r for r in rows if r.reason]
    note = translated_note(note)
    if not counted_rows:
        note = (note + " " if note else "") + msg("peerbot-audit-shorter")
    for row in shown:
        diff = f"[[Special:Diff/{row.revision}|{row.revision}]]" if row.revision else "–"
        body.append([user_link(row.user), escape_text(row.subject), stance_word(row.stance),
                     msg(f"peerbot-audit-{entry_status(row)}"),
                     (f"<code>{verdict_word(row.reason)}</code>" if row.reason else "")
                     + (f": {note_text(row.note, row.note_key, row.note_params)}"
                        if row.note or row.note_key else ""),
                     user_link(row.editor) if row.editor else "–", diff,
                     f"{_breakable(page_link(row.page))}:{row.line}"])
    text = table([msg(f"peerbot-audit-col-{name}") for name in (
        "user", "subject", "stance", "outcome", "reason", "saved-by", "diff", "line")], body)
    title = msg("peerbot-audit-title", audit_counts(rows))
    return collapsible(title, (note + "\n" if note else "") + text)
