"""peerbot digest: a digest of discussion or consultation pages.

Reads the pages named on the command line (or in the config's `pages`), finds every signed
comment and reply, checks each against page history, and writes per section the comments,
replies, participants, first and last dates and explicit support/oppose/+1 openings;
participation per week; where people came from (home wikis, languages, affiliations); and
every participant with their comments, each linked to the diff that added it.

Options (besides pywikibot's global ones such as -simulate, -dir, -user):
  PAGE ...           the pages to read (default: the config's pages)
  --config PATH      digest config (default config/digest.yaml)
  --report-page T    write the digest to this page instead of the config's report_page
  --from-file PATH   read wikitext from a local file instead of the wiki (no history
                     check); prints JSON, writes nothing
  --json             print the result as JSON and write nothing
  --allow-shrink     publish even if the listing (page_prefixes) is empty or under half
                     the published one (a named page that does not exist is never accepted)
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot import command
from bot.core.config import NothingConfigured
from bot.core.i18n import speaking
from bot.core.render import plural
from bot.digest import job as digest_job
from bot.digest.config import DigestConfig, load_digest_config
from bot.digest.render import edit_summary, render_digest
from bot.digest.summary import Digest

DEFAULT_CONFIG = "digest.yaml"
MARKER = "digest"


def load_config(path: Path) -> DigestConfig:
    """Config path -> DigestConfig (the runner validates on-wiki configs with it)."""
    return load_digest_config(path)


def options(parser: argparse.ArgumentParser) -> None:
    """Add this job's own options."""
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--report-page")


def to_json(found: Digest) -> dict[str, Any]:
    """Digest -> the documented JSON shape of ``peerbot digest --json``."""
    def day(when: Any) -> str | None:
        return when.isoformat() if when else None

    return {
        "pages": list(found.pages),
        "sections": [{"page": s.page, "section": s.title, "comments": s.comments,
                      "replies": s.replies, "participants": s.participants,
                      "first": day(s.first), "last": day(s.last), "markers": dict(s.markers)}
                     for s in found.sections],
        "weeks": [{"week": w.start.isoformat(), "participants": w.participants, "new": w.new}
                  for w in found.weeks],
        "homes": dict(found.homes), "languages": dict(found.languages),
        "affiliations": dict(found.affiliations),
        "participants": [{"user": user, "comments": [
            {"page": c.page, "section": c.section, "line": c.line, "time": day(c.timestamp),
             "reply": c.reply, "marker": c.marker, "revision": c.revision} for c in comments]}
            for user, comments in found.people],
        "flagged": [{"page": r.page, "line": r.line, "user": r.user, "reason": r.reason,
                     "revision": r.revision, "editor": r.editor} for r in found.flagged],
        "unsigned": [{"page": p, "section": s, "line": n, "text": t}
                     for p, s, n, t in found.unsigned],
        "revisions": found.revisions,
    }


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code."""
    config = command.load_config(args.config, DEFAULT_CONFIG, load_digest_config)
    if args.from_file:
        from bot.core.siteconfig import load_site_config

        text = command.read_file(args.from_file)
        command.print_json(to_json(digest_job.digest_from_pages(
            [(args.from_file.name, text)], config, load_site_config())))
        return command.EXIT_OK
    config = replace(config, pages=tuple(args.extra.pages) or config.pages,
                     report_page=args.extra.report_page or config.report_page)
    if not config.pages:
        raise NothingConfigured("no pages to digest: name them on the command line or in `pages`")
    from bot.wiki import freshness

    wiki = command.connect(args)
    fresh = None
    if not args.json:
        fresh = freshness.check_fresh(
            wiki, f"digest:{config.report_page}", freshness.fingerprint("digest", config),
            freshness.Watch((), (*config.pages, config.report_page)))
        if fresh.unchanged:
            return freshness.say_unchanged(fresh)
    named = "the command line" if args.extra.pages else "pages"
    found = digest_job.digest_from_wiki(wiki, config, fresh, named)
    command.log.info("counted %s by %s; %s", plural(found.comments, "comment"),
                     plural(len(found.people), "participant"),
                     plural(len(found.flagged), "flagged comment"))
    missing = sorted(set(config.pages) - set(found.revisions))
    if missing:
        print(f"peerbot: page(s) not found: {', '.join(missing)}", file=sys.stderr)
    if args.json:
        command.print_json(to_json(found))
        return command.EXIT_OK
    # The report's words in --uselang, else the config's language, else the wiki's (English
    # where a message has no translation; qqx: the message keys).
    with speaking(command.report_language(args, config.language, wiki)):
        outcome = wiki.save_report(config.report_page, render_digest(found), MARKER,
                                   edit_summary(found, config.summary))
    return command.finish(wiki, fresh, [outcome], missing)


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body, options)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
