"""The selection job: read evidence -> build candidates -> select (and compare) -> render.

Reading goes through ``bot.wiki.reading.read_entries`` (the shared reader of every template
job) and the wiki adapter; everything from ``run_selection`` on is pure. The script in
scripts/ calls ``selection_from_wiki`` or ``selection_from_pages`` and then writes or prints.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bot.command import CONFIG_DIR
from bot.core.config import ConfigError, code_block
from bot.core.entries import EntryTemplates, parse_pages
from bot.core.i18n import msg
from bot.core.integrity import AuditRow, render_audit, with_problems
from bot.core.model import SiteFacts
from bot.core.render import escape_text
from bot.core.siteconfig import load_site_config
from bot.selection import evidence as evidence_rules
from bot.selection import render
from bot.selection.compare import compare
from bot.selection.config import SelectConfig, load_select_config
from bot.selection.coverage import unmatched_rules
from bot.selection.policy import SelectionPolicy
from bot.selection.policy_parse import PolicyError, parse_policy_text
from bot.selection.records import Comparison, SelectionResult
from bot.selection.select import select
from bot.selection.select import to_json as result_json
from bot.selection.wording import Said, plain_text, wikitext
from bot.wiki.reading import read_entries

log = logging.getLogger("peerbot")

MARKER = "selection"
COMPARE_MARKER = "selection-compare"


@dataclass(frozen=True)
class LoadedPolicy:
    """A policy and where it came from (a file path, or a wiki page and its revision)."""

    policy: SelectionPolicy
    source: str
    permalink: str | None = None


@dataclass(frozen=True)
class PageSave:
    """One edit of a run: the page, the bot's parts of it as (marker, wikitext), the summary."""

    title: str
    parts: tuple[tuple[str, str], ...]
    summary: str
    # parts that replace an earlier run's part of that name, but are not added to a page
    # that has none (the note that a plain run made no comparison)
    replace_only: tuple[str, ...] = ()


@dataclass(frozen=True)
class SelectionRun:
    """Everything one run of the job produced: evidence, seed, result and comparison."""

    policy: LoadedPolicy
    seed: str
    seed_source: str
    evidence: evidence_rules.EvidenceReport
    result: SelectionResult
    comparison: Comparison | None = None

    @property
    def hide(self) -> frozenset[str]:
        """-> fields hidden by any policy of the run (the evidence must not reveal them)."""
        hidden = set(self.policy.policy.hide)
        if self.comparison is not None:
            for result in self.comparison.results:
                hidden |= result.policy.hide
        return frozenset(hidden)


def config_for(path: Path | None) -> SelectConfig:
    """Optional --config path -> SelectConfig (default config/select.yaml)."""
    return load_select_config(path or CONFIG_DIR / "select.yaml")


