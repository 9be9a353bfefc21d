"""Stage 5, format: black, in process, over every generated Python file.

Black is the formatter of record. A file black cannot parse is a generator bug, reported
with the file's name rather than as a traceback from deep inside black.
"""

from __future__ import annotations

import re

import black

from .errors import GeneratorError

MODE = black.Mode(target_versions={black.mode.TargetVersion.PY39}, line_length=88)


_BLANK_RUN_BEFORE_IMPORT = re.compile(r"\n{3,}(?=(?:from|import) )")


def format_python(path: str, source: str) -> str:
    """Black, after folding the blank lines that optional template sections leave between
    import groups (black keeps up to two; one is the convention)."""
    source = _BLANK_RUN_BEFORE_IMPORT.sub("\n\n", source)
    try:
        return black.format_str(source, mode=MODE)
    except black.parsing.InvalidInput as exc:
        raise GeneratorError(
            f"internal error: generated {path} is not valid Python: {exc}"
        ) from exc


def format_files(rendered: dict[str, str], python_paths: set[str]) -> dict[str, str]:
    return {
        path: format_python(path, text) if path in python_paths else text
        for path, text in rendered.items()
    }
