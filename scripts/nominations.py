"""peerbot nominations: summarize every peer-academy nomination and recommendation.

Finds the pages that transclude the nomination and recommendation templates (only titles
under the configured prefixes are read; pages elsewhere are named in one problem), tallies
them per candidate and writes the bot's part of the summary page.

Options (besides pywikibot's global ones such as -simulate, -dir, -user):
  --config PATH      nominations config (default config/nominations.yaml)
  --from-file PATH   read wikitext from a local file instead of the wiki (implies --json
                     unless -simulate is given; never writes)
  --json             print the result as JSON and write nothing
  --allow-shrink     publish even if the listing (page_prefixes) is empty or under half
                     the published one (a named page that does not exist is never accepted)
"""

from __future__ import annotations

import sys

from bot import command
from bot.core.i18n import speaking
from bot.core.render import plural
from bot.nominations import job as nominations_job
from bot.nominations import summary as rules
from bot.wiki import freshness


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code."""
    config = nominations_job.nominations_config_for(args)
    if args.from_file:
        text = command.read_file(args.from_file)
        from bot.core.siteconfig import load_site_config

        report = nominations_job.nominations_from_pages([(args.from_file.name, text)], config, load_site_config())
        command.print_json(rules.to_json(report))
        return command.EXIT_OK

    wiki = command.connect(args)
    fresh = None
    if not args.json:
        from bot.wiki.freshness import Watch, fingerprint

        templates = (config.nomination_template, config.recommendation_template)
        watch = Watch(config.page_prefixes,
                      (config.report_page,) + tuple(f"Template:{t}" for t in templates))
        fresh = freshness.check_fresh(wiki, f"nominations:{config.report_page}",
                                      fingerprint("nominations", config), watch, templates)
        if fresh.unchanged:
            return freshness.say_unchanged(fresh)
    report = nominations_job.nominations_from_wiki(wiki, config, fresh)
    counts = report.counts()
    command.log.info("counted %s, %s, %s, %s", plural(counts["candidates"], "candidate"),
                     plural(counts["nominations"], "nomination"),
                     plural(counts["recommendations"], "recommendation"),
                     plural(counts["problems"], "problem"))
    if args.json:
        command.print_json(rules.to_json(report))
        return command.EXIT_OK
    # the report's words in the config's language, else the wiki's (English where a
    # message has no translation; qqx: the message keys)
    with speaking(command.report_language(args, config.language, wiki)):
        head = rules.render_head(report)  # the same in the shorter renderings
        outcome = wiki.save_report(
            config.report_page, rules.render(report, head=head), "nominations",
            rules.edit_summary(report, config.summary),
            smaller=[lambda: rules.render(report, audit_counted=False, head=head),
                     lambda: rules.render(report, audit_counted=False, pages_listed=False,
                                          head=head)])
    if fresh is not None:
        freshness.remember_run(wiki, fresh, [outcome])
    return command.report_outcomes([outcome])


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
