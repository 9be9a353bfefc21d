"""The TypeScript target's formatter: blank lines only (the templates lay the code out in the
style prettier would)."""

from __future__ import annotations

import re

_BLANK_RUNS = re.compile(r"\n{3,}")
_BLANK_AFTER_OPEN = re.compile(r"\{\n\n+")
_BLANK_BEFORE_CLOSE = re.compile(r"\n\n+(\s*\})")


def tidy_typescript(source: str) -> str:
    """Blank lines as a TypeScript reader expects them (templates leave runs where optional
    blocks are empty): at most one in a row, none just inside braces."""
    text = _BLANK_RUNS.sub("\n\n", source)
    text = _BLANK_AFTER_OPEN.sub("{\n", text)
    text = _BLANK_BEFORE_CLOSE.sub(r"\n\1", text)
    return text.lstrip("\n")


class Tidy:
    kind = "typescript"
    cache_key = None

    def start(self) -> None:
        pass

    def format(self, path: str, source: str) -> str:
        return tidy_typescript(source)

    def close(self, completed: bool) -> None:
        pass
