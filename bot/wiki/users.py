"""Account look-ups of the wiki adapter: user facts and existing accounts in batches of 50
names (500 with apihighlimits), edits before a date one user at a time, and global accounts
(CentralAuth's ``meta=globaluserinfo``, one user per request, as the API allows)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.wiki.session import Session, chunks


class UserLookups(Session):
    """The adapter's look-ups of user accounts."""

    def user_info(self, names: Iterable[str]) -> dict[str, dict[str, Any]]:
        """User names -> {name: {editcount, registration, groups, blocked, partial, missing}},
        batched."""
        wanted = sorted(set(names))
        out: dict[str, dict[str, Any]] = {}
        for chunk in chunks(wanted, self.batch):
            data = self._request(action="query", list="users", ususers="|".join(chunk),
                                 usprop="editcount|registration|groups|blockinfo")
            for user in data.get("query", {}).get("users", []):
                out[user.get("name", "")] = {
                    "missing": "missing" in user or "invalid" in user,
                    "editcount": int(user.get("editcount", 0) or 0),
                    "registration": user.get("registration"),
                    "groups": list(user.get("groups", [])),
                    "blocked": "blockid" in user or "blockedby" in user,
                    # a partial block keeps the account off some pages or namespaces only
                    "partial": "blockpartial" in user,
                }
        return out

    def edits_before(self, user: str, before: str, limit: int) -> int:
        """User, ISO time, limit -> how many edits they made before that time (up to limit).

        One request per user: the API has no batched count of edits before a date.
        """
        data = self._request(action="query", list="usercontribs", ucuser=user,
                             ucstart=before, ucdir="older", uclimit=min(max(limit, 1), 500),
                             ucprop="ids")
        return len(data.get("query", {}).get("usercontribs", []))

    def existing_users(self, names: Iterable[str]) -> set[str]:
        """User names -> the subset that are registered accounts, batched. Where the wiki runs
        CentralAuth, a name with a global account but no local one exists too (people who
        never visited this wiki): one more request per such name."""
        wanted = sorted(set(names))
        found: set[str] = set()
        for chunk in chunks(wanted, self.batch):
            data = self._request(action="query", list="users", ususers="|".join(chunk))
            for user in data.get("query", {}).get("users", []):
                if "missing" not in user and "invalid" not in user and "userid" in user:
                    found.add(user["name"])
        missing = [name for name in wanted if name not in found]
        if missing and self.has_extension("CentralAuth"):
            found |= {name for name, info in self.global_info(missing).items()
                      if not info["missing"]}
        return found

    def renames(self) -> list[tuple[str, str]]:
        """-> (old name, new name) of every account rename in the wiki's log, oldest first:
        one request per 500 (5,000 with apihighlimits); none when the log is empty."""
        out = []
        for data in self._continued(action="query", list="logevents", letype="renameuser",
                                    leprop="details|title", ledir="newer", lelimit="max"):
            for event in data.get("query", {}).get("logevents", []):
                params = event.get("params", {})
                old = params.get("olduser") or event.get("title", "").split(":", 1)[-1]
                new = params.get("newuser", "")
                if old and new:
                    out.append((old, new))
        return out

    def has_extension(self, name: str) -> bool:
        """Extension name -> True when the wiki runs it (the adapter reads siteinfo)."""
        raise NotImplementedError

    def global_info(self, names: Iterable[str]) -> dict[str, dict[str, Any]]:
        """User names -> {name: {missing, editcount, registration, groups, locked}} of their
        global accounts; one request per name (``meta=globaluserinfo`` takes one user)."""
        out = {}
        for name in sorted(set(names)):
            data = self._request(action="query", meta="globaluserinfo", guiuser=name,
                                 guiprop="editcount|groups")
            out[name] = global_account(data)
        return out


def global_account(reply: dict[str, Any]) -> dict[str, Any]:
    """A ``meta=globaluserinfo`` answer (format version 1 or 2) -> {missing, editcount,
    registration, groups, locked}; booleans are present keys in version 1, true in 2."""
    info = reply.get("query", {}).get("globaluserinfo", {})
    missing = "missing" in info and info["missing"] is not False
    return {"missing": missing or "id" not in info,
            "editcount": int(info.get("editcount", 0) or 0),
            "registration": info.get("registration"),
            "groups": list(info.get("groups", [])),
            "locked": "locked" in info and info["locked"] is not False}
