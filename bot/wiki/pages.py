"""Page reads of the wiki adapter: template uses, current texts, histories, revisions and
recent changes, batched (50 titles or ids a request, 500 with apihighlimits) and following
the API's continuation."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.wiki.session import Session, WikiError, chunks


@dataclass(frozen=True)
class PageText:
    """A page's current text and the revision it came from."""

    title: str
    revision: int
    text: str
    timestamp: str = ""
    page_id: int = 0
    parent: int = 0  # the revision before it (0: the page's first, or not known)
    user: str = ""   # who saved it ('' when hidden or not known)
    transcluded_by: tuple[str, ...] = ()  # pages transcluding it, when asked
    moved_from: str = ""  # the title asked for, when it redirects here (a moved page)


@dataclass(frozen=True)
class Revision:
    """One revision as ``revisions`` reads it: ids, page, editor, time (ISO) and text
    (None when hidden); parent 0 for a page's first revision."""

    revid: int
    parent: int
    page_id: int
    user: str
    timestamp: str
    text: str | None


class PageReads(Session):
    """The adapter's reads of pages and revisions."""

    def template_uses(self, names: Sequence[str]) -> tuple[dict[str, tuple[str, ...]],
                                                          list[str]]:
        """Template names -> ({name: (name, redirect names...)}, sorted titles of every page
        that transcludes any of them, directly or through a redirect), in one request per
        5000 uses. Which of those pages a job reads is for the job to decide."""
        aliases: dict[str, tuple[str, ...]] = {n: (n,) for n in names}
        titles: set[str] = set()
        for data in self._continued(action="query", prop="redirects|transcludedin",
                                    titles="|".join(f"Template:{n}" for n in names),
                                    rdlimit="max", rdnamespace=10, tilimit="max",
                                    tiprop="title"):
            for page in data.get("query", {}).get("pages", {}).values():
                short = page.get("title", "").split(":", 1)[-1]
                for name in names:
                    if name.replace("_", " ").lower() == short.lower():
                        extra = [r["title"].split(":", 1)[-1] for r in page.get("redirects", [])]
                        aliases[name] = tuple(dict.fromkeys((*aliases[name], *extra)))
                titles.update(t["title"] for t in page.get("transcludedin", []))
        return aliases, sorted(titles)

    def read_pages(self, titles: Sequence[str], transcluders: bool = False,
                   redirects: bool = False) -> list[PageText]:
        """Titles -> current text and revision of each existing page, batched; with
        ``transcluders``, the same requests also name the pages transcluding each; with
        ``redirects``, a title that is a redirect (a moved page) is read as its target,
        whose ``moved_from`` names the title asked for."""
        from bot.wiki.progress import Progress

        found: dict[str, dict[str, Any]] = {}
        by: dict[str, list[str]] = {}
        extra: dict[str, Any] = ({"prop": "revisions|transcludedin", "tilimit": "max",
                                  "tiprop": "title"} if transcluders else
                                 {"prop": "revisions"})
        progress = Progress(len(titles), "reading pages", min_total=self.batch + 1)
        if redirects:
            extra["redirects"] = 1
        moved: dict[str, str] = {}
        for chunk in chunks(list(titles), self.batch):
            # a batch too large for one answer continues (8 MB result cap)
            for data in self._continued(action="query", titles="|".join(chunk),
                                        rvslots="main", rvprop="ids|timestamp|user|content",
                                        **extra):
                asked = {n["to"]: n["from"] for n in data.get("query", {}).get("normalized", [])}
                moved.update({r["to"]: r["from"] for r in data.get("query", {}).get(
                    "redirects", []) if "from" in r and "to" in r})
                for page in data.get("query", {}).get("pages", {}).values():
                    if "missing" in page or "invalid" in page:
                        title = page.get("title", "")
                        self.missing_titles.add(asked.get(title, title))
                    by.setdefault(page.get("title", ""), []).extend(
                        t["title"] for t in page.get("transcludedin", []))
                    if page.get("revisions"):
                        found.setdefault(page["title"], page)
            progress.advance(len(chunk))
        progress.close()
        out = [replace(_page_text(page, tuple(by.get(title, ()))),
                       moved_from=moved.get(title, "")) for title, page in found.items()]
        order = {t: i for i, t in enumerate(titles)}
        order.update({new: order[old] for new, old in moved.items() if old in order})
        return sorted(out, key=lambda p: order.get(p.title, len(order)))

    def recent_changes(self, since: str | None, uses_of: Sequence[str] = (),
                       extra: dict[str, Any] | None = None,
                       first: Callable[[dict[str, Any]], None] | None = None) -> Any:
        """ISO time or None -> RecentChanges from that time on, oldest first (None: only the
        newest change, to set a first watermark), following continuation.

        With template names in ``uses_of`` (and a time), the same request also tells which
        pages changed since then transclude those templates now (``using``). ``extra``
        parameters ride along in the first request only and ``first`` gets its answer (the
        adapter asks for its site facts so)."""
        from bot.wiki.freshness import Change, RecentChanges

        params: dict[str, Any] = {"action": "query", "list": "recentchanges",
                                  "rcprop": "ids|title|timestamp|loginfo", "rclimit": "max"}
        if since is None:
            params.update(rclimit=1, rcdir="older")
        else:
            params.update(rcstart=since, rcdir="newer")
            if uses_of:
                params.update(generator="recentchanges", grcstart=since, grcdir="newer",
                              grclimit="max", prop="templates", tllimit="max",
                              tltemplates="|".join(f"Template:{n}" for n in uses_of))
        found: list[Change] = []
        using: set[str] = set()
        request = {**params, **(extra or {})}
        while True:
            data = self._request(**request)
            if first is not None and request is not params:
                first(data)
            query = data.get("query", {})
            for rc in query.get("recentchanges", []):
                found.append(Change(int(rc.get("rcid", 0)), rc.get("type", ""),
                                    rc.get("title", ""), int(rc.get("revid", 0) or 0),
                                    rc.get("timestamp", ""), rc.get("logtype", "") or "",
                                    int(rc.get("ns", 0) or 0)))
            using.update(page["title"] for page in query.get("pages", {}).values()
                         if page.get("templates"))
            more = data.get("continue")
            if since is None or not more:
                break
            params.update(more)
            request = params
        return RecentChanges(found, frozenset(using) if since and uses_of else None)

    def history(self, title: str, start: int, after: int = 0) -> Iterator[Revision]:
        """Page, a revision of it and an older one -> its revisions from ``start`` back to just
        after ``after``, newest first, texts included: one request per 50 revisions (500 with
        apihighlimits)."""
        params: dict[str, Any] = {"action": "query", "prop": "revisions", "titles": title,
                                  "rvprop": "ids|user|timestamp|content", "rvslots": "main",
                                  "rvlimit": "max", "rvdir": "older", "rvstartid": start}
        if after:
            params["rvendid"] = after + 1
        for data in self._continued(**params):
            for page in data.get("query", {}).get("pages", {}).values():
                for rev in page.get("revisions", []):
                    if int(rev["revid"]) > after:
                        yield _revision(rev, page)

    def revisions(self, revids: Sequence[int]) -> dict[int, Revision]:
        """Revision ids of any pages -> {revid: Revision} with parent, editor and text, 50 ids
        a request (500 with apihighlimits), following continuation when a batch is too large
        for one answer. Ids the wiki does not have (deleted) are left out."""
        out: dict[int, Revision] = {}
        for chunk in chunks([str(r) for r in revids], self.batch):
            for data in self._continued(action="query", prop="revisions",
                                        revids="|".join(chunk), rvslots="main",
                                        rvprop="ids|user|timestamp|content"):
                for page in data.get("query", {}).get("pages", {}).values():
                    for rev in page.get("revisions", []):
                        out[int(rev["revid"])] = _revision(rev, page)
        return out

    def revision_sha1(self, revid: int) -> str | None:
        """Revision id -> the SHA-1 of its text as the API reports it; None if no such revision.

        Used as a lottery seed named in advance (anyone can read it with rvprop=sha1).
        """
        data = self._request(action="query", prop="revisions", revids=str(revid),
                             rvprop="ids|sha1")
        if data.get("query", {}).get("badrevids"):
            return None
        for page in data.get("query", {}).get("pages", {}).values():
            for rev in page.get("revisions", []):
                if int(rev.get("revid", 0)) == revid:
                    if "sha1hidden" in rev or not rev.get("sha1"):
                        raise WikiError(f"revision {revid} is hidden; its text cannot serve "
                                        "as the lottery seed")
                    return str(rev["sha1"])
        return None


def _page_text(page: dict[str, Any], transcluded_by: tuple[str, ...]) -> PageText:
    """One page of an answer with its current revision (content in the main slot) ->
    PageText."""
    rev = page["revisions"][0]
    slot = rev.get("slots", {}).get("main", {})
    return PageText(page["title"], int(rev["revid"]), slot.get("content", slot.get("*", "")),
                    rev.get("timestamp", ""), int(page.get("pageid", 0)),
                    int(rev.get("parentid", 0) or 0), str(rev.get("user", "") or ""),
                    transcluded_by)


def _revision(rev: dict[str, Any], page: dict[str, Any]) -> Revision:
    """One revision of an API answer (prop=revisions, content in the main slot) -> Revision."""
    slot = rev.get("slots", {}).get("main", {})
    hidden = "texthidden" in slot or "texthidden" in rev
    return Revision(int(rev["revid"]), int(rev.get("parentid", 0) or 0),
                    int(page.get("pageid", 0) or 0), rev.get("user", ""),
                    rev.get("timestamp", ""),
                    None if hidden else slot.get("content", slot.get("*")))
