"""Generate bot/core/data/site_names.json from the language files MediaWiki core ships.

Usage: python tools/generate_site_names.py [--mediawiki DIR] [--out PATH] [--dates-out PATH]

For every ``languages/messages/Messages*.php`` of an installed MediaWiki (Debian's
``mediawiki`` package: /usr/share/mediawiki) it records the names a link to a user can
take in that language: the User and User talk namespaces with their aliases and gender
forms, the Special namespace, and the aliases of Special:Contributions. It also records
each language's fallback chain, the language codes MediaWiki knows (``Names.php``) and the
interwiki prefixes of a fresh install (``maintenance/interwiki.list``).

It also writes bot/core/data/site_dates.json: for every language, how its wiki writes a
signature's date: the digits (``$digitTransformTable``: ``٠١٢٣٤٥٦٧٨٩`` in Sorani and
Arabic, ``۰۱۲۳۴۵۶۷۸۹`` in Persian) and the month names, short names and genitive forms
(``languages/i18n/CODE.json``: ``january``, ``jan``, ``january-gen``) and the local
spelling of zone abbreviations (``timezone-utc``: ``ت ع م`` in Arabic). PHP reads the PHP
files; nothing here is typed by hand except WIKIMEDIA_SHORTCUTS below, which no file of
MediaWiki core holds. Running it again on the same MediaWiki gives the same file
(``tests/unit/test_site_names.py`` checks that).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bot" / "core" / "data" / "site_names.json"
DATES_OUT = ROOT / "bot" / "core" / "data" / "site_dates.json"
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MONTHS_SHORT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
MEDIAWIKI = Path("/usr/share/mediawiki")

# Wikimedia's sister-project shortcuts (meta.wikimedia.org's interwiki map); they are set on
# Wikimedia's servers, not in MediaWiki core, so the offline table names them here. A live
# run reads the wiki's own interwiki map instead.
WIKIMEDIA_SHORTCUTS = ("b", "c", "d", "f", "m", "mw", "n", "q", "s", "species", "v", "voy",
                       "w", "wikt", "wmf", "foundation", "incubator", "meta", "outreach")

# Reads one Messages file inside a function, so its variables stay local; NS_* constants
# come from the install's own Defines.php lines.
PHP = r"""
foreach (file($argv[1]) as $line) {
    if (preg_match("/^define\\( '(NS_[A-Z_]+)', (-?\\d+) \\);/", $line, $m)) {
        define($m[1], (int)$m[2]);
    }
}
define('MEDIAWIKI', 1);
function load($path) {
    include $path;
    return [
        'names' => $namespaceNames ?? [],
        'aliases' => $namespaceAliases ?? [],
        'gender' => $namespaceGenderAliases ?? [],
        'contributions' => $specialPageAliases['Contributions'] ?? [],
        'fallback' => $fallback ?? '',
        'digits' => $digitTransformTable ?? [],
    ];
}
$out = [];
foreach (array_slice($argv, 3) as $path) {
    $code = strtolower(str_replace('_', '-', substr(basename($path, '.php'), 8)));
    $out[$code] = load($path);
}
require $argv[2];
$out['*codes'] = array_keys(MediaWiki\Languages\Data\Names::$names);
echo json_encode($out, JSON_UNESCAPED_UNICODE);
"""

NS_SPECIAL, NS_USER, NS_USER_TALK = -1, 2, 3


def _names_for(data: dict, number: int) -> list[str]:
    """One language's raw PHP arrays -> every name of namespace ``number`` (spaces, not _)."""
    names = data["names"]
    if isinstance(names, list):  # PHP arrays with keys 0..n arrive as JSON lists
        names = dict(enumerate(names))
    found = [names.get(str(number), names.get(number))] if isinstance(names, dict) else []
    aliases = data["aliases"] if isinstance(data["aliases"], dict) else {}
    found += [alias for alias, ns in aliases.items() if ns == number]
    gender = data["gender"] if isinstance(data["gender"], dict) else {}
    found += list((gender.get(str(number)) or {}).values())
    return sorted({n.replace("_", " ") for n in found if n and "$1" not in n})


def _fallbacks(value: object) -> list[str]:
    """$fallback ('de', 'de, en', or false in a few files) -> the codes it names."""
    return [f.strip() for f in value.split(",") if f.strip()] if isinstance(value, str) else []


