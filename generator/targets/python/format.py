"""The Python target's formatter: black's output, the formatter of record, in the SDK's
settings. Most of it is laid out by the templates already; :mod:`.layout` sends only the
statements they cannot lay out through black (``tests/test_black_stability.py`` holds the
two equal)."""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
from pathlib import Path
from typing import Callable

import black
import black.parsing

from . import layout, syntax

MODE = layout.MODE
_BLANK_RUN_BEFORE_IMPORT = re.compile(r"\n{3,}(?=(?:from|import) )")


def fold_import_gaps(source: str) -> str:
    """The blank lines optional template sections leave between import groups, folded to
    one (black keeps up to two; one is the convention)."""
    return _BLANK_RUN_BEFORE_IMPORT.sub("\n\n", source)


def format_python(
    path: str, source: str, check: Callable[[str, str], None] = syntax.compile_here
) -> str:
    """Black's output for ``source`` (import gaps folded first), after ``check`` (in this
    process unless a :class:`~.syntax.SyntaxCheck` takes it). A file that is not valid
    Python is a bug of ours, reported as one."""
    source = fold_import_gaps(source)
    check(path, source)
    try:
        return layout.settle(source)
    except ValueError:  # a shape the layout does not take on: black, on the whole file
        pass
    except Exception:  # noqa: BLE001 - the layout met what no valid file has: say which
        syntax.compile_here(path, source)
        raise
    try:
        return black.format_str(source, mode=MODE)
    except black.parsing.InvalidInput as exc:
        raise syntax.not_python(path, exc) from None


class Black:
    kind = "python"

    def __init__(self) -> None:
        self._check = syntax.SyntaxCheck()

    @property
    def cache_key(self) -> bytes:
        # The layout is part of the key: a fix to it must not be hidden by cached output.
        own = hashlib.sha256(Path(layout.__file__).read_bytes()).hexdigest()[:16]
        return f"black {importlib.metadata.version('black')} {MODE!r} layout {own}\n".encode()

    def start(self) -> None:
        self._check.start()

    def format(self, path: str, source: str) -> str:
        return format_python(path, source, self._check.add)

    def close(self, completed: bool) -> None:
        """Every file formatted (``completed``): the syntax check's answer; else stop it."""
        if completed:
            self._check.result()
        else:
            self._check.abandon()
