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
from datetime import UTC, datetime
from typing import Any

from bot import command
from bot.core.config import NothingConfigured
from bot.core.i18n import speaking
from bot.votes import certification
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
    now = datetime.now(UTC)
    fresh = None
    if not args.json:
        from bot.wiki.freshness import Watch, fingerprint

        fresh = freshness.check_fresh(wiki, f"votes:{report_page}",
                                 fingerprint("votes", job, titles, report_page,
                                             certification.archive_due(job, now)),
                                 Watch(tuple(t + "/" for t in titles),  # parts
                                       (*titles, report_page)))
        if fresh.unchanged:
            return freshness.say_unchanged(fresh)
    named = "the command line" if args.extra.pages else "pages"
    # the results page rides in the same request: its certify templates (if any) decide
    read = reading.read_current(wiki, [*titles, report_page], fresh, named=named,
                                optional=(report_page,))
    results_page = next((p for p in read if report_page in (p.title, p.moved_from)), None)
    pages = [p for p in read if p is not results_page]
    missing = reading.unanswered_titles(titles, pages)
    moved = {p.title: p.moved_from for p in pages if p.moved_from}
    if moved:
        fresh = None  # the watched titles are the old ones: read everything until fixed
    if missing:
        print(f"peerbot: vote page(s) not found: {', '.join(missing)}", file=sys.stderr)
    for title in missing:
        command.ask_for_help(title, "vote page missing", f"{title} does not exist (deleted, "
                             "or its title is misspelt).", "Restore the page, or correct or "
                             f"remove it in the config's pages; {report_page} keeps the "
                             "last published results until then.")
    for new, old in moved.items():
        command.ask_for_help(old, "vote page moved", f"{old} was moved to {new}; the bot "
                             "counts it under its new title.", f"Name {new} in the "
                             "config's pages instead of the old title.")
    results, note, standings = votes_job.votes_from_wiki(wiki, pages, job, results_page)
    for standing in standings.values():
        for refusal in standing.refusals:
            command.ask_for_help(report_page, "certification not accepted",
                                 f"line {refusal.line}: {refusal.user or 'unsigned'}: "
                                 f"{refusal.reason}.", "A clerk certifies the revision the "
                                 "results name as counted, saving the template with their "
                                 "own signature; remove the refused template.",
                                 ident=f"{refusal.user}|{refusal.reason}")
    revisions = {p.title: p.revision for p in pages}
    standings = certification.known_archives(standings, results_page)
    if args.json:
        command.print_json(votes_job.votes_json(results, revisions, standings))
        return command.EXIT_OK

    def final(result: Any, standing: Any) -> str:
        return votes_job.render_votes([result], revisions, standings={result.page: standing},
                                      template=job.certify_template)

    def render(audit_counted: bool) -> str:
        return votes_job.render_votes(results, revisions, note, audit_counted, moved,
                                      standings, job.certify_template)

    # the report's words in the config's language, else the wiki's (English where a
    # message has no translation; qqx: the message keys)
    with speaking(command.report_language(args, job.language, wiki)):
        standings, archived = certification.archive_certified(
            wiki, job, results, final, standings, results_page, now)
        outcome = wiki.save_report(report_page, render(True), "votes",
                                   votes_job.votes_summary(results, job.summary),
                                   smaller=[lambda: render(False)])
    return command.finish(wiki, fresh, [*archived, outcome], missing)


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body, options)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
