"""A progress line for long reads, shown only when stderr is a terminal (never in cron jobs)."""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    """Counts done of total on one rewritten line; silent unless ``stream`` is a TTY."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None,
                 min_total: int = 2) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total, self.label, self.done = total, label, 0
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty()) and total >= min_total

    def advance(self, amount: int = 1) -> None:
        """Count ``amount`` more done and redraw the line."""
        self.done = min(self.total, self.done + amount)
        if self.enabled:
            width = 30
            filled = width * self.done // max(self.total, 1)
            self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] "
                              f"{self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        """End the line (only if one was drawn)."""
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()
