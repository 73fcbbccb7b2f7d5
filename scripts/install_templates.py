"""peerbot install-templates: upload the on-wiki templates from templates_wikitext/.

Saves each template and its /doc page (with TemplateData) only when its text differs from
the wiki's. With --json, prints which pages would change and writes nothing.

Options (besides pywikibot's global ones such as -simulate):
  --json   list the templates and whether each differs from the wiki; write nothing
"""

from __future__ import annotations

import sys

from bot import command
from bot.core.render import plural


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code."""
    from bot.wiki.adapter import Wiki

    wanted = command.template_pages()
    wiki = Wiki.connect()
    current = {p.title: p.text for p in wiki.read_pages(list(wanted))}
    changed = [t for t, text in wanted.items() if current.get(t) != text]
    if args.json:
        command.print_json({"templates": [{"page": t, "changed": t in changed} for t in wanted]})
        return command.EXIT_OK
    outcomes = [wiki.save_page(title, wanted[title], "peerbot: install templates")
                for title in changed]
    print(f"peerbot: {plural(len(wanted) - len(changed), 'template')} already up to date",
          file=sys.stderr)
    return command.report_outcomes(outcomes)


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body, state=None)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
