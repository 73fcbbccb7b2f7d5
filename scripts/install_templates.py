"""peerbot install-templates: upload the on-wiki templates from templates_wikitext/.

Saves each template and its /doc page (with TemplateData) only when its text differs from
the wiki's, and only when the page is the bot's own: a page that does not exist yet, or one
the bot saved last. A page someone else saved last (a local edit, or a page of that name the
wiki already had) is listed with the diff (on stdout) and left alone, exit 1, unless named
with --overwrite. With --json, prints what would happen and writes nothing.

Options (besides pywikibot's global ones such as -simulate):
  --json             list the templates and what would happen to each; write nothing
  --offline          with --json: list the shipped templates (page and text) without a wiki;
                     no user-config.py is read, nothing is compared or written
  --overwrite PAGE   save PAGE although someone else edited it last (repeat for several)
"""

from __future__ import annotations

import argparse
import sys

from bot import command
from bot.core.config import ConfigError
from bot.core.render import plural
from bot.core.templates import Current, diff, plan_install, unknown_overwrites


def options(parser: argparse.ArgumentParser) -> None:
    """Add this command's own options."""
    parser.add_argument("--overwrite", action="append", default=[], metavar="PAGE")
    parser.add_argument("--offline", action="store_true")


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code."""
    wanted = command.template_pages()
    unknown = unknown_overwrites(wanted, args.extra.overwrite)
    if unknown:
        raise ConfigError(f"--overwrite {', '.join(unknown)}: not a page peerbot ships "
                          "(see templates_wikitext/)")
    if args.extra.offline:
        if not args.json:
            raise ConfigError("--offline lists the templates and needs --json; installing "
                              "them needs the wiki")
        command.print_json({"offline": True, "templates": [
            {"page": page, "text": text} for page, text in wanted.items()]})
        return command.EXIT_OK
    from bot.wiki.adapter import Wiki

    wiki = Wiki.connect()
    current = {p.title: Current(p.text, p.revision, p.user)
               for p in wiki.read_pages(list(wanted))}
    plans = plan_install(wanted, current, wiki.user_name, args.extra.overwrite)
    if args.json:
        command.print_json({"templates": [
            {"page": p.page, "changed": p.action != "same", "action": p.action,
             "edited_by": p.edited_by or None} for p in plans]})
        return command.EXIT_OK
    kept = [p for p in plans if p.action == "keep"]
    for plan in kept:
        print(f"peerbot: {plan.page}: kept: {plan.edited_by} saved it last (revision "
              f"{plan.revision}), not peerbot; the diff to the shipped text is on stdout; to "
              f"replace it: --overwrite \"{plan.page}\"", file=sys.stderr)
        sys.stdout.write(diff(plan.page, current[plan.page].text, plan.text) + "\n")
    outcomes = [wiki.save_page(p.page, p.text, "peerbot: install templates"
                               + (f" (replacing {p.edited_by}'s edit, --overwrite)"
                                  if p.overwrite else ""))
                for p in plans if p.writes]
    same = sum(1 for p in plans if p.action == "same")
    print(f"peerbot: {plural(same, 'template')} already up to date", file=sys.stderr)
    code = command.report_outcomes(outcomes)
    return code or (command.EXIT_REFUSED if kept else command.EXIT_OK)


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body, options, state=None)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
