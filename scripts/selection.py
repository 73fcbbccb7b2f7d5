"""peerbot select: choose who gets the peer-academy training seats, and say why.

Reads every nomination, recommendation, goal record and mentoring feedback on the pages under
the configured prefixes, builds one candidate per nominee, applies the selection policy
(seats, criteria, quotas, group limit, a published lottery seed for ties) and writes the
selected people, the waitlist, everyone else with a reason, and the evidence behind every
score to the report page. The lottery seed used is printed.

Options (besides pywikibot's global ones such as -simulate, -dir, -user):
  --config PATH        selection job config (default config/select.yaml)
  --policy PATH        policy file to apply (default: the config's policy_page or policy)
  --compare PATH ...   also run these policies on the same candidates and seed and write
                       the seats under each side by side, and who changes, to the
                       comparison section of the report page
  --json               print the result as JSON and write nothing
  --allow-shrink       publish even if the listing (page_prefixes) is empty or under half
                       the published one
  --from-file PATH     read nominations and evidence from a local wikitext file instead of
                       the wiki (no account check); prints JSON, writes nothing

A policy with seed_revision stops with one line while that revision does not exist yet; once
it exists, the SHA-1 of its text is the seed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from bot import command
from bot.core.i18n import speaking
from bot.selection import job
from bot.wiki import freshness


def add_options(parser: argparse.ArgumentParser) -> None:
    """Parser -> the same parser with this job's own options."""
    parser.add_argument("--policy", type=Path)
    parser.add_argument("--compare", type=Path, nargs="+")


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code."""
    config = job.config_for(args.config)
    policy_path, compare_paths = args.extra.policy, args.extra.compare
    if args.from_file:
        text = command.read_file(args.from_file)
        run = job.selection_from_pages([(args.from_file.name, text)], config, policy_path,
                                       compare_paths)
        command.print_json(job.to_json(run))
        return command.EXIT_OK

    wiki = command.connect(args)
    fresh = None
    if not args.json:
        from bot.wiki.freshness import Watch, fingerprint

        titles = (config.report_page, config.comparison_page) + (
            (config.policy_page,) if config.policy_page else ()) + tuple(
            f"Template:{t}" for t in config.templates().values())
        fresh = freshness.check_fresh(wiki, f"select:{config.report_page}",
                                 fingerprint("select", config, policy_path, compare_paths,
                                             _policy_texts(config, policy_path, compare_paths)),
                                 Watch(config.page_prefixes, titles),
                                 tuple(config.templates().values()))
        if fresh.unchanged:
            return freshness.say_unchanged(fresh)
    run = job.selection_from_wiki(wiki, config, policy_path, compare_paths, fresh)
    if args.json:
        command.print_json(job.to_json(run))
        return command.EXIT_OK
    # the report's words in --uselang, else the config's language, else the wiki's (English
    # where a message has no translation; qqx: the message keys); --json and the log stay
    # English
    with speaking(command.report_language(args, config.language, wiki)):
        outcomes = [wiki.save_parts(save.title, save.parts, save.summary,
                                    replace_only=save.replace_only)
                    for save in job.page_saves(run, config)]
    if fresh is not None:
        freshness.remember_run(wiki, fresh, outcomes)
    return command.report_outcomes(outcomes)


def _policy_texts(config: object, policy: object, compare: object) -> list[str]:
    """-> the texts of the local policy files in use, so editing one re-runs the job."""
    from pathlib import Path

    compared: Any = compare or getattr(config, "compare", ())
    paths = [policy or getattr(config, "policy", None), *compared]
    texts = []
    for path in paths:
        try:
            texts.append(Path(str(path)).read_text(encoding="utf-8"))
        except OSError:
            texts.append("")
    return texts


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body, add_options)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
