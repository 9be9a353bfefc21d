"""Indented JSON text, the same bytes as ``json.dumps(value, indent=1, sort_keys=True,
ensure_ascii=False)``, made several times faster.

The lock holds a large API's whole public surface (GitHub's: 15 MB, about 600,000 values).
With ``indent`` the json module encodes in pure Python, through a generator per container
and a check per value; here each container is one ``join`` over its members and each string
goes through the module's C escaper. Anything but plain JSON (a key that is not a string, a
float, a subclass of a builtin type) is left to ``json.dumps`` itself, so the text stays the
json module's in every case.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # ensure_ascii=False's escaper (the C one)
from typing import Any

_CONSTANTS = {True: "true", False: "false"}


def dumps(value: Any, level: int = 0) -> str:
    """``value`` as indented JSON whose lines after the first are indented by ``level``
    more spaces (as the value would be when nested ``level`` deep)."""
    return _dumps(value, "\n" + " " * level)


def _dumps(value: Any, pad: str) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        if not value:
            return "{}"
        if not all(type(key) is str for key in value):
            return _fallback(value, pad)
        inner = pad + " "
        members = [
            encode_basestring(key)
            + ": "
            + (encode_basestring(item) if type(item) is str else _dumps(item, inner))
            for key, item in sorted(value.items())
        ]
        return "{" + inner + ("," + inner).join(members) + pad + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = pad + " "
        items = [
            encode_basestring(item) if type(item) is str else _dumps(item, inner) for item in value
        ]
        return "[" + inner + ("," + inner).join(items) + pad + "]"
    if value is None:
        return "null"
    if kind is bool:
        return _CONSTANTS[value]
    if kind is int:
        return int.__repr__(value)
    return _fallback(value, pad)


def _fallback(value: Any, pad: str) -> str:
    text = json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)
    return text.replace("\n", pad) if pad != "\n" else text
