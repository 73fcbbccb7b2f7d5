"""Copy into tools/sources/ what tools/generate_site_names.py reads, so a fresh clone
regenerates bot/core/data/site_names.json and site_dates.json from repository files only.

Usage: python tools/copy_sources.py [--mediawiki DIR] [--wikimedia DIR]

- ``--wikimedia DIR``: Wikimedia's production settings (wikimedia/operations-mediawiki-config:
  ``wmf-config/core-Namespaces.php``, ``wmf-config/InitialiseSettings.php``,
  ``dblists/all.dblist``, ``langlist``). The two PHP files are trimmed to the settings the
  generator reads (``SETTINGS`` below), each copied as it stands; the lists are copied whole.
  Written to ``tools/sources/wikimedia/``.
- ``--mediawiki DIR``: an installed MediaWiki (Debian's ``mediawiki`` package:
  /usr/share/mediawiki). What the generator needs of its language files (namespace names,
  aliases, gender forms, Special:Contributions' aliases, fallbacks, digits; month names
  and zone messages of ``languages/i18n/*.json``; the namespace constants, the language
  codes, the fresh install's interwiki prefixes and the version) is read with PHP and
  written as ``tools/sources/mediawiki.json``.

Running it again on the same inputs gives the same files. Licences: both sources are
GPL-2.0-or-later (tools/sources/README.md).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_site_names import (
    MONTHS,
    MONTHS_SHORT,
    SOURCES,
    interwiki_prefixes,
    read_languages,
)

# the settings the generator reads, per file
SETTINGS = {
    "core-Namespaces.php": ("wgExtraNamespaces", "wgNamespaceAliases"),
    "InitialiseSettings.php": ("wgLanguageCode", "wgLocaltimezone", "wgCapitalLinks",
                               "wgExtraGenderNamespaces"),
}
LISTS = ("all.dblist", "langlist")


def trim_settings(text: str, names: tuple[str, ...], source: str) -> str:
    """A settings file (``return [ 'wgX' => [ ... ], ... ];``) -> a PHP file returning only
    ``names``, each setting's lines copied as they stand."""
    lines = text.split("\n")
    out = ["<?php", f"// Trimmed by tools/copy_sources.py from {source}: only the settings",
           "// tools/generate_site_names.py reads, each as it stands. GPL-2.0-or-later.",
           "return ["]
    for name in names:
        start = lines.index(f"'{name}' => [")
        end = lines.index("],", start)
        out += lines[start:end + 1]
    return "\n".join(out + ["];", ""])


def copy_wikimedia(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name, settings in SETTINGS.items():
        text = (source / name).read_text(encoding="utf-8")
        (target / name).write_text(trim_settings(text, settings, f"wmf-config/{name}"),
                                   encoding="utf-8")
    for name in LISTS:
        shutil.copyfile(source / name, target / name)


def mediawiki_extract(mediawiki: Path) -> dict:
    """An installed MediaWiki -> the parts of it the generator reads (plain data)."""
    raw = read_languages(mediawiki)
    codes = sorted(raw.pop("*codes"))
    defines = (mediawiki / "includes" / "Defines.php").read_text(encoding="utf-8")
    version = re.search(r"define\( 'MW_VERSION', '([^']+)' \);", defines)
    constants = dict(sorted((name, int(value)) for name, value in re.findall(
        r"^define\( '(NS_[A-Z_]+)', (-?\d+) \);", defines, re.MULTILINE)))
    wanted = {m.replace("may", "may_long") for m in MONTHS} | set(MONTHS_SHORT) \
        | {m + "-gen" for m in MONTHS}
    messages = {}
    for code in sorted(raw):
        path = mediawiki / "languages" / "i18n" / f"{code}.json"
        found = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        kept = {k: v for k, v in found.items()
                if k in wanted or re.fullmatch(r"timezone-[a-z]+", k)}
        if kept:
            messages[code] = dict(sorted(kept.items()))
    return {"about": f"Extracted by tools/copy_sources.py from MediaWiki "
                     f"{version.group(1) if version else 'unknown'} (GPL-2.0-or-later)",
            "mediawiki": version.group(1) if version else "unknown",
            "namespace_constants": constants, "language_codes": codes,
            "interwiki": interwiki_prefixes(mediawiki), "languages": raw,
            "messages": messages}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mediawiki", type=Path)
    parser.add_argument("--wikimedia", type=Path)
    args = parser.parse_args(argv)
    if not args.mediawiki and not args.wikimedia:
        parser.error("give --mediawiki DIR, --wikimedia DIR or both")
    if args.wikimedia:
        copy_wikimedia(args.wikimedia, SOURCES / "wikimedia")
        print(f"{SOURCES / 'wikimedia'}: copied from {args.wikimedia}", file=sys.stderr)
    if args.mediawiki:
        data = mediawiki_extract(args.mediawiki)
        (SOURCES / "mediawiki.json").write_text(
            json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
            encoding="utf-8")
        print(f"{SOURCES / 'mediawiki.json'}: {len(data['languages'])} languages",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
