"""peerbot match: pair mentors and mentees from signed offers and requests, and say why.

Reads every mentor offer and mentee request on the pages under the configured prefixes
(history-checked like every template job), keeps the pairs the report page already shows
while both sides are still there, fills the room left with the best new pairs (the most
mentees matched, then needs covered, then preferences, then a published lottery) and writes
the pairs, every waiting request with its reason, whom to recruit and the needs nobody
covers to the report page. With `notify: talk`, each person of a new pair gets one message.

Options (besides pywikibot's global ones such as -simulate, -dir, -user):
  --config PATH      match config (default config/match.yaml)
  --from-file PATH   read offers and requests from a local wikitext file instead of the
                     wiki (no history check, no published pairs); prints JSON, writes nothing
  --json             print the result as JSON and write nothing
  --allow-shrink     publish even if the listing (page_prefixes) is empty or under half
                     the published one (a named page that does not exist is never accepted)
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot import command
from bot.core.coverage import refusal
from bot.core.i18n import speaking
from bot.core.render import plural
from bot.match import job as match_job
from bot.match import render as match_render
from bot.match.config import MatchConfig, load_match_config
from bot.match.message import check_translations

DEFAULT_CONFIG = "match.yaml"


def load_config(path: Path) -> MatchConfig:
    """Config path -> MatchConfig (the runner validates on-wiki configs with it)."""
    return load_match_config(path)


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code."""
    config = command.load_config(args.config, DEFAULT_CONFIG, load_match_config)
    if config.notify == "talk":
        check_translations(config.message_dir)  # a bad folder stops before anything is saved
    if args.from_file:
        from bot.core.siteconfig import load_site_config

        text = command.read_file(args.from_file)
        run = match_job.match_from_pages([(args.from_file.name, text)], config,
                                         load_site_config())
        command.print_json(match_job.to_json(run, config))
        return command.EXIT_OK
    from bot.wiki import freshness

    wiki = command.connect(args)
    fresh = None
    if not args.json:
        templates = tuple(config.templates().values())
        fresh = freshness.check_fresh(
            wiki, f"match:{config.report_page}", freshness.fingerprint("match", config),
            freshness.Watch(config.page_prefixes, (config.report_page, *(
                f"Template:{t}" for t in templates))), templates)
        if fresh.unchanged:
            return freshness.say_unchanged(fresh)
    run = match_job.match_from_wiki(wiki, config, fresh)
    result = run.result
    command.log.info("%s (%d new), %s ended, %s", plural(len(result.pairs), "pair"),
                     sum(1 for p in result.pairs if p.new), plural(len(result.ended), "pair"),
                     plural(len(result.sides.problems), "problem"))
    if args.json:
        command.print_json(match_job.to_json(run, config))
        return command.EXIT_OK
    told: tuple[match_job.Pair, ...] = ()
    if not refusal(wiki.coverage, [run.published]):  # else the save says why, and no one is told
        result, told = match_job.plan_notices(result, config)

    def save(result: match_job.MatchResult) -> object:
        def report(audit_counted: bool) -> str:
            return match_render.render_report(result, config, run.revisions, run.audit,
                                              run.note, run.seed_source, audit_counted)
        return wiki.save_report(config.report_page, report(True), match_job.MARKER,
                                match_render.edit_summary(result, config.summary),
                                smaller=[lambda: report(False)])

    # The report's words in --uselang, else the config's language, else the wiki's (English
    # where a message has no translation; qqx: the message keys); each talk-page message
    # in its reader's.
    with speaking(command.report_language(args, config.language, wiki)):
        # The pairs page first, so the link in each message is blue when the message arrives.
        outcomes = [save(result)]
        if told and getattr(outcomes[0], "status", "") in ("edited", "created", "no change",
                                                           "simulated"):
            failed, messages = match_job.notify(wiki, told, config)
            outcomes = [*messages, *outcomes]
            if failed:  # the page said they were told: say again that they were not
                outcomes.append(save(match_job.unmark(result, failed)))
    return command.finish(wiki, fresh, outcomes)


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
