"""peerbot records: participation records, compiled from what the wiki shows people did.

For each person: seats received (from the published selection reports), goals and their
status, mentees who confirmed mentoring, mentoring pairs and how long they lasted,
recommendations received and recognition given by peers ({{Peer academy recognition}}),
each linked to the revision that recorded it and naming who confirmed it. Writes a summary
table (counts only) to the records page, and a full record on a subpage for each person who
asked for one there ({{Peer academy record|full}} ~~~~). People who opt out (config opt_out,
or {{Peer academy record|opt-out}} ~~~~) are left out everywhere. An item whose source is
removed or struck stays listed as withdrawn; the previous records are read back from the
records page and its subpages.

Options (besides pywikibot's global ones such as -simulate, -dir, -user):
  --config PATH      records config (default config/records.yaml)
  --from-file PATH   read entries and published rows from a local wikitext file (no history
                     check, no previous records); prints JSON, writes nothing
  --json             print the records as JSON and write nothing
  --allow-shrink     publish even if the listing (page_prefixes) is empty or under half
                     the published one (a named page that does not exist is never accepted)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from bot import command
from bot.core.i18n import speaking
from bot.records import job as records_job
from bot.records import render as records_render
from bot.records.config import RecordsConfig, load_records_config

DEFAULT_CONFIG = "records.yaml"


def load_config(path: Path) -> RecordsConfig:
    """Config path -> RecordsConfig (the runner validates on-wiki configs with it)."""
    return load_records_config(path)


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code."""
    config = command.load_config(args.config, DEFAULT_CONFIG, load_records_config)
    if args.from_file:
        from bot.core.siteconfig import load_site_config

        text = command.read_file(args.from_file)
        run = records_job.records_from_pages([(args.from_file.name, text)], config,
                                             load_site_config())
        command.print_json(records_job.to_json(run))
        return command.EXIT_OK
    from bot.wiki import freshness

    wiki = command.connect(args)
    fresh = None
    if not args.json:
        templates = tuple(config.templates().values())
        watch = freshness.Watch(config.prefixes(),
                                (*config.selection_pages, *config.pairs_pages,
                                 *(f"Template:{t}" for t in templates)))
        fresh = freshness.check_fresh(wiki, f"records:{config.report_page}",
                                      freshness.fingerprint("records", config), watch, templates)
        if fresh.unchanged:
            return freshness.say_unchanged(fresh)
    # The report's words in --uselang, else the config's language, else the wiki's (English
    # where a message has no translation; qqx: the message keys).
    with speaking(command.report_language(args, config.language, wiki)):
        run, parts = records_job.records_from_wiki(wiki, config, fresh)
        command.log.info("records of %d people, %d full, %d problems", len(run.records),
                         len(run.full), len(run.problems))
        if args.json:
            command.print_json(records_job.to_json(run))
            return command.EXIT_OK
        outcomes = save_subpages(wiki, run, config, parts)

        def page(audit_counted: bool) -> str:
            return records_render.render_page(run.records, run.full, config.report_page,
                                              run.problems, run.revisions, run.audit, run.note,
                                              config.choice_template, audit_counted)

        outcomes.append(wiki.save_report(
            config.report_page, page(True), records_job.MARKER,
            records_render.edit_summary(run.records, len(run.full), config.summary),
            smaller=[lambda: page(False)]))
    if fresh is not None:
        freshness.remember_run(wiki, fresh, outcomes)
    return command.report_outcomes(outcomes)


def save_subpages(wiki: Any, run: records_job.RecordsRun, config: RecordsConfig,
                  parts: dict[str, str]) -> list[Any]:
    """Full records (and emptied ones) -> save outcomes; a subpage whose bot part is already
    what it should be is not read or saved again."""
    outcomes = []
    texts = {p: records_render.render_record(p, run.records.get(p, [])) for p in run.full}
    texts.update({p: records_render.render_closed() for p in run.closed})
    for person, text in texts.items():
        if parts.get(person, "").strip() == text.strip():
            continue
        outcomes.append(wiki.save_report(records_render.subpage(config.report_page, person),
                                         text, records_job.MARKER,
                                         records_render.record_summary(config.summary,
                                                                       person),
                                         notices=False))
    return outcomes


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