def load_policy_file(path: Path) -> LoadedPolicy:
    """Policy file -> LoadedPolicy; ConfigError (one line) when missing or invalid."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read policy ({getattr(err, 'strerror', err)})"
                          ) from None
    try:
        return LoadedPolicy(parse_policy_text(text, str(path)), str(path))
    except PolicyError as err:
        raise ConfigError(str(err)) from None


def policy_yaml(page_text: str) -> str:
    """Policy page wikitext -> its YAML: the first <pre>/<syntaxhighlight>/<source> block, or
    the whole text when there is none."""
    return code_block(page_text)


def policy_from_page(title: str, text: str, revision: int) -> LoadedPolicy:
    """Policy page title, wikitext and revision -> LoadedPolicy linking that revision."""
    try:
        policy = parse_policy_text(policy_yaml(text), f"{title} (revision {revision})")
    except PolicyError as err:
        raise ConfigError(str(err)) from None
    return LoadedPolicy(policy, title, f"Special:Permalink/{revision}")


def seed_for(policy: SelectionPolicy, wiki: Any | None) -> tuple[str, str]:
    """Policy (and wiki, to resolve seed_revision) -> (seed, where it came from).

    A seed_revision that does not exist yet stops the job: the draw cannot be made before the
    revision named in advance is saved.
    """
    if policy.seed is not None:
        return policy.seed, Said("peerbot-selection-seed-policy")
    revision = policy.seed_revision
    if wiki is None:
        raise ConfigError(f"policy {policy.name!r}: seed_revision {revision} needs the wiki; "
                          "it cannot be resolved with --from-file")
    sha1 = wiki.revision_sha1(revision)
    if sha1 is None:
        raise ConfigError(f"policy {policy.name!r}: seed_revision {revision} does not exist "
                          "yet; the draw can only be made once that revision is saved")
    return sha1, Said("peerbot-selection-seed-revision", revision)


def run_selection(report: evidence_rules.EvidenceReport, loaded: LoadedPolicy, seed: str,
                  seed_source: str, compare_with: Sequence[SelectionPolicy] = ()
                  ) -> SelectionRun:
    """Evidence, policy, seed and policies to compare -> SelectionRun (pure).

    The comparison runs the main policy first, then the others, all with the main seed, so
    differences come from the rules and not from the lottery.
    """
    page = loaded.source if loaded.permalink else ""  # a policy page, not a file
    # A quota or track of any policy on the page (compared ones too) that matches nobody.
    unmatched = unmatched_rules(loaded.policy, report.candidates, page) + tuple(
        problem for other in compare_with for problem in unmatched_rules(other,
                                                                         report.candidates))
    if unmatched:
        report = replace(report, problems=report.problems + unmatched)
    result = select(report.candidates, loaded.policy, seed)
    comparison = None
    if compare_with:
        comparison = compare(report.candidates, [loaded.policy, *compare_with], seed)
    return SelectionRun(loaded, seed, seed_source, report, result, comparison)


# --- reading ---------------------------------------------------------------------------------

def evidence_from_pages(pages: Sequence[tuple[str, str]], config: SelectConfig,
                        facts: SiteFacts) -> evidence_rules.EvidenceReport:
    """[(title, text)] -> EvidenceReport, offline (no account check, no redirects)."""
    templates = EntryTemplates(tuple((kind, (name,))
                                     for kind, name in config.templates().items()))
    entries, problems = parse_pages(pages, facts, templates)
    return evidence_rules.build_candidates(entries, problems, config.less_resourced)


def evidence_from_wiki(wiki: Any, config: SelectConfig, fresh: Any = None
                       ) -> evidence_rules.EvidenceReport:
    """Wiki -> EvidenceReport from every page under the prefixes using the four templates
    (pages unchanged since the last run from the state store, see
    ``bot.wiki.reading.read_current``)."""
    exclude = [config.report_page, config.comparison_page]
    if config.policy_page:
        exclude.append(config.policy_page)
    read = read_entries(wiki, config.templates(), config.page_prefixes, exclude=exclude,
                        integrity=config.integrity, fresh=fresh)
    report = evidence_rules.build_candidates(read.entries, read.problems, config.less_resourced,
                                             read.existing_users, read.revisions)
    counted = [AuditRow(e.page, e.line, e.signer or "", e.subject, e.kind, "", e.revision,
                        e.editor) for e in read.entries]
    audit = tuple(sorted(counted + list(read.excluded), key=lambda r: (r.page, r.line)))
    return replace(report, audit=with_problems(audit, report.problems), note=read.note)


def main_policy(config: SelectConfig, override: Path | None, wiki: Any | None) -> LoadedPolicy:
    """Config, --policy and wiki -> the policy to apply: --policy, else policy_page, else the
    config's policy file. A policy page that is missing or invalid is a ConfigError."""
    if override is not None:
        return load_policy_file(override)
    if config.policy_page and wiki is not None:
        from bot.wiki.reading import moved_pages

        found = moved_pages(wiki.read_pages([config.policy_page], redirects=True), wiki,
                            "policy_page")
        if not found:
            raise ConfigError(f"policy_page {config.policy_page!r} does not exist on the wiki; "
                              "create it or remove policy_page from the config")
        page = found[0]
        return policy_from_page(page.title, page.text, page.revision)
    return load_policy_file(config.policy)


def compared_policies(config: SelectConfig, paths: Sequence[Path] | None
                      ) -> list[SelectionPolicy]:
    """--compare paths (or the config's compare list) -> policies."""
    chosen = list(paths) if paths else list(config.compare)
    return [load_policy_file(path).policy for path in chosen]


def selection_from_wiki(wiki: Any, config: SelectConfig, policy_path: Path | None,
                        compare_paths: Sequence[Path] | None, fresh: Any = None
                        ) -> SelectionRun:
    """Wiki and options -> SelectionRun; every policy is checked before anything is read."""
    loaded = main_policy(config, policy_path, wiki)
    others = compared_policies(config, compare_paths)
    seed, source = seed_for(loaded.policy, wiki)
    log.info("lottery seed %r (%s)", seed, source)
    report = evidence_from_wiki(wiki, config, fresh)
    return run_selection(report, loaded, seed, source, others)


def selection_from_pages(pages: Sequence[tuple[str, str]], config: SelectConfig,
                         policy_path: Path | None, compare_paths: Sequence[Path] | None
                         ) -> SelectionRun:
    """Local wikitext and options -> SelectionRun, offline."""
    loaded = main_policy(config, policy_path, None)
    others = compared_policies(config, compare_paths)
    seed, source = seed_for(loaded.policy, None)
    log.info("lottery seed %r (%s)", seed, source)
    return run_selection(evidence_from_pages(pages, config, load_site_config()), loaded, seed, source,
                         others)


# --- output ----------------------------------------------------------------------------------

