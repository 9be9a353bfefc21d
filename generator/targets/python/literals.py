"""Python literals from spec values: the only way a spec string reaches generated source.

Every string is written as a double-quoted literal with anything unprintable escaped, so no
quote, backslash, newline, control or bidirectional character in a spec can end the literal
or change how the line reads. Docstrings get the same treatment inside triple quotes.
"""

from __future__ import annotations

import json
import math
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
    if isinstance(data, bytes):  # placeholders for files: b"..." from our own ASCII text only
        return "b" + string(data.decode("ascii", "replace"))
    if isinstance(data, list):
        return "[" + ", ".join(value(v) for v in data) + "]"
    if isinstance(data, dict):
        return "{" + ", ".join(f"{string(str(k))}: {value(v)}" for k, v in data.items()) + "}"
    return string(json.dumps(data, default=str))


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
