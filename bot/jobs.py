"""Jobs: read -> parse -> rules -> render -> write, one function per job.

Each job returns its result record; writing is a separate step so ``--json`` and
``--from-file`` never touch the wiki. Only ``wiki.py`` talks to the wiki.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import nominations as nominations_rules
from bot.config import ConfigError, NominationsConfig, load_nominations_config
from bot.integrity import AuditRow, IntegrityConfig, integrity_config
from bot.model import Entry, Problem, SiteFacts
from bot.parse import EntryTemplates, parse_pages

log = logging.getLogger("peerbot")

ROOT = Path(__file__).resolve().parent.parent
CONFIG_DIR = ROOT / "config"
TEMPLATES_DIR = ROOT / "templates_wikitext"

EXIT_OK, EXIT_REFUSED, EXIT_CONFIG, EXIT_WIKI = 0, 1, 2, 3


@dataclass(frozen=True)
class JobArgs:
    """Options every job takes, after pywikibot's global options were handled."""

    json: bool
    from_file: Path | None
    config: Path | None
    extra: argparse.Namespace


def parse_job_args(args: Sequence[str], doc: str,
                   add: Callable[[argparse.ArgumentParser], None] | None = None) -> JobArgs:
    """Local command-line arguments -> JobArgs; ConfigError on unknown options."""
    parser = argparse.ArgumentParser(prog="peerbot", description=doc.strip().splitlines()[0],
                                     add_help=False, exit_on_error=False)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--from-file", type=Path)
    parser.add_argument("--config", type=Path)
    if add:
        add(parser)
    try:
        known, unknown = parser.parse_known_args(list(args))
    except argparse.ArgumentError as err:
        raise ConfigError(f"command line: {err}") from None
    if unknown:
        raise ConfigError(f"command line: unknown option(s) {' '.join(unknown)}; "
                          "see `peerbot help`")
    return JobArgs(known.json, known.from_file, known.config, known)


def read_file(path: Path) -> str:
    """Path -> its text; ConfigError (one line) when it can't be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read ({getattr(err, 'strerror', err)})") from None


def print_json(data: Any) -> None:
    """Data -> pretty JSON on stdout."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


# --- nominations -----------------------------------------------------------------------

def entry_templates(config: NominationsConfig,
                    aliases: dict[str, tuple[str, ...]] | None = None) -> EntryTemplates:
    """Config and template redirects -> the template names the parser accepts."""
    aliases = aliases or {}
    return EntryTemplates.of(
        nomination=aliases.get(config.nomination_template, (config.nomination_template,)),
        recommendation=aliases.get(config.recommendation_template,
                                   (config.recommendation_template,)))


def nominations_from_pages(pages: Sequence[tuple[str, str]], config: NominationsConfig,
                           facts: SiteFacts) -> nominations_rules.NominationsReport:
    """[(title, text)] -> NominationsReport, offline (no account check, no redirects)."""
    entries, problems = parse_pages(pages, facts, entry_templates(config))
    return nominations_rules.summarize(entries, problems, config)


@dataclass(frozen=True)
class EntriesRead:
    """Entries of some kinds read from the wiki, checked against the integrity rules."""

    entries: list[Entry]
    problems: list[Problem]
    revisions: dict[str, int]
    existing_users: set[str]
    excluded: list[AuditRow] = field(default_factory=list)
    note: str = ""


def read_current(wiki: Any, titles: Sequence[str], fresh: Freshness | None = None
                 ) -> list[Any]:
    """Titles -> PageTexts of the existing pages, in their order.

    With a Freshness that knows what changed since the job's last run, pages kept in the
    state store as current since then and not changed are not read again (recent changes
    list every edit, move, deletion and import); the rest is read in batches. Every page read
    or confirmed is kept as current as of this run's watermark.
    """
    from bot.state import HistoryStore
    from bot.wiki import PageText

    if fresh is None or not fresh.rcid:
        return wiki.read_pages(titles)
    store = HistoryStore.for_site(wiki.api_url)
    kept: dict[str, Any] = {}
    if fresh.changed is not None:
        found = store.current_pages([t for t in titles if t not in fresh.changed], fresh.since)
        kept = {t: PageText(t, rev, text, stamp, page_id)
                for t, (page_id, rev, stamp, text) in found.items()}
    read = wiki.read_pages([t for t in titles if t not in kept])
    store.keep_current([(p.title, p.page_id, p.revision, p.timestamp, p.text) for p in read],
                       kept, fresh.rcid)
    if kept:
        log.info("read %d changed or new pages; %d unchanged since the last run", len(read),
                 len(kept))
    order = {t: i for i, t in enumerate(titles)}
    return sorted([*kept.values(), *read], key=lambda p: order.get(p.title, len(order)))


