"""Generate bot/core/data/site_names.json and site_dates.json from tools/sources/.

Usage: python tools/generate_site_names.py [--sources DIR] [--out PATH] [--dates-out PATH]

Reads only files of the repository (``tools/sources/``, filled by ``tools/copy_sources.py``
from an installed MediaWiki and from Wikimedia's production settings; sources and licences
in tools/sources/README.md):

- ``mediawiki.json``: for every language MediaWiki core ships, the names a link to a user
  can take (User and User talk with aliases and gender forms, the Special namespace,
  Special:Contributions' aliases), its fallbacks and digits (``$digitTransformTable``:
  ``٠١٢٣٤٥٦٧٨٩`` in Sorani and Arabic), its month names, short names and genitive forms and
  the local spelling of zone abbreviations (``timezone-utc``: ``ت ع م`` in Arabic); the
  language codes (``Names.php``) and a fresh install's interwiki prefixes;
- ``wikimedia/``: every Wikimedia wiki (``all.dblist``) with its own user namespace names
  (``wgExtraNamespaces``, ``wgNamespaceAliases``, ``wgExtraGenderNamespaces``: plwiki's
  ``Wikipedysta``/``Wikipedystka``, cswiki's ``Wikipedista``), language
  (``wgLanguageCode``), time zone (``wgLocaltimezone``) and title case rule
  (``wgCapitalLinks``), resolved as MediaWiki's SiteConfiguration does: the wiki's own
  value, else its family's (``wiktionary``), else ``default``; a ``+`` key merges.

PHP reads the PHP files. Nothing here is typed by hand except ``WIKIMEDIA_SHORTCUTS`` and
``FAMILIES`` below (Meta's interwiki map, which no source file holds). Running it again on
the same sources gives the same files (``tests/unit/test_site_names.py`` checks that).
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
SOURCES = ROOT / "tools" / "sources"

# Wikimedia's sister-project shortcuts (meta.wikimedia.org's interwiki map) and where each
# leads: a family, whose wiki a language prefix then names (``w:cs:`` -> cswiki), or one
# wiki. They are set on Wikimedia's servers, not in any source file, so they are named
# here. A live run reads the wiki's own interwiki map instead.
WIKIMEDIA_SHORTCUTS = {
    "w": "wikipedia", "wikt": "wiktionary", "b": "wikibooks", "n": "wikinews",
    "q": "wikiquote", "s": "wikisource", "v": "wikiversity", "voy": "wikivoyage",
    "c": "commonswiki", "commons": "commonswiki", "m": "metawiki", "meta": "metawiki",
    "d": "wikidatawiki", "f": "wikifunctionswiki", "mw": "mediawikiwiki",
    "species": "specieswiki", "incubator": "incubatorwiki", "wmf": "foundationwiki",
    "foundation": "foundationwiki", "outreach": "outreachwiki"}
# a family's database-name suffix (plwiki, frwiktionary)
FAMILIES = {"wikipedia": "wiki", "wiktionary": "wiktionary", "wikibooks": "wikibooks",
            "wikinews": "wikinews", "wikiquote": "wikiquote", "wikisource": "wikisource",
            "wikiversity": "wikiversity", "wikivoyage": "wikivoyage", "wikimedia": "wikimedia"}

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


def read_sources(sources: Path) -> dict:
    """tools/sources/ -> the MediaWiki extract (``mediawiki.json``)."""
    path = sources / "mediawiki.json"
    if not path.exists():
        raise SystemExit(f"{path} is missing: run tools/copy_sources.py --mediawiki DIR")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# Reads the trimmed settings files; NS_* come from the MediaWiki extract, and a constant
# MediaWiki core does not define (an extension's: NS_MODULE, NS_PORTAL) gets a number no
# namespace has: only User and User talk are read.
WIKIMEDIA_PHP = r"""
$constants = json_decode(file_get_contents($argv[1]), true);
foreach ($constants as $name => $value) { define($name, $value); }
$out = [];
foreach (array_slice($argv, 2) as $i => $path) {
    preg_match_all('/\bNS_[A-Z_]+\b/', file_get_contents($path), $m);
    foreach (array_unique($m[0]) as $j => $name) {
        if (!defined($name)) { define($name, -1000 - 100 * $i - $j); }
    }
    $out = array_merge($out, include $path);
}
echo json_encode($out, JSON_UNESCAPED_UNICODE);
"""


def read_wikimedia(sources: Path, constants: dict[str, int]) -> tuple[dict, list[str], list[str]]:
    """tools/sources/wikimedia/ -> (settings, database names, language codes)."""
    folder = sources / "wikimedia"
    files = [folder / "core-Namespaces.php", folder / "InitialiseSettings.php"]
    missing = [f for f in files if not f.exists()]
    if missing:
        raise SystemExit(f"{missing[0]} is missing: run tools/copy_sources.py --wikimedia DIR")
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as tmp:
        json.dump(constants, tmp)
        tmp.flush()
        done = subprocess.run(["php", "-r", WIKIMEDIA_PHP, tmp.name, *map(str, files)],
                              capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"php failed: {done.stderr.strip()[-500:]}")

    def listed(name: str) -> list[str]:
        text = (folder / name).read_text(encoding="utf-8")
        return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]

    return json.loads(done.stdout), listed("all.dblist"), listed("langlist")


def family_of(db: str) -> tuple[str, str]:
    """Database name -> (family, language part): 'frwiktionary' -> ('wiktionary', 'fr'),
    'be_x_oldwiki' -> ('wikipedia', 'be-x-old'); a wiki of no family -> ('', name)."""
    for family, suffix in sorted(FAMILIES.items(), key=lambda f: -len(f[1])):
        if db.endswith(suffix) and len(db) > len(suffix):
            return family, db[:-len(suffix)].replace("_", "-")
    return "", db


def setting(settings: dict, name: str, db: str, family: str) -> object:
    """One setting for one wiki, as SiteConfiguration resolves it: the wiki's value, else
    its family's, else 'default'; '+wiki' / '+family' arrays merge into what they extend."""
    table = settings.get(name, {})
    value = table.get("default")
    for key in (family, db):
        if not key:
            continue
        if key in table:
            value = table[key]
        if "+" + key in table:
            extra = table["+" + key]
            if isinstance(value, dict) and isinstance(extra, dict):
                value = {**value, **extra}
            elif isinstance(value, list) and isinstance(extra, list):
                value = value + extra
            else:
                value = extra
    return value


