"""Markdown building blocks shared by every target's docs: padded tables and safe cells.

Tables are padded the way the reference page pads them: every cell of a table, in every
column, is padded to the width of the widest cell of the whole table, and the separator row
is dashes of that width. Cells are escaped so that no string from a spec can add or remove a
column or a row.
"""

from __future__ import annotations

from typing import Sequence

_MARKDOWN_SPECIALS = "\\`*_{}[]<>()#+!|"


def cell(text: str | None) -> str:
    """Make ``text`` safe inside one table cell: pipes escaped, line breaks as ``<br/>``."""
    if not text:
        return ""
    flat = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    flat = flat.replace("\\|", "|").replace("|", "\\|")
    return "<br/>".join(line.strip() for line in flat.split("\n"))


def escape(text: str) -> str:
    """Escape every Markdown special character (for literal text such as ``*/*``)."""
    return "".join("\\" + c if c in _MARKDOWN_SPECIALS else c for c in text)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Lay out a table whose cells are already escaped; no trailing newline."""
    width = max(len(c) for line in (header, *rows) for c in line)

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(width) for c in cells) + " |"

    lines = [line(header), line(["-" * width] * len(header))]
    lines.extend(line(r) for r in rows)
    return "\n".join(lines)


def heading(text: str) -> str:
    """Text for one heading line: whitespace collapsed, Markdown specials escaped."""
    return escape(" ".join(text.split()))
