"""Build check: what `python -m build` makes installs and runs on its own, without a wiki.

Usage: python -m tools.package_check [--keep DIR]

1. `python -m build` makes an sdist, then a wheel from that sdist (so both are checked), in a
   copy of the checkout as a fresh clone with the current changes has it.
2. The wheel must hold every data file the code reads: each file of the shipped folders
   (config/, templates_wikitext/, i18n/, as bot/_shipped/<folder>/) and every non-Python file under
   bot/ (bot/core/data/*.json, bot/wiki/data/logo.svg ...); the sdist and the wheel hold
   LICENSE and NOTICE, the sdist also CHANGELOG.md and setup.py.
3. A fresh virtualenv in a temporary folder gets the wheel (its dependencies may come from
   pip's cache; peerbot's own files only from the wheel), and from another temporary folder,
   with no user-config.py and no PYTHONPATH, these must work: `peerbot --version` (the
   pyproject version), `peerbot help`, `peerbot votes --from-file <example>` (the same JSON
   as the checkout gives), `peerbot install-templates --json --offline` (the checkout's
   templates), `peerbot install-templates --json` (one line: no user-config.py, exit 2), and
   the generated tables load from the installed package, not from the checkout.

Prints each step's time; exit 0 when all pass, 1 with the first failure in one line, 2 when
--keep names a folder that is not empty.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ("config", "templates_wikitext", "i18n")
LEGAL = ("LICENSE", "NOTICE")
EXAMPLE = ROOT / "tests" / "fixtures" / "votes" / "options_basic.wiki"
# Run by the installed python: the generated tables load, and where the package reads from.
WHERE = ("import bot; from bot.core import sitedates, sitenames; "
         "assert sitenames.table() and sitedates.table(); "
         "print(bot.__file__, bot.shipped('config'), bot.shipped('templates_wikitext'), "
         "sitenames.DATA, sitedates.DATA, sep='\\n')")


class CheckFailed(Exception):
    """One check that did not pass, in one line."""


def expected_wheel_files(root: Path = ROOT) -> set[str]:
    """Checkout -> the wheel paths of every data file the code reads."""
    found = {f"bot/_shipped/{folder}/{path.relative_to(root / folder).as_posix()}"
             for folder in SHIPPED for path in (root / folder).rglob("*") if path.is_file()}
    found |= {path.relative_to(root).as_posix() for path in (root / "bot").rglob("*")
              if path.is_file() and path.suffix not in (".py", ".pyc")
              and "__pycache__" not in path.parts}
    return found


def missing_from_wheel(wheel: Path, expected: set[str]) -> list[str]:
    """Wheel and the paths it must hold -> those it lacks, plus LICENSE/NOTICE if absent."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = sorted(expected - names)
    legal = {Path(n).name for n in names if ".dist-info/licenses/" in n}
    return missing + [f"*.dist-info/licenses/{name}" for name in LEGAL if name not in legal]


def missing_from_sdist(sdist: Path) -> list[str]:
    """Sdist -> the legal files and the changelog it lacks at its top."""
    with tarfile.open(sdist) as archive:
        tops = {Path(n).name for n in archive.getnames() if n.count("/") == 1}
    return [name for name in (*LEGAL, "CHANGELOG.md", "setup.py") if name not in tops]


@contextmanager
def step(name: str, times: dict[str, float]) -> Iterator[None]:
    """Time one step under its name."""
    start = time.monotonic()
    try:
        yield
    finally:
        times[name] = time.monotonic() - start
        print(f"package-check: {name}: {times[name]:.1f} s", file=sys.stderr)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None,
        expect: int = 0) -> subprocess.CompletedProcess[str]:
    """Command -> its finished process; CheckFailed when its exit code is not ``expect``."""
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    if done.returncode != expect:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise CheckFailed(f"{' '.join(command[-4:])}: exit {done.returncode}, "
                          f"expected {expect}: {' | '.join(tail)}")
    return done


