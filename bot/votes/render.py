"""TallyResult -> wikitext: outcome sentence, results table, voter lists, exclusions, Schulze
winner and matrices; pure.

Only core MediaWiki features: sortable wikitables, ``mw-collapsible``, and bars drawn as
nested ``<div>`` with inline CSS (no extension, no template). Every value that came from a
page (subject, user, candidate names) passes through ``bot.render.escape_text`` (or
``bot.render.user_link``, which uses it), so no vote can inject markup. The wording of
outcomes and reasons lives in ``bot.votes.outcome``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from bot.core.i18n import FALLBACK, QQX, language, msg
from bot.core.lookalike import differences, lookalike_groups
from bot.core.render import collapsible, escape_text, table, user_link, wiki_time
from bot.votes.clean import HIDDEN_MESSAGES
from bot.votes.model import HIDDEN, Excluded
from bot.votes.outcome import (
    in_rank_order,
    outcome_sentence,
    pass_rule,
    percent_text,
    ranked_sentence,
    result_reason,
    schulze_explained,
)
from bot.votes.tally import RankedTally, SubjectTally, TallyResult

# Green for a row that passes, grey for one that does not (not passing is no alarm), blue
# when the vote has no thresholds.
BAR_COLOURS = {"pass": "#14866d", "fail": "#72777d", None: "#36c"}

# reasons a vote is not counted that have words of their own (peerbot-votes-reason-CODE,
# the code's other characters as "-"); any other shows its code only, which the docs explain
REASONS = ("reply", "unsigned", "struck", "no-stance", "invalid", "duplicate", "changed",
           "tampered", "forged", "early", "late", "unverifiable", "removed", "withdrawn",
           "changed after the close", "ineligible:excluded", "ineligible:account",
           "ineligible:registered_before", "ineligible:min_edits", "ineligible:blocked",
           "ineligible:partially_blocked", "ineligible:bot", "ineligible:group")
STANCES = ("support", "oppose", "neutral")  # peerbot-votes-stance-name-STANCE


# MediaWiki's #time format of "14:29, 10 October 2016", the wiki's default in English
TIME_FORMAT = "H:i, j F Y"


def shown_time(stamp: datetime | None) -> str:
    """A time -> as people read it in the report's language: in English the wiki's default
    format as plain text ("14:29, 10 October 2016", UTC); in any other language
    ParserFunctions' ``{{#time:}}`` in that language with the format of the message
    peerbot-votes-time-format, so the wiki names the month (``qqx``: English's format, the
    month shown as MediaWiki's key "(october)"). "" for None."""
    if stamp is None:
        return ""
    code = language()
    if code == FALLBACK:
        return wiki_time(stamp)
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC)
    shape = TIME_FORMAT if code == QQX else msg("peerbot-votes-time-format")
    return f"{{{{#time:{shape}|{stamp:%Y-%m-%dT%H:%M:%S}Z|{code}}}}}"


def reason_key(code: str) -> str:
    """A reason code -> the key of its words ("ineligible:min_edits" ->
    "peerbot-votes-reason-ineligible-min-edits")."""
    return "peerbot-votes-reason-" + re.sub(r"[^a-z0-9]+", "-", code.lower()).strip("-")


def stance_name(stance: str) -> str:
    """A stance code -> its word in the report's language (any other text as it is,
    escaped by whoever shows it)."""
    return msg(f"peerbot-votes-stance-name-{stance}") if stance in STANCES else stance


def hidden_why(reason: str) -> str:
    """A ``hidden`` reason code -> why readers cannot see the vote, in the report's
    language (plain text), "" for any other reason."""
    why = reason.removeprefix(f"{HIDDEN}: ")
    return msg(HIDDEN_MESSAGES[why]) if why != reason and why in HIDDEN_MESSAGES else ""


def render_percent(percent: float | None) -> str:
    """Support percent -> '96.79%' (two decimals), '–' when there is none."""
    return percent_text(percent)


def render_bar(percent: float | None, passed: bool | None = None,
               threshold: float | None = None) -> str:
    """Support percent -> a horizontal bar in plain HTML/CSS: a grey track, a part filled as
    far as the percent and coloured by whether the row passes, a dark line at the support
    threshold when there is one."""
    width = 0.0 if percent is None else max(0.0, min(100.0, percent))
    colour = BAR_COLOURS["pass" if passed else "fail" if passed is False else None]
    mark = ("" if threshold is None else
            '<div class="peerbot-threshold" style="position:absolute;top:-2px;bottom:-2px;'
            f'left:{max(0.0, min(100.0, threshold)):.2f}%;border-left:2px solid #202122">'
            "</div>")
    return ('<div style="width:10em;background:#eaecf0;border:1px solid #a2a9b1;'
            'height:0.9em;position:relative" title="' + render_percent(percent) + '">'
            f'<div style="background:{colour};width:{width:.2f}%;height:100%"></div>'
            f"{mark}</div>")


