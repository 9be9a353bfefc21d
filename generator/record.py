"""The record of the last generation into a folder: a digest of everything that went in,
and the state each file it wrote was left in, so that a regeneration with nothing changed
says so in a fraction of a second instead of making every file again to find that out.

What goes in: the spec's and the config's bytes (and their paths), the templates overlay's
files, the target, the generator's own files (code, runtime sources, templates), the
versions of the libraries that shape the output and Python's. What the files were left in:
each file's device, inode, size, modification and change times (``ctime`` cannot be set
back by a tool that preserves mtimes; git's index trusts the same), read after the swap.
Any difference, a file deleted, edited, replaced or touched, or a record that cannot be
read, and the generation runs in full. ``--full`` always does.

A generation is idempotent: run again on its own output with the same inputs (its lock and
changelog now the previous ones), it makes the same files, so a folder in the recorded
state is what a full run would leave; ``tests/test_record.py`` holds both halves.

Records live in the cache folder (:func:`generator.format.default_cache_dir`), one per output
folder and target; a machine without one runs in full.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml

from .config import overlay_of
from .errors import Problem
from .format import CACHE_DAYS, DAY

RECORD_FORMAT = 2  # 2: records keep an "extra" section (generator/incremental.py)
_RECORDS = "runs"  # the cache's subfolder
# The libraries whose version can change a generated file.
_SHAPING = (
    *("black", "jinja2", "MarkupSafe", "openapi-pydantic", "pydantic", "pydantic-core"),
    *("PyYAML", "yamlcore"),
)
_GENERATOR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Unchanged:
    """A regeneration that found the folder as the last one, with the same inputs, left it."""

    out: Path
    paths: tuple[str, ...]
    warnings: tuple[Problem, ...]  # the last generation's, now naming this run's spec path
    package_version: str
    api_version: str


def inputs_digest(
    spec: Path, target: str, config_path: Path | None, templates: Path | None
) -> str | None:
    """A digest of everything a generation reads; None when some of it cannot be read (the
    full run then says what is wrong)."""
    both = digests(spec, target, config_path, templates)
    return both[1] if both is not None else None


def digests(
    spec: Path, target: str, config_path: Path | None, templates: Path | None
) -> tuple[str, str] | None:
    """The digest of everything a generation reads but the spec's bytes (its path included:
    what must be as the last generation read it for a regeneration to start from that one,
    :mod:`generator.incremental`), and :func:`inputs_digest`, which adds those bytes; None
    when some of it cannot be read."""
    digest = hashlib.sha256(f"sdkgen record {RECORD_FORMAT}\n".encode())

    def add(label: str, data: bytes) -> None:
        digest.update(f"{label} {len(data)}\n".encode())
        digest.update(data)

    try:
        add("generator", _generator_digest().encode())
        add("target", target.encode())
        add("spec-path", str(spec).encode())
        add("config-path", str(config_path).encode())
        if config_path is not None:
            add("config", config_path.read_bytes())
            # Only where the overlay is: the title and version do not move it.
            overlay = templates or overlay_of(config_path)
        else:
            overlay = templates
        add("templates-path", str(overlay).encode())
        if overlay is not None:
            for path in _files(Path(overlay)):
                add("overlay " + path.relative_to(overlay).as_posix(), path.read_bytes())
        context = digest.hexdigest()
        add("spec", spec.read_bytes())
    except (OSError, ValueError, yaml.YAMLError):  # (UnicodeDecodeError is a ValueError)
        return None
    return context, digest.hexdigest()


@functools.lru_cache(maxsize=None)
def _generator_digest() -> str:
    """The generator's own files (its code, the runtime it copies, its templates) and the
    versions of what shapes its output."""
    from .render import TEMPLATES

    digest = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    for name in _SHAPING:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name} {version}\n".encode())
    for root in (_GENERATOR, Path(TEMPLATES)):
        for path in _files(root):
            data = path.read_bytes()
            label = f"{root.name}/{path.relative_to(root).as_posix()} {len(data)}\n"
            digest.update(label.encode())
            digest.update(data)
    return digest.hexdigest()


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def _state(path: str) -> list[int]:
    found = os.stat(path)
    return [found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns]


def _record_file(cache_dir: Path, out: Path, target: str) -> Path:
    key = hashlib.sha256(f"{out.resolve()}\n{target}".encode()).hexdigest()[:32]
    return cache_dir / _RECORDS / f"{key}.json"


def companion(cache_dir: Path, out: Path, target: str, suffix: str) -> Path:
    """A file kept beside the record of ``out`` (``.state``, ``.spec.json``: what
    :mod:`generator.incremental` keeps), pruned as records are."""
    return _record_file(cache_dir, out, target).with_suffix(suffix)


def file_states(out: Path, paths: Iterable[str]) -> dict[str, list[int]] | None:
    """The state of each file (its identity, size and times); None when one cannot be read
    or the filesystem's times are too coarse to tell a later edit."""
    root = out.resolve()
    try:
        files = {path: _state(os.path.join(root, path)) for path in sorted(paths)}
    except OSError:
        return None
    if not any(state[3] % 1_000_000 for state in files.values()):
        # Times in whole milliseconds or coarser (FAT, some network filesystems): an edit
        # soon after the generation could leave a file's times as they were. No record.
        return None
    return files


