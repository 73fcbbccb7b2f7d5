"""A report page as MediaWiki renders it -> its tables and its text, read from the HTML with
the standard library's parser (what a reader sees, not the bot's own wikitext)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Table:
    """One rendered table: header cells, body rows, and the text just before it."""

    before: str
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    def column(self, name: str) -> list[str]:
        """Header name -> that column's cells, row by row."""
        index = self.headers.index(name)
        return [row[index] for row in self.rows]

    def records(self) -> list[dict[str, str]]:
        """-> one {header: cell} per body row."""
        return [dict(zip(self.headers, row, strict=False)) for row in self.rows]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self.stack: list[Table] = []
        self.text: list[str] = []
        self.cell: list[str] | None = None
        self.row: list[str] | None = None
        self.header_row = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.stack.append(Table(before=" ".join("".join(self.text).split()[-60:])))
        elif tag == "tr" and self.stack:
            self.row, self.header_row = [], True
        elif tag in ("td", "th") and self.stack:
            self.cell = []
            if tag == "td":
                self.header_row = False

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None and self.stack:
            table = self.stack[-1]
            if self.header_row and not table.headers:
                table.headers = self.row
            elif self.row:
                table.rows.append(self.row)
            self.row = None
        elif tag == "table" and self.stack:
            self.tables.append(self.stack.pop())
        if tag in ("p", "div", "li", "h2", "h3", "tr", "table", "br"):
            self.text.append("\n")

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.cell is not None:
            self.cell.append(data)


def read_page(html: str) -> tuple[list[Table], str]:
    """Rendered page HTML -> (its tables in page order of their end, its text)."""
    reader = _Reader()
    reader.feed(html)
    text = re.sub(r"[ \t]+", " ", "".join(reader.text))
    return reader.tables, text