def _sort_cell(value: float | None, shown: str) -> str:
    key = -1 if value is None else value
    return f'data-sort-value="{key}" | {shown}'


def _table(header: list[str], rows: list[list[str]], classes: str = "wikitable sortable",
           caption: str = "") -> str:
    extra = " ".join(c for c in classes.split() if c not in ("wikitable", "sortable"))
    return table(header, rows, sortable="sortable" in classes.split(), caption=caption,
                 classes=extra)


def _subject_name(subject: str) -> str:
    return escape_text(subject) if subject else "''" + msg("peerbot-votes-this-vote") + "''"


def render_results_table(result: TallyResult) -> str:
    """TallyResult -> sortable wikitable, one row per subject/option in rank order (equal
    ranks in page order), with bars and each result's reason in numbers."""
    header = [msg(f"peerbot-votes-col-{name}") for name in (
        "subject", "support", "oppose", "neutral", "percent", "net", "bar", "rank", "result")]
    rows = []
    for t in in_rank_order(result):
        key = round(t.support_percent, 4) if t.support_percent is not None else None
        rows.append([
            _subject_name(t.subject), str(t.support), str(t.oppose), str(t.neutral),
            _sort_cell(key, render_percent(t.support_percent)), str(t.net),
            _sort_cell(key, render_bar(t.support_percent, t.passed,
                                       result.min_support_percent)),
            str(t.rank), _result_cell(t, result),
        ])
    table = _table(header, rows)
    rule = _threshold_text(result)
    return table + ("\n" + rule if rule else "")


def _result_cell(tally: SubjectTally, result: TallyResult) -> str:
    reason = result_reason(tally, result)
    return f'data-sort-value="{int(bool(tally.passed))}" | {reason}' if reason else ""


def _threshold_text(result: TallyResult) -> str:
    rule = pass_rule(result)
    if not rule:
        return ""
    if result.min_support_percent is None:
        return "''" + msg("peerbot-votes-legend", rule) + "''"
    return "''" + msg("peerbot-votes-legend-line", rule, f"{result.min_support_percent:g}") + "''"


def render_outcome(result: TallyResult) -> str:
    """TallyResult -> the vote's outcome sentence in a block of its own ("" with no rows)."""
    sentence = outcome_sentence(result)
    return f'<div class="peerbot-outcome">{sentence}</div>' if sentence else ""


def render_voters(tally: SubjectTally) -> str:
    """SubjectTally -> collapsible lists of the counted voters, per stance, in page order."""
    parts = []
    for stance in ("support", "oppose", "neutral"):
        votes = [v for v in tally.votes if v.stance == stance]
        if not votes:
            continue
        parts.append("; " + msg(f"peerbot-votes-stance-{stance}", len(votes)))
        for vote in votes:
            when = shown_time(vote.timestamp)
            stamp = f' <small style="white-space:nowrap">{when}</small>' if when else ""
            parts.append(f"# {user_link(vote.user)}{stamp} "
                         f"<small>({msg('peerbot-votes-line', vote.line)})</small>")
    body = "\n".join(parts) if parts else "''" + msg("peerbot-votes-no-voters") + "''"
    return collapsible(msg("peerbot-votes-voters", _subject_name(tally.subject),
                           len(tally.votes)), body)


def _excluded_rows(records: tuple[Excluded, ...], ballots: bool) -> list[list[str]]:
    return [[_sort_cell(e.line, str(e.line)),
             user_link(e.user) if e.user else "''" + msg("peerbot-votes-unknown") + "''",
             msg("peerbot-votes-subject-ranking") if ballots else _subject_name(e.subject),
             stance_name(e.stance) if e.stance in STANCES else escape_text(e.stance or ""),
             _reason(e)]
            for e in records]


def _reason(record: Excluded) -> str:
    """Excluded record -> why, in words and code; an unsigned vote says who added it."""
    why = hidden_why(record.reason)
    if why:
        return msg("peerbot-votes-reason-hidden", escape_text(why)) + f" (<code>{HIDDEN}</code>)"
    code = f"<code>{escape_text(record.reason)}</code>"
    if record.reason not in REASONS:
        return code
    text = msg(reason_key(record.reason))
    if record.reason == "unsigned" and record.editor and record.revision:
        text += msg("peerbot-semicolon") + msg("peerbot-votes-added-by",
                                                user_link(record.editor), record.revision)
    return f"{text} ({code})"