def _ns_names(value: object, number: int) -> list[str]:
    """A namespace-number-keyed array (wgExtraNamespaces) -> the name(s) at ``number``."""
    if isinstance(value, list):
        value = dict(enumerate(value))
    if not isinstance(value, dict):
        return []
    found = value.get(str(number), value.get(number))
    if isinstance(found, dict):  # gender forms
        return [v for v in found.values() if isinstance(v, str)]
    return [found] if isinstance(found, str) else []


def build_wikis(sources: Path, constants: dict[str, int], codes: list[str]) -> dict:
    """tools/sources/wikimedia/ -> {database name: what differs from its language's
    defaults}: its own user and user talk names, language, time zone, title case rule."""
    settings, dbs, langs = read_wikimedia(sources, constants)
    known = set(codes)
    editions = set(langs)
    wikis = {}
    for db in sorted(set(dbs)):
        family, part = family_of(db)
        if family == "wikipedia" and part not in editions:
            family = "special"  # metawiki, commonswiki ...: Wikimedia's special.dblist
        lang = setting(settings, "wgLanguageCode", db, family)
        lang = part if lang in (None, "$lang") else str(lang)
        entry: dict[str, object] = {}
        if lang != part or family in ("special", "wikimedia"):
            entry["lang"] = lang if lang in known else "en"
        aliases = setting(settings, "wgNamespaceAliases", db, family)
        aliases = aliases if isinstance(aliases, dict) else {}
        for key, number in (("user", NS_USER), ("user_talk", NS_USER_TALK)):
            names = _ns_names(setting(settings, "wgExtraNamespaces", db, family), number)
            names += _ns_names(setting(settings, "wgExtraGenderNamespaces", db, family), number)
            names += [alias for alias, ns in aliases.items() if ns == number]
            names = sorted({n.replace("_", " ") for n in names if n})
            if names:
                entry[key] = names
        zone = setting(settings, "wgLocaltimezone", db, family)
        if isinstance(zone, str) and zone != "UTC":
            entry["timezone"] = zone
        if setting(settings, "wgCapitalLinks", db, family) is False:
            entry["capital_links"] = False
        if entry:
            wikis[db] = entry
    return wikis


