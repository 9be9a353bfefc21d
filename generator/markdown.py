"""Markdown building blocks shared by every target's docs: padded tables and safe text.

Tables are padded the way the reference page pads them: every cell of a table, in every
column, is padded to the width of the widest cell of the whole table, and the separator row
is dashes of that width.

Every string from a spec passes through one of the escapers below before it reaches a page,
so that no description, name or example can add a column or a row to a table, open a code
fence, start a heading, inject HTML or a comment, or hide text with control or bidirectional
characters. Those characters are shown as visible ``\\uXXXX`` escapes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Sequence

_MARKDOWN_SPECIALS = "\\`*_{}[]<>()#+!|"


def visible(text: str) -> str:
    """Replace control and format characters (NUL, bidi overrides ...) with ``\\uXXXX``;
    line breaks and tabs are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # most text: only ASCII's control characters to look for
        return _ASCII_CONTROL.sub(_escaped, text)
    return "".join(
        (
            c
            if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp")
            else f"\\u{ord(c):04x}"
        )
        for c in text
    )


# ASCII's Cc characters but line breaks and tabs (carriage returns are line breaks by then).
_ASCII_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def paragraph(text: str) -> str:
    """A description as Markdown prose: its inline formatting kept, but no line of it may
    open a code fence, become a heading, an HTML block or a comment."""
    lines = []
    for line in visible(text).split("\n"):
        stripped = line.lstrip()
        # (A line that starts with "<" needs no backslash: every "<" becomes "&lt;", which
        # opens no HTML, and "\&lt;" would show as "&lt;".)
        if stripped.startswith(("```", "~~~", "#", "---", "===", "|")):
            line = line[: len(line) - len(stripped)] + "\\" + stripped
        lines.append(_LESS_THAN.sub("&lt;", line))
    return "\n".join(lines).strip()


# "<", or Markdown's escaped "\<" (whose backslash before "&lt;" would show as "&lt;").
_LESS_THAN = re.compile(r"\\?<")


def cell(text: str | None) -> str:
    """Make ``text`` safe inside one table cell: pipes escaped, line breaks as ``<br/>``."""
    if not text:
        return ""
    flat = visible(text).strip().replace("<", "&lt;")
    flat = flat.replace("\\|", "|").replace("|", "\\|")
    return "<br/>".join(line.strip() for line in flat.split("\n"))


def inline(text: str) -> str:
    """One line of literal text (a list item, a link label): specials escaped, breaks folded."""
    return escape(" ".join(visible(text).split()))


def escape(text: str) -> str:
    """Escape every Markdown special character (for literal text such as ``*/*``)."""
    return "".join("\\" + c if c in _MARKDOWN_SPECIALS else c for c in text)


def heading(text: str) -> str:
    """Text for one heading line: whitespace collapsed, Markdown specials escaped."""
    return inline(text)


def attribute(text: str) -> str:
    """A value inside a double-quoted attribute of an HTML comment."""
    return (
        visible(text)
        .replace("&", "&amp;")
        .replace('"', "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", " ")
    )


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Lay out a table whose cells are already escaped; no trailing newline."""
    width = max(len(c) for line in (header, *rows) for c in line)

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(width) for c in cells) + " |"

    lines = [line(header), line(["-" * width] * len(header))]
    lines.extend(line(r) for r in rows)
    return "\n".join(lines)


# The Required column of every docs table.
REQUIRED_MARK = {True: ":heavy_check_mark:", False: ":heavy_minus_sign:"}


def example_cell(value: object, has_example: bool) -> str:
    """An Example cell: the spec's example (text as written, other values as JSON), or empty."""
    if not has_example:
        return ""
    return cell(value if isinstance(value, str) else json.dumps(value))


def fields_table(rows: Sequence[Sequence[str]]) -> str | None:
    """A model's Fields table, or None when it has no fields."""
    if not rows:
        return None
    return table(["Field", "Type", "Required", "Description", "Example"], rows)
