"""The Python target's formatter: black, the formatter of record, in the SDK's settings."""

from __future__ import annotations

import importlib.metadata
import re

import black

from ...errors import InternalError

MODE = black.Mode(target_versions={black.mode.TargetVersion.PY39}, line_length=88)
_BLANK_RUN_BEFORE_IMPORT = re.compile(r"\n{3,}(?=(?:from|import) )")


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


class Black:
    kind = "python"

    @property
    def cache_key(self) -> bytes:
        return f"black {importlib.metadata.version('black')} {MODE!r}\n".encode()

    def format_batch(self, batch: list[tuple[str, str]]) -> list[str]:
        return [format_python(path, source) for path, source in batch]