def save(
    cache_dir: Path,
    out: Path,
    target: str,
    inputs: str,
    paths: Iterable[str] | dict[str, list[int]],
    warnings: Iterable[Problem],
    package_version: str,
    api_version: str,
    extra: dict[str, Any] | None = None,
) -> None:
    """Record a generation just written into ``out`` (``paths``, or their states when the
    caller has them: :func:`file_states`); a record that cannot be written only costs the
    next run its shortcut. ``extra`` is kept as it is, for :mod:`generator.incremental`."""
    root = out.resolve()
    files = paths if isinstance(paths, dict) else file_states(out, paths)
    if files is None:
        return
    record = {
        "format": RECORD_FORMAT,
        "out": str(root),
        "target": target,
        "inputs": inputs,
        "package_version": package_version,
        "api_version": api_version,
        "warnings": [[w.pointer, w.message, w.line, w.kind] for w in warnings],
        "files": files,
        "extra": extra,
    }
    target_file = _record_file(cache_dir, out, target)
    with contextlib.suppress(OSError):
        target_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target_file, json.dumps(record).encode())  # (json.dump: Python)
        _prune(target_file.parent)


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """``path`` holds ``data`` or what it held before, never a part (raises OSError);
    private to this user unless ``mode`` says otherwise."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        if mode is not None:
            os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _prune(folder: Path) -> None:
    """Drop the records no generation wrote for as long as the formatting cache keeps an
    entry (the folders they describe are likely gone)."""
    oldest = time.time() - CACHE_DAYS * DAY
    for entry in os.scandir(folder):
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < oldest:
                os.unlink(entry.path)


def last(cache_dir: Path, out: Path, target: str) -> dict[str, Any] | None:
    """The record of the last generation into ``out`` for ``target``, when every file it
    wrote is still as it left it; else None."""
    source = _record_file(cache_dir, out, target)
    try:
        with open(source, encoding="utf-8") as stream:
            record: Any = json.load(stream)
        root = out.resolve()
        if (
            not isinstance(record, dict)
            or record.get("format") != RECORD_FORMAT
            or record.get("out") != str(root)
            or record.get("target") != target
        ):
            return None
        for path, state in record["files"].items():
            if _state(os.path.join(root, path)) != state:
                return None
        with contextlib.suppress(OSError):
            os.utime(source)  # in use: not one to prune
        return record
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def recorded_warnings(record: dict[str, Any], spec: Path) -> tuple[Problem, ...]:
    """The warnings a record keeps, naming this run's spec path."""
    return tuple(
        Problem(str(spec), pointer, message, line, kind)
        for pointer, message, line, kind in record["warnings"]
    )


def unchanged(cache_dir: Path, out: Path, target: str, inputs: str, spec: Path) -> Unchanged | None:
    """The last generation into ``out``, when its inputs were ``inputs`` and every file it
    wrote is still as it left it; else None."""
    found = last(cache_dir, out, target)
    return as_unchanged(found, out, inputs, spec) if found is not None else None


def as_unchanged(record: dict[str, Any], out: Path, inputs: str, spec: Path) -> Unchanged | None:
    """The generation ``record`` (:func:`last`) describes, when its inputs were ``inputs``."""
    if record.get("inputs") != inputs:
        return None
    try:
        return Unchanged(
            out,
            tuple(record["files"]),
            recorded_warnings(record, spec),
            str(record["package_version"]),
            str(record["api_version"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def restated(
    record: dict[str, Any], out: Path, paths: Iterable[str]
) -> dict[str, list[int]] | None:
    """The file states of ``record`` with those of ``paths`` read again (the files a
    regeneration rewrote); None when one cannot be read."""
    files = dict(record["files"])
    fresh = file_states(out, paths)
    if fresh is None:
        return None
    files.update(fresh)
    return files
