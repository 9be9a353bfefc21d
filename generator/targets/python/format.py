"""The Python target's formatter: black's output, the formatter of record, in the SDK's
settings. Most of it is laid out by the templates already; :mod:`.layout` sends only the
statements they cannot lay out through black (``tests/test_black_stability.py`` holds the
two equal)."""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import re
from pathlib import Path

import black

from ...errors import InternalError
from . import layout

MODE = layout.MODE
_BLANK_RUN_BEFORE_IMPORT = re.compile(r"\n{3,}(?=(?:from|import) )")


def fold_import_gaps(source: str) -> str:
    """The blank lines optional template sections leave between import groups, folded to
    one (black keeps up to two; one is the convention)."""
    return _BLANK_RUN_BEFORE_IMPORT.sub("\n\n", source)


def format_python(path: str, source: str) -> str:
    """Black's output for ``source`` (import gaps folded first). A file that is not valid
    Python is a bug of ours, reported as one."""
    source = fold_import_gaps(source)
    try:
        compile(source, path, "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as exc:
        raise InternalError(
            f"internal error (a bug in the generator): generated {path} is not valid Python: "
            f"{exc}"
        ) from exc
    try:
        return layout.settle(source)
    except ValueError:  # a shape the layout does not take on: black, on the whole file
        return black.format_str(source, mode=MODE)


class Black:
    kind = "python"
    # The layout makes black's output at a few milliseconds a file: worker processes would
    # cost more memory (each a copy of the generator's) than they save time.
    parallel = False

    @property
    def cache_key(self) -> bytes:
        # The layout is part of the key: a fix to it must not be hidden by cached output.
        own = hashlib.sha256(Path(layout.__file__).read_bytes()).hexdigest()[:16]
        return f"black {importlib.metadata.version('black')} {MODE!r} layout {own}\n".encode()

    def format_batch(self, batch: list[tuple[str, str]]) -> list[str]:
        return [format_python(path, source) for path, source in batch]
