"""The nominations job: nomination pages -> entries -> per-candidate summary.

Offline (``--from-file``) the pages are parsed as given; live, every page that uses the two
templates is read through ``bot.wiki.reading`` with the integrity rules applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.command import JobArgs, load_config
from bot.core.entries import EntryTemplates, parse_pages
from bot.core.model import SiteFacts
from bot.nominations import summary as nominations_rules
from bot.nominations.config import NominationsConfig, load_nominations_config
from bot.wiki.freshness import Freshness
from bot.wiki.reading import read_entries


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


def nominations_config_for(args: JobArgs) -> NominationsConfig:
    """JobArgs -> the nominations config to use."""
    return load_config(args.config, "nominations.yaml", load_nominations_config)
