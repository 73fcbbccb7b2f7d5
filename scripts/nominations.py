"""peerbot nominations: summarize every peer-academy nomination and recommendation.

Finds the pages that transclude the nomination and recommendation templates (only titles
under the configured prefixes), tallies them per candidate and writes the bot's part of the
summary page.

Options (besides pywikibot's global ones such as -simulate, -dir, -user):
  --config PATH      nominations config (default config/nominations.yaml)
  --from-file PATH   read wikitext from a local file instead of the wiki (implies --json
                     unless -simulate is given; never writes)
  --json             print the result as JSON and write nothing
"""

from __future__ import annotations

import sys

from bot import jobs
from bot import nominations as rules


def body(args: jobs.JobArgs) -> int:
    """Parsed options -> exit code."""
    config = jobs.nominations_config_for(args)
    if args.from_file:
        text = jobs.read_file(args.from_file)
        from bot.model import SiteFacts

        report = jobs.nominations_from_pages([(args.from_file.name, text)], config, SiteFacts())
        jobs.print_json(rules.to_json(report))
        return jobs.EXIT_OK
    from bot.wiki import Wiki

    wiki = Wiki.connect()
    fresh = None
    if not args.json:
        from bot.freshness import Watch, fingerprint

        watch = Watch(config.page_prefixes, (config.report_page,) + tuple(
            f"Template:{t}" for t in (config.nomination_template, config.recommendation_template)))
        fresh = jobs.check_fresh(wiki, f"nominations:{config.report_page}",
                                 fingerprint("nominations", config), watch)
        if fresh.unchanged:
            return jobs.say_unchanged(fresh)
    report = jobs.nominations_from_wiki(wiki, config, fresh)
    jobs.log.info("counted %(candidates)d candidates, %(nominations)d nominations, "
                  "%(recommendations)d recommendations, %(problems)d problems", report.counts())
    if args.json:
        jobs.print_json(rules.to_json(report))
        return jobs.EXIT_OK
    outcome = wiki.save_report(config.report_page, rules.render(report), "nominations",
                               rules.edit_summary(report, config.summary),
                               smaller=[rules.render(report, audit_counted=False),
                                        rules.render(report, audit_counted=False,
                                                     pages_listed=False)])
    if fresh is not None:
        jobs.remember_run(wiki, fresh, [outcome])
    return jobs.report_outcomes([outcome])


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return jobs.run_script(args, __doc__ or "", body)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
