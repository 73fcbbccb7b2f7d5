"""`make demo`: a throwaway local wiki, a realistic consultation seeded by many accounts,
every job run against it, and the URLs of the report pages.

Set DEMO_SERVE=0 to exit after the run instead of serving until Ctrl-C, and DEMO_LANG=CODE
to have every job write its pages in that language (``qqx``: the message keys, for
translators; the same as each job's ``--uselang CODE``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bot.core.render import plural
from bot.demo_consultation import DIGEST_PAGE, seed_consultation
from bot.demo_pages import (
    DEMO_USERS,
    LABEL_RESULTS_PAGE,
    LABEL_VOTE_PAGE,
    NOMINATION_PAGE,
    PAIRS_PAGE,
    PEOPLE,
    RECORDS_PAGE,
    SELECTION_PAGE,
    SUMMARY_PAGE,
    WORDS,
    Edit,
    consultation_edits,
    label_vote_edits,
    mentoring_edits,
    records_edits,
)
from bot.wiki.localwiki import BOT_USER, LocalWiki, die_with_parent, running_wiki

ROOT = Path(__file__).resolve().parent.parent

def seed_label_vote(wiki: LocalWiki) -> int:
    """Write the label vote page: the organizer's skeleton, then one edit per vote line by
    its voter (so page history shows who wrote each vote) -> number of edits."""
    sections = WORDS + ["Ranked ballots"]
    skeleton = ("Which word should name the people who lead our communities? Vote under "
                "each word with {{support}}, {{oppose}} or {{neutral}}, or rank the words "
                "in the last section.\n\n" + "\n\n".join(f"== {w} ==" for w in sections))
    organizer = wiki.client(PEOPLE[0][0])
    organizer.post("edit", title=LABEL_VOTE_PAGE, text=skeleton, summary="label vote",
                   token=organizer.get_token("csrf"))
    edits = label_vote_edits()
    for user, section, line in edits:
        site = wiki.client(user)
        number = sections.index(section) + 1
        site.post("edit", title=LABEL_VOTE_PAGE, section=number, appendtext="\n" + line,
                  summary=f"vote: {section}", token=site.get_token("csrf"))
    return len(edits) + 1


def seed(wiki: LocalWiki, edits: list[Edit]) -> None:
    """Save each edit as its own user with mwclient (a second, independent client)."""
    sessions = {}
    for edit in edits:
        if edit.user not in sessions:
            sessions[edit.user] = wiki.client(edit.user)
        site = sessions[edit.user]
        site.post("edit", title=edit.page, appendtext="\n\n" + edit.text,
                  summary="demo consultation", token=site.get_token("csrf"))


def run_job(wiki: LocalWiki, *args: str) -> int:
    """Run one `peerbot` subcommand against the local wiki -> exit code (output shown)."""
    env = dict(os.environ, PYWIKIBOT_DIR=str(wiki.pywikibot_dir),
               PEERBOT_STATE_DIR=str(wiki.root / "state"))
    print(f"$ peerbot {' '.join(args)}", flush=True)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, cwd=ROOT,
                          check=False).returncode


REPORT_PAGES = (SUMMARY_PAGE, LABEL_RESULTS_PAGE, SELECTION_PAGE, PAIRS_PAGE, DIGEST_PAGE,
                RECORDS_PAGE)


def build(wiki: LocalWiki, language: str = "") -> int:
    """A started wiki with DEMO_USERS -> templates installed, pages seeded, every job run
    (writing in ``language`` when given: ``--uselang``); -> the highest exit code of the
    jobs. The report pages are REPORT_PAGES."""
    if run_job(wiki, "install-templates") != 0:
        return 1
    lang = ("--uselang", language) if language else ()

    def run_peerbot(wiki: LocalWiki, *args: str) -> int:
        return run_job(wiki, *args, *lang)

    edits = consultation_edits()
    seed(wiki, edits)
    print(f"seeded {plural(len(edits), 'edit')} by "
          f"{plural(len({e.user for e in edits}), 'account')}", flush=True)
    code = run_peerbot(wiki, "nominations")
    print(f"label vote: {plural(seed_label_vote(wiki), 'edit')}", flush=True)
    code = max(code, run_peerbot(wiki, "votes", LABEL_VOTE_PAGE))
    # The default policy (config/selection.yaml), compared with two consultation ideas.
    code = max(code, run_peerbot(wiki, "select", "--compare", "config/selection-blend.yaml",
                                 "config/selection-fcfs.yaml"))
    seed(wiki, mentoring_edits())
    match_config = wiki.root / "match-demo.yaml"
    match_config.write_text((ROOT / "config" / "match.yaml").read_text(encoding="utf-8")
                            .replace('notify: ""', "notify: talk"), encoding="utf-8")
    code = max(code, run_peerbot(wiki, "match", "--config", str(match_config)))
    seed(wiki, records_edits())
    code = max(code, run_peerbot(wiki, "records"))
    print(f"consultation: {plural(seed_consultation(wiki, PEOPLE[0][0]), 'edit')}", flush=True)
    return max(code, run_peerbot(wiki, "digest"))


def login_lines(wiki: LocalWiki) -> str:
    """A running demo wiki -> how to log in to it as the bot, an organizer and a voter, and
    how to run peerbot against it by hand (the passwords are made fresh for each demo)."""
    login = wiki.page_url("Special:UserLogin")
    voter = PEOPLE[0][0]
    return "\n".join([
        f"\nLog in at {login}",
        f"  as the bot:        user {BOT_USER!r}, password {wiki.passwords[BOT_USER]}",
        f"  as an organizer:   user 'Admin' (administrator), password {wiki.admin_password}",
        f"  as a participant:  user {voter!r}, password {wiki.passwords[voter]}",
        "Run peerbot by hand against this wiki (in a second shell, while it serves):",
        (f"  PYWIKIBOT_DIR={wiki.pywikibot_dir} PEERBOT_STATE_DIR={wiki.root / 'state'} "
         ".venv/bin/peerbot nominations -simulate"),
    ])


def main() -> int:
    """Set up, seed, run every job, print the report URLs; serve unless DEMO_SERVE=0.
    Ctrl-C or SIGTERM at any point stops the local wiki: exit 130 or 143."""
    from bot.command import Interrupted, interruptible

    die_with_parent()
    with interruptible():
        try:
            return serve()
        except Interrupted as stop:
            print(f"demo: interrupted by {stop.name}; the local wiki is stopped", flush=True)
            return stop.code


def serve() -> int:
    """The demo itself (``main`` without the signal handling)."""
    with running_wiki(users=DEMO_USERS) as wiki:
        print(f"local wiki running at {wiki.url}", flush=True)
        code = build(wiki, os.environ.get("DEMO_LANG", "").strip())
        print("\nReport pages:")
        for title in REPORT_PAGES:
            print(f"  {wiki.page_url(title)}")
        print(f"Nomination page: {wiki.page_url(NOMINATION_PAGE)}")
        print(login_lines(wiki))
        if os.environ.get("DEMO_SERVE", "1") != "0":
            print("\nServing until Ctrl-C ...", flush=True)
            while wiki.process and wiki.process.poll() is None:
                time.sleep(1)
        return code


if __name__ == "__main__":
    sys.exit(main())
