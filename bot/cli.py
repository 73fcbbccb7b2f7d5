"""`peerbot SUBCOMMAND [options]`: each subcommand is a script in scripts/."""

from __future__ import annotations

import importlib
import os
import sys

COMMANDS = {
    "nominations": "scripts.nominations",
    "install-templates": "scripts.install_templates",
    "select": "scripts.selection",
    "votes": "scripts.votes",
    "match": "scripts.match",
    "records": "scripts.records",
    "digest": "scripts.digest",
    "run": "scripts.run",
}


def main(argv: list[str] | None = None) -> int:
    """Command line -> exit code of the chosen script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("help", "-h", "--help", "-help"):
        print("usage: peerbot SUBCOMMAND [options]   (peerbot SUBCOMMAND -help for its options)")
        print("subcommands: " + ", ".join(COMMANDS))
        print("peerbot --version prints the installed version")
        return 0
    if args[0] in ("--version", "-version", "version"):
        from bot import __version__

        print(f"peerbot {__version__}")
        return 0
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"peerbot: unknown subcommand {name!r}; choose one of {', '.join(COMMANDS)}",
              file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name])
    try:
        return int(module.main(*rest))
    except BrokenPipeError:
        # the reader of stdout went away (`peerbot votes --json ... | head`): not an error
        # of the job; Python's own advice, so the exit does not raise again on flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
