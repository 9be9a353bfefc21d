"""Stage 5, format: each file through its target's formatter (black, the formatter of record,
for Python; blank-line tidying for TypeScript), as the target declares.

A formatter says which kind of file it takes (``OutputFile.kind``). One that is costly (black
is most of a large generation) gives a ``cache_key``: a content-addressed cache then maps each
unformatted file to its output, so a regeneration formats only what changed, and what is left
is spread over worker processes. The result is byte for byte what the formatter gives,
whichever path a file took. This stage names no language.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Protocol

# Below this many files to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 64


class Formatter(Protocol):
    """A target's formatter for one kind of file; picklable (worker processes run it)."""

    kind: str  # the OutputFile.kind it formats

    @property
    def cache_key(self) -> bytes | None:
        """What the output depends on besides the source (tool, version, mode); None: cheap
        enough to run every time, in this process."""
        ...

    @property
    def parallel(self) -> bool:
        """Whether to spread a large batch over worker processes (each a copy of this one,
        with the spec's IR in it: worth it only when formatting is most of the work)."""
        ...

    def format_batch(self, batch: list[tuple[str, str]]) -> list[str]:
        """Each (path, source) formatted; raises InternalError on a file that does not parse."""
        ...


def default_cache_dir() -> Path | None:
    """``$SDKGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/sdkgen`` or ``~/.cache/sdkgen``; an empty
    ``SDKGEN_CACHE_DIR`` turns the cache off."""
    configured = os.environ.get("SDKGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sdkgen"


class _Cache:
    def __init__(self, root: Path | None, key: bytes) -> None:
        self.root = root / "formatted" if root is not None else None
        self.key = key

    def _path(self, source: str) -> Path | None:
        if self.root is None:
            return None
        digest = hashlib.sha256(self.key + source.encode("utf-8")).hexdigest()
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


def format_files(
    rendered: dict[str, str],
    kinds: dict[str, str],
    formatters: tuple[Formatter, ...],
    cache_dir: Path | None = None,
) -> dict[str, str]:
    """Format every file whose kind (``kinds``: path -> kind) has a formatter, in place (the
    rendered text is let go as its formatted text replaces it); the others pass through."""
    result = rendered
    for formatter in formatters:
        paths = sorted(path for path, kind in kinds.items() if kind == formatter.kind)
        key = formatter.cache_key
        if key is None:
            for path, text in zip(paths, formatter.format_batch([(p, rendered[p]) for p in paths])):
                result[path] = text
            continue
        cache = _Cache(cache_dir if cache_dir is not None else default_cache_dir(), key)
        todo: list[tuple[str, str]] = []
        for path in paths:
            cached = cache.get(rendered[path])
            if cached is None:
                todo.append((path, rendered[path]))
            else:
                result[path] = cached
        workers = min(os.cpu_count() or 1, 8) if formatter.parallel else 1
        if len(todo) < _PARALLEL_THRESHOLD or workers < 2:
            formatted = formatter.format_batch(todo)
        else:
            size = max(16, len(todo) // (workers * 8))
            batches = [todo[i : i + size] for i in range(0, len(todo), size)]
            with ProcessPoolExecutor(max_workers=workers) as pool:
                formatted = [
                    text for batch in pool.map(formatter.format_batch, batches) for text in batch
                ]
        for (path, source), text in zip(todo, formatted):
            result[path] = text
            cache.put(source, text)
    return result