def read_entries(wiki: Any, kinds: dict[str, str], prefixes: Sequence[str],
                 exclude: Sequence[str] = (),
                 integrity: IntegrityConfig | None = None,
                 fresh: Freshness | None = None) -> EntriesRead:
    """Wiki, {kind: template name}, title prefixes -> every entry of those kinds.

    Pages are found through the templates' transclusions (redirects included) and read in
    batches; each entry is attributed from page history (forged, early, late and ineligible
    entries are set aside with their reason) and subjects' accounts are checked in batches.
    Shared by every job that reads templates (nominations, selection evidence).
    """
    from bot.attribution import check_entries, index_history, user_facts
    from bot.state import HistoryStore

    integrity = integrity or IntegrityConfig()
    names = list(kinds.values())
    aliases, used = wiki.template_uses(names, prefixes)
    templates = EntryTemplates(tuple((kind, aliases.get(name, (name,)))
                                     for kind, name in kinds.items()))
    titles = [t for t in used if t not in exclude]
    pages = read_current(wiki, titles, fresh)
    log.info("read %d pages using %s", len(pages), ", ".join(names))
    facts = wiki.facts()
    entries, problems = parse_pages([(p.title, p.text) for p in pages], facts, templates)
    store = HistoryStore.for_site(wiki.api_url) if integrity.check_history else None
    if store is not None:
        index_history(wiki, pages, store, facts)
    users, note = user_facts(wiki, {e.signer or "" for e in entries} - {""}, integrity)
    kept, excluded = check_entries(entries, store, users, integrity, facts)
    existing = wiki.existing_users({e.subject for e in kept})
    return EntriesRead(kept, problems, {p.title: p.revision for p in pages}, existing,
                       excluded, note)


def nominations_from_wiki(wiki: Any, config: NominationsConfig,
                          fresh: Freshness | None = None
                          ) -> nominations_rules.NominationsReport:
    """Wiki -> NominationsReport, reading every page that uses the two templates (pages
    unchanged since the last run from the state store, see ``read_current``)."""
    read = read_entries(wiki, {"nomination": config.nomination_template,
                               "recommendation": config.recommendation_template},
                        config.page_prefixes, exclude=[config.report_page],
                        integrity=config.integrity, fresh=fresh)
    return nominations_rules.summarize(read.entries, read.problems, config,
                                       read.existing_users, read.revisions, read.excluded,
                                       read.note)


def load_config(path: Path | None, default_name: str,
                loader: Callable[[Path], Any]) -> Any:
    """Optional --config path -> loaded config (default: config/<default_name>)."""
    return loader(path or CONFIG_DIR / default_name)


def nominations_config_for(args: JobArgs) -> NominationsConfig:
    """JobArgs -> the nominations config to use."""
    return load_config(args.config, "nominations.yaml", load_nominations_config)


def report_outcomes(outcomes: Sequence[Any]) -> int:
    """Save outcomes -> exit code (1 when any page was refused), each logged in one line."""
    code = EXIT_OK
    for outcome in outcomes:
        where = f" (revision {outcome.revision})" if outcome.revision else ""
        line = f"{outcome.page}: {outcome.status}{where}"
        if outcome.message:
            line += f": {outcome.message}"
        print(f"peerbot: {line}", file=sys.stderr)
        if not outcome.ok:
            code = EXIT_REFUSED
    return code


