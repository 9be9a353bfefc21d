"""Stage 5, format: black, the formatter of record, over every generated Python file (and
blank-line tidying of TypeScript files, whose templates already lay the code out).

Black is most of the cost of a large generation, so this stage does as little of it as it
can: a content-addressed cache maps each unformatted file to black's output (a regeneration
formats only what changed), and what is left is spread over worker processes. The result is
byte for byte what ``black.format_str`` gives, whichever path a file took.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import re
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

from .errors import InternalError

MODE = black.Mode(target_versions={black.mode.TargetVersion.PY39}, line_length=88)
_KEY_PREFIX = f"black {importlib.metadata.version('black')} {MODE!r}\n".encode()
_BLANK_RUN_BEFORE_IMPORT = re.compile(r"\n{3,}(?=(?:from|import) )")
# Below this many files to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 64


def format_python(path: str, source: str) -> str:
    """Black, after folding the blank lines that optional template sections leave between
    import groups (black keeps up to two; one is the convention)."""
    source = _BLANK_RUN_BEFORE_IMPORT.sub("\n\n", source)
    try:
        return black.format_str(source, mode=MODE)
    except black.parsing.InvalidInput as exc:
        raise InternalError(
            f"internal error (a bug in the generator): generated {path} is not valid Python: "
            f"{exc}"
        ) from exc


def _format_batch(batch: list[tuple[str, str]]) -> list[str]:
    return [format_python(path, source) for path, source in batch]


def default_cache_dir() -> Path | None:
    """``$SDKGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/sdkgen`` or ``~/.cache/sdkgen``; an empty
    ``SDKGEN_CACHE_DIR`` turns the cache off."""
    configured = os.environ.get("SDKGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sdkgen"


class _Cache:
    def __init__(self, root: Path | None) -> None:
        self.root = root / "black" if root is not None else None

    def _path(self, source: str) -> Path | None:
        if self.root is None:
            return None
        digest = hashlib.sha256(_KEY_PREFIX + source.encode("utf-8")).hexdigest()
        return self.root / digest[:2] / digest[2:]

    def get(self, source: str) -> str | None:
        path = self._path(source)
        if path is None:
            return None
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, source: str, formatted: str) -> None:
        path = self._path(source)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(formatted)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time


_BLANK_RUNS = re.compile(r"\n{3,}")
_BLANK_AFTER_OPEN = re.compile(r"\{\n\n+")
_BLANK_BEFORE_CLOSE = re.compile(r"\n\n+(\s*\})")


def tidy_typescript(source: str) -> str:
    """Blank lines as a TypeScript reader expects them (templates leave runs where optional
    blocks are empty): at most one in a row, none just inside braces. Nothing else changes:
    the templates lay out the code in the style prettier would."""
    text = _BLANK_RUNS.sub("\n\n", source)
    text = _BLANK_AFTER_OPEN.sub("{\n", text)
    text = _BLANK_BEFORE_CLOSE.sub(r"\n\1", text)
    return text.lstrip("\n")


def format_files(
    rendered: dict[str, str],
    python_paths: set[str],
    cache_dir: Path | None = None,
    typescript_paths: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Format the files in ``python_paths`` (black) and ``typescript_paths`` (blank lines
    only); the others pass through unchanged."""
    cache = _Cache(cache_dir if cache_dir is not None else default_cache_dir())
    result = dict(rendered)
    for path in typescript_paths:
        result[path] = tidy_typescript(rendered[path])
    todo: list[tuple[str, str]] = []
    for path in sorted(python_paths):
        cached = cache.get(rendered[path])
        if cached is None:
            todo.append((path, rendered[path]))
        else:
            result[path] = cached
    workers = min(os.cpu_count() or 1, 8)
    if len(todo) < _PARALLEL_THRESHOLD or workers < 2:
        formatted = _format_batch(todo)
    else:
        size = max(16, len(todo) // (workers * 8))
        batches = [todo[i : i + size] for i in range(0, len(todo), size)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            formatted = [text for batch in pool.map(_format_batch, batches) for text in batch]
    for (path, source), text in zip(todo, formatted):
        result[path] = text
        cache.put(source, text)
    return result
