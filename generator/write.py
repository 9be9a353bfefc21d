"""Stage 6, write: put the generated tree in place all at once, or compare it (``--check``).

The new tree is written into a temporary folder beside the output and swapped in with two
renames, so a failure or an interrupt at any point leaves either the old tree or the new one,
never half of each. Only files are compared; their bytes are exactly what was rendered.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .errors import UsageError

# Caches that tools leave in a generated tree; never part of the output.
IGNORED = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache"})


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


def _link_if_same(existing: Path, target: Path, data: bytes) -> bool:
    """Hard-link an unchanged file into the staging tree instead of writing it again: a
    regeneration rewrites only what changed (mtimes and inodes of the rest are kept)."""
    try:
        if existing.stat().st_size != len(data) or existing.read_bytes() != data:
            return False
        os.link(existing, target)
        return True
    except OSError:
        return False


def changes(root: Path, files: dict[str, str]) -> list[str]:
    """The files that differ between ``root`` and ``files``, each marked +, - or ~."""
    existing = read_tree(root)
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


def write_tree(root: Path, files: dict[str, str]) -> None:
    """Replace ``root`` with exactly ``files``; untouched if anything fails before the swap.

    Unchanged files are hard links to the old ones, so the swap replaces only what changed."""
    root = root.resolve()
    if root.exists() and not root.is_dir():
        raise UsageError(f"{root}: the output exists and is not a folder")
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.new-", dir=root.parent))
    try:
        made: set[Path] = set()
        for path, text in files.items():
            relative = _safe_relative(path)
            target = staging / relative
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            data = text.encode("utf-8")
            if not _link_if_same(root / relative, target, data):
                target.write_bytes(data)
        if root.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{root.name}.old-", dir=root.parent))
            os.rename(root, retired / root.name)
            try:
                os.rename(staging, root)
            except BaseException:
                os.rename(retired / root.name, root)
                raise
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.rename(staging, root)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
