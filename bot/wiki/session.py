"""The request core of the wiki adapter: every API request of the bot goes through
``Session._request`` (pywikibot's ``api.Request``), with its errors turned into one line.

The parts of ``bot.wiki.adapter.Wiki`` (page reads, user look-ups, saving) build on it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pywikibot import exceptions as pwb_exc
from pywikibot.data import api

from bot.core.coverage import Coverage
from bot.core.model import Problem


class WikiError(RuntimeError):
    """The wiki cannot be used (down, bad credentials, API error); message is one clear line."""


class Session:
    """A pywikibot site and the one way to send it API requests."""

    def __init__(self, site: Any) -> None:
        self.site = site
        # What this job read; every save consults it (bot.core.coverage).
        self.coverage = Coverage()
        self.missing_titles: set[str] = set()  # titles asked for that do not exist
        # Config problems the job's reads found (a named page moved): shown on its report.
        self.notices: list[Problem] = []

    @property
    def batch(self) -> int:
        """-> titles or users per request: 500 with apihighlimits, else 50."""
        return 500 if self.site.has_right("apihighlimits") else 50

    def _submit(self, params: dict[str, Any]) -> dict[str, Any]:
        """API parameters -> the answer; pywikibot's errors pass through (see _request)."""
        request = api.Request(site=self.site, parameters=params)
        # An answer cut at the API's result size limit is continued by _continued: not news.
        request._warning_handler = _truncation_is_expected
        return request.submit()

    def _request(self, **params: Any) -> dict[str, Any]:
        try:
            return self._submit(params)
        except pwb_exc.APIError as err:
            raise WikiError(f"API error {err.code}: {first_line(err.info)}") from None
        except (pwb_exc.Error, ConnectionError, OSError) as err:
            raise WikiError(f"wiki request failed: {first_line(err)}") from None

    def _continued(self, **params: Any) -> Iterator[dict[str, Any]]:
        """Query parameters -> each answer, following the API's continuation."""
        while True:
            data = self._request(**params)
            yield data
            more = data.get("continue")
            if not more:
                return
            params.update(more)


def chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    """Items and a batch size -> the items in slices of at most that size."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def first_line(err: object) -> str:
    """An error (or any object) -> the first line of its text, else its type's name."""
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def _truncation_is_expected(module: str, text: str) -> bool:
    """pywikibot warning handler -> True (handled, not shown) for the API's note that an
    answer was truncated at its size limit, which the continuation then completes."""
    return module == "result" and "truncated" in text
