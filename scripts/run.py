"""peerbot run: run the jobs listed in config/jobs.yaml, as a scheduler (cron, Toolforge) does.

Validates every job's config first (a config error stops the run before anything is read),
then reads the kill switch page: unless it holds the run word, nothing else is read or
written. Each job runs under its own lock (a second run of the same job is skipped with a
line saying so) and with its on-wiki config page when it has one (a bad page is reported
and the last good one is used). Ends with a one-line summary of every job.

Options (besides pywikibot's global ones such as -simulate, -dir, -user):
  --config PATH      the jobs file (default config/jobs.yaml)
  --only NAMES       run only these jobs (comma-separated names from the jobs file)

Exit codes: 0 done (also: stopped by the kill switch, a job skipped because it was locked),
1 some report could not be written, 2 config error, 3 wiki error, 130 Ctrl-C, 143 SIGTERM.
"""

from __future__ import annotations

import argparse
import sys

from bot import command
from bot.runner.run import run, state_folder


def options(parser: argparse.ArgumentParser) -> None:
    """Add the options only `peerbot run` takes."""
    parser.add_argument("--only", default="")


def body(args: command.JobArgs) -> int:
    """Parsed options -> exit code of the whole run."""
    return run(args)


def main(*args: str) -> int:
    """pywikibot-style entry point."""
    return command.run_script(args, __doc__ or "", body, add=options, state=state_folder)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