def run_script(args: Sequence[str], doc: str, body: Callable[[JobArgs], int],
               add: Callable[[argparse.ArgumentParser], None] | None = None) -> int:
    """Script argv -> exit code; operator errors become one clear line on stderr.

    pywikibot's global options (-simulate, -dir, -user, -site, -help ...) are handled first.
    Exit codes: 0 done, 1 a report page could not be written, 2 config or command-line error,
    3 wiki unreachable, login failed or API error.
    """
    logging.basicConfig(level=logging.INFO, format="peerbot: %(message)s", stream=sys.stderr)
    if any(a in ("-help", "--help", "-h") for a in args):
        print(doc.strip())
        return EXIT_OK
    from bot.wiki import WikiError, handle_global_args

    try:
        if any(a == "--from-file" or a.startswith("--from-file=") for a in args):
            # Offline: no site is created, so pywikibot's global options are dropped.
            local = [a for a in args if not (a.startswith("-") and not a.startswith("--"))]
        else:
            local = handle_global_args(list(args))
        return body(parse_job_args(local, doc, add))
    except ConfigError as err:
        print(f"peerbot: config error: {err}", file=sys.stderr)
        return EXIT_CONFIG
    except WikiError as err:
        print(f"peerbot: wiki error: {err}", file=sys.stderr)
        return EXIT_WIKI


# --- install-templates -----------------------------------------------------------------

def template_pages(folder: Path = TEMPLATES_DIR) -> dict[str, str]:
    """templates_wikitext/ -> {page title: text}; 'A_b.doc.wikitext' is 'Template:A b/doc'."""
    pages = {}
    for path in sorted(folder.glob("*.wikitext")):
        stem = path.name.removesuffix(".wikitext")
        name, _, sub = stem.partition(".")
        title = "Template:" + name.replace("_", " ") + (f"/{sub}" if sub else "")
        # MediaWiki stores text without trailing whitespace; compare like with like.
        pages[title] = path.read_text(encoding="utf-8").rstrip()
    return pages


# --- votes -------------------------------------------------------------------------------

@dataclass(frozen=True)
class VotesJob:
    """Job settings kept beside the counting rules in config/votes.yaml."""

    pages: tuple[str, ...]
    report_page: str
    summary: str
    rules: Any  # bot.votes_config.VoteConfig
    integrity: IntegrityConfig = field(default_factory=IntegrityConfig)


VOTES_JOB_KEYS = {"pages", "report_page", "summary", "integrity"}


def load_votes_job(path: Path) -> VotesJob:
    """config/votes.yaml -> VotesJob (job keys) with its VoteConfig (counting rules)."""
    from bot.config import get_str, get_str_list, load_yaml
    from bot.votes_config import load_vote_config

    data = load_yaml(path)
    job = {k: data.pop(k) for k in list(data) if k in VOTES_JOB_KEYS}
    where = str(path)
    return VotesJob(
        pages=get_str_list(job, "pages", where),
        report_page=get_str(job, "report_page", where, "Peer academy/Votes/Results"),
        summary=get_str(job, "summary", where, "peerbot: vote results"),
        rules=load_vote_config(data, where),
        integrity=integrity_config(job.get("integrity"), f"{where}: integrity"))


def tally_page(title: str, text: str, rules: Any, facts: SiteFacts) -> Any:
    """One vote page's wikitext -> its TallyResult, offline (no history or user checks)."""
    from bot.tally import tally_votes
    from bot.votes import parse_votes

    return tally_votes(parse_votes(text, facts, rules, title), rules)


def votes_from_wiki(wiki: Any, pages: Sequence[Any], job: VotesJob) -> tuple[list[Any], str]:
    """Vote pages read from the wiki -> (TallyResults after the integrity rules, a note).

    History is indexed first (nothing to fetch when the pages did not change), users are
    looked up in batches, then forged/early/late/ineligible votes are excluded before the
    one-vote-per-person rule and the tallies.
    """
    from bot.attribution import check_votes, index_history, user_facts
    from bot.history import unsigned_user
    from bot.state import HistoryStore
    from bot.tally import tally_votes
    from bot.votes import parse_votes

    facts = wiki.facts()
    store = HistoryStore.for_site(wiki.api_url) if job.integrity.check_history else None
    if store is not None:
        index_history(wiki, pages, store, facts)
    parsed = [parse_votes(p.text, facts, job.rules, p.title) for p in pages]
    records: list[Any] = [r for page in parsed for r in (*page.votes, *page.ballots)]
    names = {r.user for r in records}
    names |= {u for r in records if (u := unsigned_user(r.text, facts))}
    users, note = user_facts(wiki, names, job.integrity)
    checked = [check_votes(page, store, users, job.integrity, facts) for page in parsed]
    return [tally_votes(page, job.rules) for page in checked], note


