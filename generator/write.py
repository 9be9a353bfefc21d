"""Stage 6, write: put the generated tree in place all at once, or compare it (``--check``).

The generator owns only the files it wrote: the lock (``sdkgen.lock``) lists them. Everything
else in the output folder (``.git``, a LICENSE, CI files, ``node_modules``, hand-written
examples) is the team's and survives every regeneration; a file the generator owned and no
longer writes is removed. A folder with files but no lock is refused unless ``force``.

The new tree (the generated files, and the team's files as hard links) is built in a
temporary folder beside the output and swapped in with two renames, so a failure or an
interrupt at any point leaves either the old tree or the new one, never half of each.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import stat
import tempfile
import threading
from pathlib import Path
from typing import Iterable, Mapping

from . import signals
from .errors import InternalError, UsageError

LOCK_FILE = "sdkgen.lock"  # its "files": what the last generation wrote (generator/release.py)

# Caches that tools leave in a generated tree; never part of the output.
IGNORED = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache"})

# Files made but not yet written that the writer's thread may hold (a window of the tree).
_PENDING = 256


def _safe_relative(path: str) -> Path:
    relative = Path(path)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise UsageError(f"internal error: refusing to write outside the output folder: {path!r}")
    return relative


def read_tree(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not IGNORED.intersection(p.relative_to(root).parts)
    }


def _link_if_same(existing: str, target: str, data: bytes) -> bool:
    """Hard-link an unchanged file into the staging tree instead of writing it again: a
    regeneration rewrites only what changed (mtimes and inodes of the rest are kept)."""
    try:
        if os.stat(existing).st_size != len(data):
            return False
        with open(existing, "rb") as handle:
            if handle.read() != data:
                return False
        os.link(existing, target)
        return True
    except OSError:
        return False


def owned_files(root: Path) -> set[str] | None:
    """The files the last generation into ``root`` wrote; None when it has no lock (never
    generated into). A lock without a list is an earlier generator's, which replaced the
    whole folder: everything in it was its own."""
    try:
        data = json.loads((root / LOCK_FILE).read_text(encoding="utf-8"))
    except OSError:
        return None
    except ValueError:
        data = None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return set(read_tree(root))
    return set(files)


def changes(root: Path, files: dict[str, str]) -> list[str]:
    """The files that differ between ``root`` and ``files``, each marked +, - or ~; the
    team's own files (not in the lock's list) are not the generator's to compare."""
    existing = read_tree(root)
    owned = owned_files(root)
    if owned is not None:
        existing = {path: data for path, data in existing.items() if path in owned}
    wanted = {path: text.encode("utf-8") for path, text in files.items()}
    found = []
    for path in sorted(existing.keys() | wanted.keys()):
        if path not in existing:
            found.append(f"+ {path}")
        elif path not in wanted:
            found.append(f"- {path}")
        elif existing[path] != wanted[path]:
            found.append(f"~ {path}")
    return found


def _keep(source: Path, target: Path) -> None:
    """Carry one of the team's entries into the staging tree: folders made anew, links as
    links, files as hard links (a copy where linking is impossible)."""
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
    elif source.is_dir():
        target.mkdir()
        shutil.copystat(source, target)
        for child in source.iterdir():
            _keep(child, target / child.name)
    else:
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)


def _team_entries(root: Path, owned: set[str], generated: set[str]) -> list[Path]:
    """What in ``root`` is not the generator's: top entries the lock does not name, and inside
    folders it writes into, the entries that are not its files (nor folders of them)."""
    folders = {str(Path(f).parent.as_posix()) for f in owned | generated} - {"."}
    parents = {"/".join(f.split("/")[:i]) for f in folders for i in range(1, f.count("/") + 2)}
    found: list[Path] = []

    def walk(folder: Path, prefix: str) -> None:
        for entry in sorted(folder.iterdir()):
            name = prefix + entry.name
            if name in owned or name in generated:
                continue
            if name in parents:
                if entry.is_symlink() or not entry.is_dir():
                    # Writing through a link could land outside the output folder.
                    raise UsageError(
                        f"{entry}: the SDK writes a folder here, and this is a link or a file "
                        "the generator did not write; move it away and generate again"
                    )
                walk(entry, name + "/")
            else:
                found.append(entry)

    walk(root, "")
    return found


