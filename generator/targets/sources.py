"""Runtime sources: modules an SDK carries as they are, kept in the generator as real source.

A target's runtime (transport, retries, errors, streams) is ordinary code, type-checked and
unit-tested as itself; the target copies it into every SDK. Only one thing varies per SDK:
sections an SDK does not need are left out. A section is the lines between
``# sdkgen: if <feature>`` and ``# sdkgen: end`` (the marker lines are never copied).
Sections do not nest.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import GeneratorError

_START = re.compile(r"^\s*(?://|#) sdkgen: if ([a-z][a-z-]*)\s*$")
_END = re.compile(r"^\s*(?://|#) sdkgen: end\s*$")


def source_text(path: Path, features: frozenset[str]) -> str:
    """The text of the runtime source ``path`` with the sections of absent ``features`` cut."""
    kept: list[str] = []
    section: str | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(True), 1):
        start = _START.match(line)
        if start:
            if section is not None:
                raise GeneratorError(f"internal error: {path}:{number}: nested sdkgen section")
            section = start.group(1)
            continue
        if _END.match(line):
            if section is None:
                raise GeneratorError(f"internal error: {path}:{number}: sdkgen end without if")
            section = None
            continue
        if section is None or section in features:
            kept.append(line)
    if section is not None:
        raise GeneratorError(f"internal error: {path}: unclosed sdkgen section {section!r}")
    return "".join(kept)
