"""The shipped config runs clean: `peerbot run` with the repository's own config/jobs.yaml
and job configs, unchanged, on the demo wiki exits 0; the votes job, which ships with
`pages: []`, is skipped with a warning instead of failing the run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.demo import build
from bot.demo_pages import DEMO_USERS
from bot.wiki.localwiki import LocalWikiError, running_wiki
from tests.integration.conftest import ROOT, put


def revision(wiki, title: str) -> int:
    """Title -> its latest revision id (0: missing), read as a demo participant."""
    site = wiki.client(DEMO_USERS[0])
    page = site.get("query", prop="revisions", titles=title, rvprop="ids",
                    formatversion=2)["query"]["pages"][0]
    return 0 if page.get("missing") else int(page["revisions"][0]["revid"])


@pytest.fixture(scope="module")
def demo_wiki():
    """-> the demo's wiki: templates installed, the consultation seeded, every job run once."""
    try:
        with running_wiki(users=DEMO_USERS) as wiki:
            assert build(wiki) == 0
            yield wiki
    except LocalWikiError as err:
        pytest.fail(f"the local MediaWiki could not start: {err}", pytrace=False)


def test_peerbot_run_with_the_shipped_files_exits_0(demo_wiki, tmp_path):
    put(demo_wiki, "Admin", "User:PeerBot/Run", "run")  # the shipped kill switch page
    # Started from a folder of its own, as an operator would: the shipped config folder is
    # linked there (paths in jobs.yaml are relative to it), the state folder is made there.
    (tmp_path / "config").symlink_to(ROOT / "config")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYWIKIBOT", "PEERBOT"))}
    env["PYWIKIBOT_DIR"] = str(demo_wiki.pywikibot_dir)
    before = revision(demo_wiki, "Peer academy/Votes/Results")
    assert before  # written by the demo's own `peerbot votes PAGE`
    done = subprocess.run([sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    (warning,) = [x for x in lines if x.startswith("peerbot: votes: skipped, nothing")]
    assert "no vote pages" in warning and "`pages`" in warning
    (summary,) = [x for x in lines if x.startswith("peerbot: summary:")]
    assert "votes: skipped, nothing configured" in summary
    for name in ("nominations", "select", "match", "digest", "records"):
        assert f"{name}: done" in summary, summary
    assert "config error" not in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "state" / "locks").is_dir()
    assert revision(demo_wiki, "Peer academy/Votes/Results") == before