def build(sources: Path) -> dict:
    """tools/sources/ -> the site-names table (plain data, sorted)."""
    extract = read_sources(sources)
    languages = {}
    for code, data in sorted(extract["languages"].items()):
        entry = {"user": _names_for(data, NS_USER), "user_talk": _names_for(data, NS_USER_TALK),
                 "special": _names_for(data, NS_SPECIAL),
                 "contributions": sorted({n.replace("_", " ") for n in data["contributions"]}),
                 "fallback": _fallbacks(data["fallback"])}
        languages[code] = {key: value for key, value in entry.items() if value}
    return {
        "about": "Generated by tools/generate_site_names.py from tools/sources/ (MediaWiki's "
                 "language files, Wikimedia's production settings); do not edit by hand.",
        "mediawiki": extract["mediawiki"],
        "canonical": {"user": ["User"], "user_talk": ["User talk"], "special": ["Special"],
                      "contributions": ["Contributions"], "centralauth": ["CentralAuth"]},
        "language_codes": extract["language_codes"],
        "interwiki": extract["interwiki"],
        "wikimedia_shortcuts": sorted(WIKIMEDIA_SHORTCUTS),
        "shortcut_targets": dict(sorted(WIKIMEDIA_SHORTCUTS.items())),
        "families": dict(sorted(FAMILIES.items())),
        "wikis": build_wikis(sources, extract["namespace_constants"], extract["language_codes"]),
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


def build_dates(sources: Path) -> dict:
    """tools/sources/ -> the site-dates table: digits and month names per language."""
    extract = read_sources(sources)
    languages = {}
    for code, data in sorted(extract["languages"].items()):
        messages = extract["messages"].get(code, {})
        entry = {"digits": _digits(data.get("digits")), **_months(messages),
                 "fallback": _fallbacks(data["fallback"])}
        languages[code] = {key: value for key, value in entry.items() if value}
    return {
        "about": "Generated by tools/generate_site_names.py from MediaWiki's language files; "
                 "do not edit by hand.",
        "mediawiki": extract["mediawiki"],
        "languages": languages,
    }


def render(table: dict) -> str:
    """Table -> the file's text: stable JSON, one language per line."""
    head = {k: v for k, v in table.items() if k not in ("languages", "wikis")}
    lines = ["{"]
    for key, value in head.items():
        lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    for part in ("wikis", "languages"):
        if part not in table:
            continue
        lines.append(f'  "{part}": {{')
        items = list(table[part].items())
        for i, (code, entry) in enumerate(items):
            comma = "," if i + 1 < len(items) else ""
            lines.append(f"    {json.dumps(code)}: {json.dumps(entry, ensure_ascii=False)}{comma}")
        lines.append("  }," if part == "wikis" else "  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dates-out", type=Path, default=DATES_OUT)
    args = parser.parse_args(argv)
    for path, text in ((args.out, render(build(args.sources))),
                       (args.dates_out, render(build_dates(args.sources)))):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        table = json.loads(text)
        print(f"{path}: {len(table['languages'])} languages from MediaWiki "
              f"{table['mediawiki']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