def clean_copy(into: Path) -> Path:
    """Checkout -> a copy of its files as a fresh clone with the current changes has them
    (tracked and new files, nothing git ignores: no stale *.egg-info whose file list would
    hide a package-data gap)."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                 ROOT).stdout
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


def build(out: Path, source: Path) -> tuple[Path, Path]:
    """A source tree -> (sdist, wheel) built into ``out``, the wheel from the sdist."""
    run([sys.executable, "-m", "build", "--outdir", str(out), str(source)], source)
    sdists, wheels = sorted(out.glob("*.tar.gz")), sorted(out.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise CheckFailed(f"build made {len(sdists)} sdist(s) and {len(wheels)} wheel(s)")
    return sdists[0], wheels[0]


def install(wheel: Path, venv: Path) -> Path:
    """Wheel -> the bin folder of a fresh virtualenv it is installed in."""
    run([sys.executable, "-m", "venv", str(venv)], venv.parent)
    bin_dir = venv / "bin"
    run([str(bin_dir / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
         str(wheel)], venv.parent)
    return bin_dir


def clean_env(home: Path) -> dict[str, str]:
    """-> the environment of the installed commands: no PYTHONPATH, no virtualenv of the
    checkout, pywikibot's folder an empty one (no user-config.py, so no wiki)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME") and not k.startswith("PEERBOT_")}
    env.update(PYWIKIBOT_DIR=str(home), HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    return env


def check_installed(bin_dir: Path, here: Path) -> None:
    """Installed commands, run in ``here`` -> CheckFailed at the first that is wrong."""
    env = clean_env(here)
    peerbot = str(bin_dir / "peerbot")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = f"peerbot {version['project']['version']}"
    said = run([peerbot, "--version"], here, env).stdout.strip()
    if said != wanted:
        raise CheckFailed(f"peerbot --version says {said!r}, pyproject.toml {wanted!r}")

    from bot.cli import COMMANDS

    shown = run([peerbot, "help"], here, env).stdout
    absent = [name for name in COMMANDS if name not in shown]
    if absent:
        raise CheckFailed(f"peerbot help does not list {', '.join(absent)}")

    where = run([str(bin_dir / "python"), "-c", WHERE], here, env).stdout.split()
    venv = bin_dir.parent.resolve()
    outside = [p for p in where if not Path(p).resolve().is_relative_to(venv)]
    if outside:
        raise CheckFailed(f"the installed package reads from outside its venv: {outside}")

    example = here / EXAMPLE.name
    shutil.copyfile(EXAMPLE, example)
    installed = json.loads(run([peerbot, "votes", "--from-file", example.name], here,
                               env).stdout)
    from_checkout = json.loads(run([sys.executable, "-m", "bot.cli", "votes", "--from-file",
                                    str(example)], ROOT, clean_env(here)).stdout)
    if installed != from_checkout:
        raise CheckFailed("peerbot votes --from-file: the installed package's JSON differs "
                          "from the checkout's (shipped config/site.yaml or votes.yaml?)")

    from bot.command import template_pages

    listed = json.loads(run([peerbot, "install-templates", "--json", "--offline"], here,
                            env).stdout)
    pages = {t["page"]: t["text"] for t in listed["templates"]}
    if not pages or pages != template_pages(ROOT / "templates_wikitext"):
        raise CheckFailed(f"install-templates --json --offline lists {len(pages)} template(s), "
                          "not the checkout's templates_wikitext/")

    refused = run([peerbot, "install-templates", "--json"], here, env, expect=2)
    if "no user-config.py" not in refused.stderr or "Traceback" in refused.stderr:
        raise CheckFailed("install-templates --json without a wiki: not the one line naming "
                          f"user-config.py: {refused.stderr.strip()[:200]}")


def check(work: Path) -> dict[str, float]:
    """Work folder -> each step's seconds; CheckFailed at the first failure."""
    times: dict[str, float] = {}
    with step("build sdist and wheel", times):
        sdist, wheel = build(work / "dist", clean_copy(work / "source"))
    lacking = missing_from_wheel(wheel, expected_wheel_files()) + [
        f"sdist: {name}" for name in missing_from_sdist(sdist)]
    if lacking:
        raise CheckFailed(f"{wheel.name} lacks {', '.join(lacking)}")
    with step("install the wheel into a fresh virtualenv", times):
        bin_dir = install(wheel, work / "venv")
    here = work / "elsewhere"
    here.mkdir()
    with step("run the installed commands", times):
        check_installed(bin_dir, here)
    return times


def main(argv: list[str] | None = None) -> int:
    """Command line -> exit code."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    start = time.monotonic()
    if args.keep and args.keep.exists() and any(args.keep.iterdir()):
        print(f"package-check: --keep {args.keep}: not empty; give a new or empty folder",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="peerbot-package-") as temp:
        work = args.keep or Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        try:
            check(work)
        except CheckFailed as failed:
            print(f"package-check: FAILED: {failed}", file=sys.stderr)
            return 1
    print(f"package-check: passed in {time.monotonic() - start:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