def render_excluded(records: tuple[Excluded, ...], title: str = "",
                    ballots: bool = False) -> str:
    """Excluded records -> a collapsible sortable table: line, user, subject, stance, reason
    (``title``: "Not counted" in the report's language when not given; ``ballots``: ranked
    ballots, whose subject is the ranking)."""
    title = title or msg("peerbot-votes-not-counted")
    if not records:
        return "''" + msg("peerbot-votes-nothing", title) + "''"
    rows = _table([msg(f"peerbot-votes-col-{name}") for name in (
        "line", "user", "subject", "stance", "reason")], _excluded_rows(records, ballots))
    return collapsible(msg("peerbot-votes-titled-count", title, len(records)), rows)


def _grid(names: list[str], grid: tuple[tuple[int, ...], ...], caption: str) -> str:
    rows = []
    for i, name in enumerate(names):
        cells = [f"'''{name}'''"]
        for j in range(len(names)):
            if i == j:
                cells.append("–")
            elif grid[i][j] > grid[j][i]:
                cells.append(f"'''{grid[i][j]}'''")
            else:
                cells.append(str(grid[i][j]))
        rows.append(cells)
    return _table([""] + names, rows, classes="wikitable", caption=caption)


def render_ranked(ranked: RankedTally, result: TallyResult | None = None) -> str:
    """RankedTally (and the vote's table) -> the winner in one sentence, the Schulze order
    (ties shown), then the pairwise matrix and strongest paths collapsed under a one-line
    explanation of the method."""
    names = [escape_text(c) for c in ranked.candidates]
    table_of = result if result is not None else TallyResult("", "", (), ())
    out = [f'<div class="peerbot-ranked-outcome">{ranked_sentence(ranked, table_of)}</div>']
    order = []
    for group in ranked.order:
        shown = ", ".join(escape_text(c) for c in group)
        order.append(f"# {shown}" + (" ''" + msg("peerbot-votes-tie") + "''"
                                     if len(group) > 1 else ""))
    out.append("\n".join(order) if order else "''" + msg("peerbot-votes-no-candidates") + "''")
    if names:
        grids = "\n".join(_grid(names, grid, caption) for caption, grid in (
            (msg("peerbot-votes-pairwise"), ranked.matrix),
            (msg("peerbot-votes-paths"), ranked.paths)))
        out.append(f"''{schulze_explained()}''\n"
                   + collapsible(msg("peerbot-votes-matrices"), grids))
    if ranked.excluded:
        out.append(render_excluded(ranked.excluded, msg("peerbot-votes-ballots-not-counted"),
                                   ballots=True))
    return "\n".join(out)


def voter_names(result: TallyResult) -> set[str]:
    """TallyResult -> every account named on its report: voters, ballots, not counted."""
    names = {v.user for t in result.subjects for v in t.votes}
    names |= {e.user for e in result.excluded if e.user}
    if result.ranked is not None:
        names |= {b.user for b in result.ranked.ballots}
        names |= {e.user for e in result.ranked.excluded if e.user}
    return names


def _letters_differ(first: str, second: str) -> list[str]:
    """Two look-alike names -> each letter where they differ, in the report's language
    (the letters and their Unicode names as values), as ``differences`` finds them."""
    a, b = unicodedata.normalize("NFD", first), unicodedata.normalize("NFD", second)
    if not differences(first, second):
        return []
    return [msg("peerbot-votes-lookalike-letter", repr(x), unicodedata.name(x, hex(ord(x))),
                repr(y), unicodedata.name(y, hex(ord(y))))
            for x, y in zip(a, b, strict=True) if x != y]


def render_lookalikes(names: set[str]) -> str:
    """Account names -> a notice with one row per group of names that look alike (Unicode
    confusables: Cyrillic А in Аlice, Latin A in Alice), naming every account and how the
    names differ; '' when there is none."""
    groups = lookalike_groups(names)
    if not groups:
        return ""
    rows = []
    for group in groups:
        how = [f"{other}: "
               + ("; ".join(_letters_differ(other, group[0]))
                  or msg("peerbot-votes-other-letters"))
               for other in group[1:]]
        rows.append([", ".join(user_link(name) for name in group),
                     escape_text(" / ".join(how))])
    return (msg("peerbot-votes-lookalikes", len(groups)) + "\n"
            + table([msg("peerbot-votes-col-accounts"), msg("peerbot-votes-col-differ")], rows,
                    sortable=False))


def render_tally(result: TallyResult) -> str:
    """TallyResult -> the full wikitext of one vote's report section (deterministic): the
    outcome sentence, the results table in rank order, names that look alike, voters,
    exclusions, ranked ballots."""
    out = [render_outcome(result), render_results_table(result)] if result.subjects else []
    lookalikes = render_lookalikes(voter_names(result))
    if lookalikes:
        out.append(lookalikes)
    out.extend(render_voters(t) for t in in_rank_order(result))
    out.append(render_excluded(result.excluded))
    if result.ranked is not None:
        out.append(render_ranked(result.ranked, result))
    return "\n\n".join(out) + "\n"