def render_report(run: SelectionRun) -> str:
    """SelectionRun -> the wikitext of the bot's "selection" part of the report page."""
    policy = run.policy.policy
    intro = msg("peerbot-selection-intro", escape_text(policy.name), len(run.evidence.evidence),
                len(run.evidence.problems), f"<code>{escape_text(run.seed)}</code>",
                wikitext(run.seed_source))
    parts = [intro,
             render.render_selection(run.result, run.policy.permalink),
             render.render_evidence(run.evidence, run.seed, run.hide),
             render.render_problems(run.evidence.problems, run.evidence.revisions),
             render_audit(list(run.evidence.audit), run.evidence.note)
             if run.evidence.audit else "",
             render.render_pages(run.evidence.revisions)]
    return "\n".join(part.rstrip("\n") for part in parts)


def render_compare(run: SelectionRun) -> str:
    """SelectionRun with a comparison -> the wikitext of the "selection-compare" part."""
    assert run.comparison is not None
    return render.render_comparison(run.comparison).rstrip("\n")


def _summary(said: Said) -> str:
    """An edit summary's message -> its text in the report's language, cut to fit."""
    return plain_text(said)[:480]


def _counts(run: SelectionRun, prefix: str) -> Said:
    r = run.result
    return Said("peerbot-selection-summary", prefix, len(r.selected), r.seats, len(r.waitlist),
                len(run.evidence.evidence), len(run.evidence.problems), policy_label(run))


def edit_summary(run: SelectionRun, prefix: str) -> str:
    """SelectionRun and configured prefix -> the edit summary with the counts."""
    return _summary(_counts(run, prefix))


def compare_summary(run: SelectionRun, prefix: str) -> str:
    """SelectionRun with a comparison -> its edit summary."""
    return _summary(Said("peerbot-selection-summary-compare", prefix, _compare_counts(run)))


def _compare_counts(run: SelectionRun) -> Said:
    """SelectionRun with a comparison -> "comparison of 2 policies, 1 pair differs"."""
    assert run.comparison is not None
    changed = sum(1 for d in run.comparison.differences if d.only_first or d.only_second)
    return Said("peerbot-selection-summary-comparison", len(run.comparison.policies), changed)


def page_saves(run: SelectionRun, config: SelectConfig) -> list[PageSave]:
    """SelectionRun and config -> the edits to make: one per page, so the selection and its
    comparison on the same report page are saved together in one edit (selection first)."""
    saves = [PageSave(config.report_page, ((MARKER, render_report(run)),),
                      edit_summary(run, config.summary))]
    if run.comparison is None:
        # An earlier run's comparison shows the seats of then: it is replaced by a note in
        # the same save, never left standing beside a newer selection.
        note = (COMPARE_MARKER, render.render_no_comparison(run.policy.policy.name))
        if config.comparison_page == config.report_page:
            return [replace(saves[0], parts=(*saves[0].parts, note),
                            replace_only=(COMPARE_MARKER,))]
        return [*saves, PageSave(config.comparison_page, (note,),
                                 _summary(Said("peerbot-selection-summary-no-comparison",
                                               config.summary)),
                                 (COMPARE_MARKER,))]
    part = (COMPARE_MARKER, render_compare(run))
    if config.comparison_page == config.report_page:
        both = _summary(Said("peerbot-selection-summary-both", _counts(run, config.summary),
                             _compare_counts(run)))
        return [replace(saves[0], parts=(*saves[0].parts, part), summary=both)]
    return [*saves, PageSave(config.comparison_page, (part,),
                             compare_summary(run, config.summary))]


def policy_label(run: SelectionRun) -> str:
    """-> the policy's name, shortened for an edit summary."""
    name = run.policy.policy.name
    return name if len(name) <= 80 else name[:77] + "..."


def to_json(run: SelectionRun) -> dict[str, Any]:
    """SelectionRun -> the documented JSON shape of ``peerbot select --json``."""
    data: dict[str, Any] = {
        "seed": run.seed,
        "seed_source": run.seed_source,
        "policy_source": run.policy.source,
        "policy_permalink": run.policy.permalink,
        "selection": result_json(run.result),
        "candidates": evidence_rules.evidence_json(run.evidence, run.hide),
        "problems": [{"page": p.page, "reason": p.reason, "line": p.line}
                     for p in run.evidence.problems],
        "revisions": dict(run.evidence.revisions),
    }
    if run.comparison is not None:
        data["comparison"] = {
            "policies": list(run.comparison.policies),
            "rows": [{"user": row.user, "outcomes": list(row.outcomes)}
                     for row in run.comparison.rows],
            "differences": [{"first": d.first, "second": d.second,
                             "only_first": list(d.only_first),
                             "only_second": list(d.only_second)}
                            for d in run.comparison.differences],
            "results": [result_json(result) for result in run.comparison.results],
        }
    return data