def read_languages(mediawiki: Path) -> dict:
    """An installed MediaWiki -> its language files as PHP arrays (decoded JSON)."""
    files = sorted((mediawiki / "languages" / "messages").glob("Messages*.php"))
    if not files:
        raise SystemExit(f"no languages/messages/Messages*.php under {mediawiki}: "
                         "install Debian's mediawiki package (`make deps`)")
    done = subprocess.run(["php", "-r", PHP, str(mediawiki / "includes" / "Defines.php"),
                           str(mediawiki / "includes" / "languages" / "data" / "Names.php"),
                           *map(str, files)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"php failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def interwiki_prefixes(mediawiki: Path) -> list[str]:
    """maintenance/interwiki.list -> the prefixes of a fresh install."""
    text = (mediawiki / "maintenance" / "interwiki.list").read_text(encoding="utf-8")
    return sorted({line.split("|", 1)[0].strip().lower() for line in text.splitlines()
                   if line.strip() and not line.startswith("#") and "|" in line})


def build(mediawiki: Path) -> dict:
    """An installed MediaWiki -> the site-names table (plain data, sorted)."""
    raw = read_languages(mediawiki)
    codes = sorted(raw.pop("*codes"))
    version = re.search(r"define\( 'MW_VERSION', '([^']+)' \);",
                        (mediawiki / "includes" / "Defines.php").read_text(encoding="utf-8"))
    languages = {}
    for code, data in sorted(raw.items()):
        entry = {"user": _names_for(data, NS_USER), "user_talk": _names_for(data, NS_USER_TALK),
                 "special": _names_for(data, NS_SPECIAL),
                 "contributions": sorted({n.replace("_", " ") for n in data["contributions"]}),
                 "fallback": _fallbacks(data["fallback"])}
        languages[code] = {key: value for key, value in entry.items() if value}
    return {
        "about": "Generated by tools/generate_site_names.py from MediaWiki's language files; "
                 "do not edit by hand.",
        "mediawiki": version.group(1) if version else "unknown",
        "canonical": {"user": ["User"], "user_talk": ["User talk"], "special": ["Special"],
                      "contributions": ["Contributions"], "centralauth": ["CentralAuth"]},
        "language_codes": codes,
        "interwiki": interwiki_prefixes(mediawiki),
        "wikimedia_shortcuts": sorted(WIKIMEDIA_SHORTCUTS),
        "languages": languages,
    }


def _digits(raw: object) -> str:
    """$digitTransformTable -> its ten digits in order ('' when it has not all ten)."""
    table = dict(enumerate(raw)) if isinstance(raw, list) else raw
    if not isinstance(table, dict):
        return ""
    found = [table.get(str(d), table.get(d)) for d in range(10)]
    digits = "".join(f for f in found if isinstance(f, str) and len(f) == 1)
    return "" if len(digits) != 10 or digits == "0123456789" else digits


def _months(messages: dict) -> dict:
    """One i18n JSON -> {"months": [...], "short": [...], "genitive": [...]}, each only when
    all twelve are there (a language missing some takes its fallback's)."""
    out: dict[str, object] = {}
    long = tuple(name.replace("may", "may_long") for name in MONTHS)  # "may" is the short one
    for key, suffix, names in (("months", "", long), ("short", "", MONTHS_SHORT),
                               ("genitive", "-gen", MONTHS)):
        found = [messages.get(name + suffix) for name in names]
        words = [f.strip() for f in found if isinstance(f, str) and f.strip()]
        if len(words) == 12:
            out[key] = words
    if out.get("genitive") == out.get("months"):
        out.pop("genitive", None)  # most languages: the genitive is the name itself
    # ~~~~ writes the zone's abbreviation through the message timezone-ABBR when it exists
    # (MWTimestamp::getTimezoneMessage): "(ت ع م)" is UTC on an Arabic wiki.
    zones = {key[len("timezone-"):].upper(): value.strip() for key, value in messages.items()
             if key.startswith("timezone-") and key != "timezone-local"
             and re.fullmatch(r"timezone-[a-z]+", key) and isinstance(value, str)
             and value.strip() and value.strip().upper() != key[len("timezone-"):].upper()}
    if zones:
        out["zones"] = dict(sorted(zones.items()))
    return out


def build_dates(mediawiki: Path) -> dict:
    """An installed MediaWiki -> the site-dates table: digits and month names per language."""
    raw = read_languages(mediawiki)
    raw.pop("*codes")
    i18n = mediawiki / "languages" / "i18n"
    languages = {}
    for code, data in sorted(raw.items()):
        path = i18n / f"{code}.json"
        messages = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        entry = {"digits": _digits(data.get("digits")), **_months(messages),
                 "fallback": _fallbacks(data["fallback"])}
        languages[code] = {key: value for key, value in entry.items() if value}
    version = re.search(r"define\( 'MW_VERSION', '([^']+)' \);",
                        (mediawiki / "includes" / "Defines.php").read_text(encoding="utf-8"))
    return {
        "about": "Generated by tools/generate_site_names.py from MediaWiki's language files; "
                 "do not edit by hand.",
        "mediawiki": version.group(1) if version else "unknown",
        "languages": languages,
    }


def render(table: dict) -> str:
    """Table -> the file's text: stable JSON, one language per line."""
    head = {k: v for k, v in table.items() if k != "languages"}
    lines = ["{"]
    for key, value in head.items():
        lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    lines.append('  "languages": {')
    items = list(table["languages"].items())
    for i, (code, entry) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        lines.append(f"    {json.dumps(code)}: {json.dumps(entry, ensure_ascii=False)}{comma}")
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mediawiki", type=Path, default=MEDIAWIKI)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dates-out", type=Path, default=DATES_OUT)
    args = parser.parse_args(argv)
    for path, text in ((args.out, render(build(args.mediawiki))),
                       (args.dates_out, render(build_dates(args.mediawiki)))):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        table = json.loads(text)
        print(f"{path}: {len(table['languages'])} languages from MediaWiki "
              f"{table['mediawiki']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
