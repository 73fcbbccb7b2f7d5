"""The wiki's rename log -> each old account name and the name it goes by now; pure.

History shows a renamed account's revisions under its new name, while the signatures it
typed keep the old one: without the log, a renamed voter's own vote would read as written
by someone else. Chains are followed (A -> B, later B -> C: A is C now), and a name taken
again by a new account after its owner was renamed away is that new account again from
then on: the log is read in order.
"""

from __future__ import annotations

from collections.abc import Iterable


def current_names(renames: Iterable[tuple[str, str]]) -> frozenset[tuple[str, str]]:
    """(old name, new name) pairs, oldest first -> {(every earlier name, its name now)}."""
    now: dict[str, str] = {}
    for old, new in renames:
        if not old or not new or old == new:
            continue
        for name, current in list(now.items()):
            if current == old:
                now[name] = new
        now[old] = new
        now.pop(new, None)  # the new name is an account's own name, not an old one
    return frozenset(now.items())
