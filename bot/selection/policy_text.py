"""SelectionPolicy -> the report's bulleted summary of the rules applied; pure.

Every fixed word is a message of ``i18n/selection/`` (``peerbot-selection-policy-*``,
``peerbot-selection-criterion-*``), written in the report's language; the numbers (weights,
caps, points, seats) are their parameters, so a reader can redo a score in any language.
"""

from __future__ import annotations

from bot.core.i18n import msg
from bot.core.render import escape_text
from bot.selection.breakdown import exact_text
from bot.selection.policy import Criteria, SelectionPolicy
from bot.selection.score import format_score
from bot.selection.wording import Said, wikitext


def criteria_lines(criteria: Criteria, indent: str = "*") -> list[str]:
    """Criteria -> one line per criterion with its weight, cap, points and bonus: all a
    reader needs to redo a score from the counts in the evidence table."""
    lines = []
    if criteria.mentoring is not None:
        m = criteria.mentoring
        lines.append(msg("peerbot-selection-criterion-mentoring", exact_text(m.weight))
                     if m.cap is None else
                     msg("peerbot-selection-criterion-mentoring-cap", exact_text(m.weight), m.cap))
    if criteria.goals is not None:
        g = criteria.goals
        lines.append(msg("peerbot-selection-criterion-goals", exact_text(g.weight),
                         exact_text(g.met), exact_text(g.partial), exact_text(g.not_met),
                         exact_text(g.less_resourced_bonus)))
    if criteria.first_come is not None:
        lines.append(msg("peerbot-selection-criterion-first-come",
                         exact_text(criteria.first_come.weight)))
    if criteria.nominations is not None:
        n = criteria.nominations
        weights = (exact_text(n.weight), exact_text(n.recommendation_weight))
        lines.append(msg("peerbot-selection-criterion-nominations", *weights)
                     if n.cap is None else
                     msg("peerbot-selection-criterion-nominations-cap", *weights,
                         exact_text(n.cap, point=False)))
    if not lines:
        lines.append(msg("peerbot-selection-criterion-none"))
    return [f"{indent} {line}" for line in lines]


def quota_text(minimum: int, maximum: int | None) -> Said:
    """A quota's bounds -> "at least 2 and at most 3", "at most 1", "no limit"."""
    if minimum and maximum is not None:
        return Said("peerbot-selection-quota-min-max", minimum, maximum)
    if minimum:
        return Said("peerbot-selection-quota-min", minimum)
    if maximum is not None:
        return Said("peerbot-selection-quota-max", maximum)
    return Said("peerbot-selection-quota-no-limit")


def render_policy(policy: SelectionPolicy, seed: str, config_permalink: str | None = None) -> str:
    """Policy, seed used and config permalink -> a bulleted summary of the rules applied."""
    name = escape_text(policy.name)
    if config_permalink:
        target = config_permalink.replace("[", "").replace("]", "").replace("|", "")
        name = f"[{target} {name}]" if "://" in target else f"[[{target}|{name}]]"
    lines = [msg("peerbot-selection-policy-name", name)]
    if policy.description:
        lines.append(msg("peerbot-selection-policy-description", escape_text(policy.description)))
    lines.append(msg("peerbot-selection-policy-seats", policy.seats))
    lines = [f"* {line}" for line in lines]
    for track in policy.tracks:
        key = "peerbot-selection-policy-track" + ("-share" if track.share is not None else "") + (
            "-own" if track.criteria else "")
        share = () if track.share is None else (format_score(track.share),)
        lines.append("* " + msg(key, escape_text(track.name), track.seats, *share))
        if track.criteria:
            lines.extend(criteria_lines(track.criteria, "**"))
    more = []
    if policy.tracks:
        more.append(msg("peerbot-selection-policy-left-open" if policy.unused_track_seats
                        == "general" else "peerbot-selection-policy-left-empty",
                        policy.general_seats()))
    more.append(msg("peerbot-selection-policy-criteria-tracks" if policy.tracks
                    else "peerbot-selection-policy-criteria"))
    lines += [f"* {line}" for line in more] + criteria_lines(policy.criteria, "**")
    more = [msg("peerbot-selection-policy-quota", escape_text(quota.attribute),
                escape_text(quota.value), wikitext(quota_text(quota.min, quota.max)))
            for quota in policy.quotas]
    if policy.max_per_group is not None:
        more.append(msg("peerbot-selection-policy-group", policy.max_per_group))
    waitlist = policy.seats if policy.waitlist_size is None else policy.waitlist_size
    more.append(msg("peerbot-selection-policy-waitlist", waitlist))
    seed_code = f"<code>{escape_text(seed)}</code>"
    more.append(msg("peerbot-selection-policy-seed", seed_code)
                if policy.seed_revision is None else
                msg("peerbot-selection-policy-seed-revision", seed_code, policy.seed_revision))
    hidden = sorted(policy.hide)
    if hidden:
        more.append(msg("peerbot-selection-policy-hidden", escape_text(", ".join(hidden))))
    return "\n".join(lines + [f"* {line}" for line in more])
