"""What `make demo` prints about logging in is true: each account it names logs in to the
local wiki with the password it prints, and the printed peerbot line runs against it."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import mwclient

from bot.demo import login_lines
from bot.demo_pages import PEOPLE
from bot.wiki.localwiki import LocalWiki
from tests.integration.conftest import ROOT


def test_every_printed_login_works_and_the_printed_command_runs(wiki: LocalWiki):
    participant = PEOPLE[0][0]
    if participant not in wiki.passwords:
        wiki.create_user(participant)
    text = login_lines(wiki)
    assert wiki.page_url("Special:UserLogin") in text
    accounts = re.findall(r"user '([^']+)'.*?password (\S+)", text)
    assert [user for user, _ in accounts] == ["PeerBot", "Admin", participant]
    for user, password in accounts:
        site = mwclient.Site(f"127.0.0.1:{wiki.port}", path="/", scheme="http",
                             clients_useragent="peerbot-tests")
        site.login(user, password)
        assert site.logged_in and site.username == user
    command = text.splitlines()[-1].strip()
    words = shlex.split(command)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYWIKIBOT")}
    env.update(word.split("=", 1) for word in words if "=" in word.split("/")[0])
    program = [word for word in words if "=" not in word.split("/")[0]]
    assert program[0] == ".venv/bin/peerbot"
    # The peerbot of the virtualenv running the tests (``make venv`` makes it .venv's).
    peerbot = Path(sys.executable).parent / "peerbot"
    done = subprocess.run([str(peerbot), *program[1:]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "nothing saved" in done.stderr + done.stdout
