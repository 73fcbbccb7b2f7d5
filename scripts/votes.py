"""peerbot votes: count the votes on vote pages and write a results page.

Usage: peerbot votes [PAGE ...] [options]. Pages given on the command line replace the
config's `pages`. Counts people, not templates: replies, unsigned, struck, duplicate and
changed votes are listed with their reason instead of being counted.

Options (besides pywikibot's global ones such as -simulate, -dir, -user):
  --config PATH       votes config (default config/votes.yaml): counting rules + job keys
  --report-page TITLE write the results here instead of the config's report_page
  --from-file PATH    read one vote page's wikitext from a local file; prints JSON, writes
                      nothing, needs no wiki
  --json              print the result as JSON and write nothing
  --allow-shrink     publish even if the listing (page_prefixes) is empty or under half
                     the published one (a named page that does not exist is never accepted)
"""

from __future__ import annotations

import argparse
import sys

from bot import command
from bot.core.config import NothingConfigured
from bot.votes import job as votes_job
from bot.wiki import freshness, reading


def options(parser: argparse.ArgumentParser) -> None:
    """Add this job's own options."""
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--report-page")


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code."""
    job = votes_job.load_votes_job(args.config or command.CONFIG_DIR / "votes.yaml")
    if args.from_file:
        from bot.core.siteconfig import load_site_config

        text = command.read_file(args.from_file)
        result = votes_job.tally_page(args.from_file.name, text, job.rules, load_site_config())
        command.print_json(votes_job.votes_json([result], {}))
        return command.EXIT_OK
    titles = tuple(args.extra.pages) or job.pages
    if not titles:
        raise NothingConfigured("no vote pages: name them on the command line or in `pages`")
    report_page = args.extra.report_page or job.report_page

    wiki = command.connect(args)
    fresh = None
    if not args.json:
        from bot.wiki.freshness import Watch, fingerprint

        fresh = freshness.check_fresh(wiki, f"votes:{report_page}",
                                 fingerprint("votes", job, titles, report_page),
                                 Watch(tuple(t + "/" for t in titles),  # parts
                                       (*titles, report_page)))
        if fresh.unchanged:
            return freshness.say_unchanged(fresh)
    named = "the command line" if args.extra.pages else "pages"
    pages = reading.read_current(wiki, list(titles), fresh, named=named)
    missing = reading.unanswered_titles(titles, pages)
    moved = {p.title: p.moved_from for p in pages if p.moved_from}
    if moved:
        fresh = None  # the watched titles are the old ones: read everything until fixed
    if missing:
        print(f"peerbot: vote page(s) not found: {', '.join(missing)}", file=sys.stderr)
    results, note = votes_job.votes_from_wiki(wiki, pages, job)
    revisions = {p.title: p.revision for p in pages}
    if args.json:
        command.print_json(votes_job.votes_json(results, revisions))
        return command.EXIT_OK
    outcome = wiki.save_report(report_page, votes_job.render_votes(results, revisions, note,
                                                                   moved=moved), "votes",
                               votes_job.votes_summary(results, job.summary),
                               smaller=[votes_job.render_votes(results, revisions, note, False,
                                                               moved)])
    return command.finish(wiki, fresh, [outcome], missing)


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body, options)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