def votes_json(results: Sequence[Any], revisions: dict[str, int]) -> dict[str, Any]:
    """TallyResults -> JSON: one page's object, or {"votes": [...]} for several pages."""
    from bot.tally import to_json

    items = []
    for result in results:
        data = to_json(result)
        data["page"] = result.page
        if result.page in revisions:
            data["revision"] = revisions[result.page]
        items.append(data)
    return items[0] if len(items) == 1 else {"votes": items}


def render_votes(results: Sequence[Any], revisions: dict[str, int], note: str = "",
                 audit_counted: bool = True) -> str:
    """TallyResults -> the wikitext of the results page's bot part: a section per vote with
    its tables and the audit of every entry."""
    from bot.attribution import vote_audit
    from bot.integrity import render_audit
    from bot.render import page_link
    from bot.votes_render import render_tally

    parts = []
    for result in results:
        revision = revisions.get(result.page)
        counted = (f"Counted: {page_link(result.page, revision=revision)} "
                   f"(revision {revision})." if revision else "")
        parts.append(f"== {page_link(result.page)} ==\n{counted}\n{render_tally(result)}\n"
                     + render_audit(vote_audit(result), note, audit_counted))
    return "\n".join(parts)


def votes_summary(results: Sequence[Any], prefix: str) -> str:
    """TallyResults -> edit summary with counts."""
    votes = sum(t.support + t.oppose + t.neutral for r in results for t in r.subjects)
    excluded = sum(len(r.excluded) for r in results)
    return f"{prefix}: {len(results)} vote pages, {votes} votes counted, {excluded} not counted"


# --- warm runs -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Freshness:
    """Whether a job can skip its run, and the recent-changes watermark to remember."""

    job: str
    fingerprint: str
    rcid: int
    timestamp: str
    unchanged: bool
    reason: str
    since: int = 0  # the last run's watermark
    changed: frozenset[str] | None = None  # titles changed since it (None: not known)


def check_fresh(wiki: Any, job: str, fingerprint: str, watch: Any) -> Freshness:
    """Job and what it watches -> Freshness, from one recent-changes request."""
    from bot.freshness import relevant, watermark_kept
    from bot.state import HistoryStore

    last = HistoryStore.for_site(wiki.api_url).last_run(job)
    if last is None or last[0] != fingerprint:
        newest = wiki.recent_changes(None)
        rcid, stamp = (newest[0].rcid, newest[0].timestamp) if newest else (0, "")
        why = "first run" if last is None else "the job's settings changed"
        log.debug("%s: reading everything (%s)", job, why)
        return Freshness(job, fingerprint, rcid, stamp, False, why)
    _, rcid, stamp, own = last
    changes = wiki.recent_changes(stamp) if stamp else []
    newest = max(changes, key=lambda c: c.rcid, default=None)
    new_rcid, new_stamp = (newest.rcid, newest.timestamp) if newest else (rcid, stamp)
    if not watermark_kept(changes, rcid):
        log.info("%s: reading everything (recent changes no longer reach the last run)", job)
        return Freshness(job, fingerprint, new_rcid, new_stamp, False,
                         "the wiki's recent changes no longer reach the last run")
    found = relevant(changes, watch, rcid, own)
    fresh = Freshness(job, fingerprint, new_rcid, new_stamp, not found,
                      f"{len(found)} relevant changes since the last run", rcid,
                      frozenset(c.title for c in changes))
    if found:
        log.debug("%s: %s (first: %s)", job, fresh.reason, found[0].title)
    return fresh


def remember_run(wiki: Any, fresh: Freshness, outcomes: Sequence[Any]) -> None:
    """A run whose reports were all written -> its watermark and own saves, for next time."""
    if fresh.rcid and all(o.status in ("edited", "created", "no change") for o in outcomes):
        from bot.state import HistoryStore

        own = [o.revision for o in outcomes if o.status in ("edited", "created") and o.revision]
        HistoryStore.for_site(wiki.api_url).remember_run(fresh.job, fresh.fingerprint,
                                                         fresh.rcid, fresh.timestamp, own)


def say_unchanged(fresh: Freshness) -> int:
    """-> exit code 0 after one line saying the run was skipped and why."""
    print(f"peerbot: {fresh.job}: no change on the wiki since the last run "
          f"({fresh.reason}); nothing read or written", file=sys.stderr)
    return EXIT_OK