class TreeWriter:
    """Write a generated tree into ``root`` file by file as the files are made, keeping
    everything in it that the generator did not write; ``root`` is untouched until
    :meth:`commit` swaps the new tree in, and a failure or an interrupt before that leaves
    no trace (use it as a context manager).

    ``paths`` are every file the generation will write, known before the first is made: the
    checks against the team's files run before anything is written, and the team's entries
    are carried over first. Writes go to a thread of their own, so the kernel's share of
    writing thousands of files overlaps the formatting of the next ones; at most
    ``_PENDING`` files wait for it, so memory holds a window of the tree, not all of it.
    Unchanged files are hard links to the old ones, so the swap replaces only what changed.
    """

    def __init__(self, root: Path, paths: Iterable[str], force: bool = False) -> None:
        self.root = root.resolve()
        self.paths = frozenset(paths)
        self._staging: Path | None = None
        self._queue: queue.Queue[tuple[str, bytes] | None] = queue.Queue(_PENDING)
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._made: set[str] = set()
        self._owned: set[str] = set()
        self._check(force)

    def _check(self, force: bool) -> None:
        for path in self.paths:
            _safe_relative(path)
        root = self.root
        if root.exists() and not root.is_dir():
            raise UsageError(f"{root}: the output exists and is not a folder")
        owned = owned_files(root) if root.exists() else set()
        if owned is None:
            if any(root.iterdir()) and not force:
                raise UsageError(
                    f"{root}: the folder has files and no {LOCK_FILE} (this generator has not "
                    "written here); pass --force to generate into it (its files are kept, a "
                    "file the SDK writes replaces one of the same name)"
                )
            owned = set()
        for path in sorted(self.paths - owned):
            existing = root / path
            if owned and (existing.exists() or existing.is_symlink()):
                raise UsageError(
                    f"{existing}: not a file this generator wrote, and the SDK now writes one "
                    "there; move it away (or delete it) and generate again"
                )
        self._owned = owned

    def __enter__(self) -> TreeWriter:
        root = self.root
        root.parent.mkdir(parents=True, exist_ok=True)
        try:
            with signals.deferred():  # interrupted in between, the folder would be nobody's
                staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.new-", dir=root.parent))
                self._staging = staging
            # mkdtemp makes the folder private; the output keeps its own mode, or the umask's.
            if root.exists():
                os.chmod(staging, stat.S_IMODE(root.stat().st_mode))
                for entry in _team_entries(root, self._owned, set(self.paths)):
                    target = staging / entry.relative_to(root)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    _keep(entry, target)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(staging, 0o777 & ~umask)
            thread = threading.Thread(target=self._drain, name="sdkgen-write", daemon=True)
            thread.start()
            self._thread = thread  # (a thread interrupted while starting waits on, idle)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def write(self, path: str, text: str) -> None:
        """Queue one file of the tree (one of ``paths``) for writing."""
        if path not in self.paths:
            raise InternalError(f"internal error: {path!r} was not declared to the writer")
        if self._failure is not None:
            raise self._failure
        self._queue.put((path, text.encode("utf-8")))

    def _drain(self) -> None:
        assert self._staging is not None
        while (item := self._queue.get()) is not None:
            if self._failure is None:
                try:
                    self._write_one(*item)
                except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                    self._failure = exc

    def _write_one(self, path: str, data: bytes) -> None:
        # Plain strings and os calls: this runs 15,000 times on a large SDK, beside the
        # formatting that needs the interpreter.
        assert self._staging is not None
        target = os.path.join(self._staging, path)
        parent = os.path.dirname(target)
        if parent not in self._made:
            os.makedirs(parent, exist_ok=True)
            self._made.add(parent)
        if _link_if_same(os.path.join(self.root, path), target, data):
            return
        try:
            handle = open(target, "xb")
        except FileExistsError:
            # A kept file of the same name (--force) is a hard link to the old tree's:
            # writing through it would change the old tree before the swap.
            os.unlink(target)
            handle = open(target, "xb")
        with handle:
            handle.write(data)

    def _finish_writes(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None

    def commit(self) -> None:
        """Wait for the last writes, then swap the new tree in."""
        self._finish_writes()
        if self._failure is not None:
            raise self._failure
        root, staging = self.root, self._staging
        assert staging is not None
        # The swap and the old tree's removal run to their end: an interrupt halfway would
        # leave the output missing, or the old tree beside it.
        with signals.deferred():
            if not root.exists():
                os.rename(staging, root)
                return
            retired = Path(tempfile.mkdtemp(prefix=f".{root.name}.old-", dir=root.parent))
            os.rename(root, retired / root.name)
            try:
                os.rename(staging, root)
            except BaseException:
                os.rename(retired / root.name, root)
                shutil.rmtree(retired, ignore_errors=True)
                raise
            shutil.rmtree(retired, ignore_errors=True)

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        with signals.deferred():  # a second interrupt must not leave half a staging folder
            if self._thread is not None:  # interrupted: drop what waits, let the thread end
                while True:
                    try:
                        self._queue.get_nowait()
                    except queue.Empty:
                        break
                self._finish_writes()
            if self._staging is not None and self._staging.exists():
                shutil.rmtree(self._staging, ignore_errors=True)


def write_tree(root: Path, files: Mapping[str, str], force: bool = False) -> None:
    """Write ``files`` into ``root`` at once (:class:`TreeWriter` for a tree made file by
    file); untouched if anything fails before the swap."""
    with TreeWriter(root, files.keys(), force) as tree:
        for path, text in files.items():
            tree.write(path, text)
        tree.commit()
