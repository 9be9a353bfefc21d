"""Stage 5, format: each file through its target's formatter (black's output, the formatter of
record, for Python; blank-line tidying for TypeScript), as the target declares, one file at a
time as the renderer makes them.

A formatter says which kind of file it takes (``OutputFile.kind``). One that is costly gives
a ``cache_key``: a content-addressed cache then maps each unformatted file to its output, so
a regeneration formats only what changed. The cache is one SQLite file (thousands of small
files cost more to create than black's layout costs to run); its entries unused for
``CACHE_DAYS`` days are dropped. The result is byte for byte what the formatter gives,
whichever path a file took. This stage names no language.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path
from typing import Protocol

_CACHE_FILE = "formatted.sqlite3"
CACHE_DAYS = 60  # an entry no generation used for this long is dropped
DAY = 86_400  # seconds


class Formatter(Protocol):
    """A target's formatter for one kind of file."""

    kind: str  # the OutputFile.kind it formats

    @property
    def cache_key(self) -> bytes | None:
        """What the output depends on besides the source (tool, version, mode); None: cheap
        enough to run every time."""
        ...

    def start(self) -> None:
        """Called before the spec is read, while the process is small: a formatter that
        starts a helper process starts it here."""
        ...

    def format(self, path: str, source: str) -> str:
        """``source`` formatted; raises InternalError when it does not parse."""
        ...

    def close(self, completed: bool) -> None:
        """After the generation's last file (``completed``) or its failure: a formatter that
        checks files in the background raises here on one that failed."""
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
    """Formatted files by the digest of their formatter's key and source. A cache that cannot
    be read or written only costs time: every failure turns it off for the run."""

    def __init__(self, root: Path | None) -> None:
        self._root = root
        self._db: sqlite3.Connection | None = None
        self._opened = False
        self._new: list[tuple[bytes, str]] = []
        self._used: list[bytes] = []

    def _connection(self) -> sqlite3.Connection | None:
        if not self._opened:
            self._opened = True
            if self._root is not None:
                try:
                    self._root.mkdir(parents=True, exist_ok=True)
                    self._db = sqlite3.connect(self._root / _CACHE_FILE, timeout=30)
                    self._db.execute("PRAGMA journal_mode=WAL")  # readers never wait on a writer
                    self._db.execute("PRAGMA synchronous=NORMAL")
                    self._db.execute(
                        "CREATE TABLE IF NOT EXISTS formatted (key BLOB PRIMARY KEY, "
                        "text TEXT NOT NULL, used INTEGER NOT NULL) WITHOUT ROWID"
                    )
                except (OSError, sqlite3.Error):
                    self._off()
        return self._db

    def get(self, key: bytes) -> str | None:
        db = self._connection()
        if db is None:
            return None
        try:
            row = db.execute("SELECT text FROM formatted WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            self._off()
            return None
        if row is None:
            return None
        self._used.append(key)
        return str(row[0])

    def put(self, key: bytes, text: str) -> None:
        if self._connection() is not None:
            self._new.append((key, text))

    def _off(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            db.close()

    def discard(self) -> None:
        """Forget this run's new entries (a file among them may have failed its check)."""
        self._new = []

    def close(self) -> None:
        """Store the new entries, mark the used ones, drop the stale ones: one transaction."""
        db, self._db = self._db, None
        if db is None:
            return
        today = int(time.time()) // DAY
        try:
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO formatted VALUES (?, ?, ?)",
                    ((key, text, today) for key, text in self._new),
                )
                db.executemany(
                    "UPDATE formatted SET used = ? WHERE key = ? AND used < ?",
                    ((today, key, today) for key in self._used),
                )
                db.execute("DELETE FROM formatted WHERE used < ?", (today - CACHE_DAYS,))
        except sqlite3.Error:
            pass
        finally:
            db.close()
            self._new, self._used = [], []


class Formatting:
    """The format stage of one generation: made before the spec is read (its formatters'
    helpers start then), ``formatting(path, kind, text)`` for each file as it is rendered
    (files of a kind no formatter takes pass through), then :meth:`close`."""

    def __init__(self, formatters: tuple[Formatter, ...], cache_dir: Path | None = None) -> None:
        self._formatters = {formatter.kind: formatter for formatter in formatters}
        self._keys = {formatter.kind: formatter.cache_key for formatter in formatters}
        self._cache = _Cache(cache_dir if cache_dir is not None else default_cache_dir())
        self._closed = False
        for formatter in formatters:
            formatter.start()

    def __call__(self, path: str, kind: str, text: str) -> str:
        formatter = self._formatters.get(kind)
        if formatter is None:
            return text
        key = self._keys[kind]
        if key is None:
            return formatter.format(path, text)
        digest = hashlib.sha256(key + text.encode("utf-8")).digest()
        cached = self._cache.get(digest)
        if cached is not None:
            return cached
        formatted = formatter.format(path, text)
        self._cache.put(digest, formatted)
        return formatted

    def close(self, completed: bool = True) -> None:
        """Each formatter closed (a check in the background answers, and may raise), then
        the cache's new entries stored: only when every file passed. Once; later calls do
        nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            for formatter in self._formatters.values():
                formatter.close(completed)
        except BaseException:
            completed = False
            raise
        finally:
            if not completed:
                self._cache.discard()
            self._cache.close()
