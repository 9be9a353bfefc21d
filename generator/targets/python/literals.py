"""Python literals from spec values: the only way a spec string reaches generated source.

Every string is written as a double-quoted literal with anything unprintable escaped, so no
quote, backslash, newline, control or bidirectional character in a spec can end the literal
or change how the line reads. Docstrings get the same treatment inside triple quotes.
"""

from __future__ import annotations

import datetime
import json
import math
import re
from typing import Any

_SIMPLE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(char: str, keep_newlines: bool = False) -> str:
    if keep_newlines and char == "\n":
        return char
    if char in _SIMPLE_ESCAPES:
        return _SIMPLE_ESCAPES[char]
    if char.isprintable() and char not in "\u2028\u2029":
        return char
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _is_plain(text: str) -> bool:
    """Printable ASCII with no quote or backslash: the common case, checked without a loop."""
    return text.isascii() and text.isprintable() and '"' not in text and "\\" not in text


def string(text: str) -> str:
    """A double-quoted Python string literal that evaluates to ``text``."""
    if _is_plain(text):
        return '"' + text + '"'
    return '"' + "".join(_escape_char(c) for c in text) + '"'


def docstring_body(text: str) -> str:
    """Text safe between triple double quotes: backslashes, controls and any quote that could
    close the docstring escaped, ordinary quotes and line breaks kept for the reader."""
    text = text.replace("\r\n", "\n")
    if _is_plain(text.replace("\n", " ").replace('"', "'")):
        body = text
    else:
        body = "".join(c if c == '"' else _escape_char(c, keep_newlines=True) for c in text)
    body = body.replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        backslashes = len(body[:-1]) - len(body[:-1].rstrip("\\"))
        if backslashes % 2 == 0:  # an unescaped quote would merge with the closing ones
            body = body[:-1] + '\\"'
    return body


def docstring(text: str) -> str:
    return '"""' + docstring_body(text) + '"""'


def value(data: Any) -> str:
    """A Python expression for a JSON value, on one line."""
    if data is None:
        return "None"
    if isinstance(data, bool):
        return "True" if data else "False"
    if isinstance(data, int):
        return str(data)
    if isinstance(data, float):
        if math.isnan(data) or math.isinf(data):
            return f'float("{data}")'
        return repr(data)
    if isinstance(data, str):
        return string(data)
    if isinstance(data, datetime.datetime):  # (before date: a datetime is a date too)
        return _instant(data)
    if isinstance(data, datetime.date):
        return f"date({data.year}, {data.month}, {data.day})"
    if isinstance(data, bytes):  # placeholders for files: b"..." from our own ASCII text only
        return "b" + string(data.decode("ascii", "replace"))
    if isinstance(data, list):
        return "[" + ", ".join(value(v) for v in data) + "]"
    if isinstance(data, dict):
        return "{" + ", ".join(f"{string(str(k))}: {value(v)}" for k, v in data.items()) + "}"
    return string(json.dumps(data, default=str))


def _instant(data: datetime.datetime) -> str:
    """``datetime(2025, 1, 1, 9, 30, tzinfo=timezone.utc)``: its parts, seconds and
    microseconds when not zero, its offset as a ``timezone``."""
    parts = [data.year, data.month, data.day, data.hour, data.minute]
    if data.second or data.microsecond:
        parts.append(data.second)
    if data.microsecond:
        parts.append(data.microsecond)
    text = ", ".join(str(p) for p in parts)
    offset = data.utcoffset()
    if offset is None:
        return f"datetime({text})"
    if not offset:
        return f"datetime({text}, tzinfo=timezone.utc)"
    minutes = int(offset.total_seconds()) // 60
    sign = -1 if minutes < 0 else 1
    hours, rest = divmod(abs(minutes), 60)
    delta = f"hours={sign * hours}" + (f", minutes={sign * rest}" if rest else "")
    return f"datetime({text}, tzinfo=timezone(timedelta({delta})))"


# The datetime module's names a rendered value may call (not after a dot or a letter: a
# method or another name that ends so).
_DATETIME_NAMES = re.compile(r"(?<![\w.])(date|datetime|timedelta|timezone)\b(?=[(.])")


def datetime_import(code: str) -> list[str]:
    """``from datetime import ...`` for the dates and instants ``code`` writes, if any."""
    names = sorted(set(_DATETIME_NAMES.findall(code)))
    return [f"from datetime import {', '.join(names)}"] if names else []


def exploded(data: Any, indent: str, step: str = "    ") -> str:
    """A Python expression for a JSON value, one item a line with trailing commas (black's
    magic-trailing-comma layout, as the docs' usage snippets show it)."""
    inner = indent + step
    if isinstance(data, list) and data:
        items = "".join(f"{inner}{exploded(v, inner, step)},\n" for v in data)
        return "[\n" + items + indent + "]"
    if isinstance(data, dict) and data:
        items = "".join(
            f"{inner}{string(str(k))}: {exploded(v, inner, step)},\n" for k, v in data.items()
        )
        return "{\n" + items + indent + "}"
    return value(data)


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and every control character escaped."""
    out = []
    for char in text:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
