"""Compile generated Python files, read from stdin, and answer once on stdout: ``ok``, or the
first file that does not compile as ``[path, reason]``.

Run as a script by a bare interpreter (``python -I -S checker.py``, see :mod:`.syntax`), so it
imports nothing but the standard library. Its input is frames of a JSON header line
``[path, size]`` and the file's ``size`` UTF-8 bytes. After a failure it stops compiling and
only reads on, so neither pipe can fill.

A file is compiled to bytecode, not only parsed: the compiler refuses more (a ``return``
outside a function, a misplaced ``await``) than the parser does. A large file is compiled in
parts (compiling takes about 25 times the source's size in memory, and a large SDK's model
index is megabytes): runs of whole top-level statements, each compiled alone at its own line
numbers. A part boundary is a line at column 0 that starts a statement and does not continue
the one before (``else``, ``except`` ...); where a part ends inside a string or brackets it
does not compile, and grows on (after a few such misses the rest of the file is compiled in
one piece). Every part compiles alone exactly when the whole file compiles.
"""

from __future__ import annotations

import json
import re
import signal
import sys

PART = 1 << 16  # characters gathered before a part may end
_MISSES = 4  # parts that did not compile before the rest of the file is compiled whole

# A line that may begin a part: a statement's first character at column 0, but not a clause
# that continues the statement before it, nor a __future__ import (legal only at the top).
_PART_START = re.compile(r"(?!(?:else|elif|except|finally)\b|from __future__\b)[A-Za-z_@]")


def compile_in_parts(source: str, path: str) -> None:
    """Raise what ``compile(source, path, "exec")`` raises, with at most about ``PART``
    characters' worth of syntax tree alive at once (unless a part ends inside a string)."""
    lines = source.splitlines(keepends=True)
    start = size = misses = 0
    for index, line in enumerate(lines):
        if size >= PART and _PART_START.match(line):
            try:
                _compile(lines, start, index, path)
            except (SyntaxError, ValueError):
                # The part ended mid-statement (after a decorator, inside a string), or the
                # file is not Python: gather on, and after a few misses compile the rest.
                misses += 1
                if misses == _MISSES:
                    break
                size = 0
                continue
            start, size = index, 0
        size += len(line)
    _compile(lines, start, len(lines), path)


def _compile(lines: list[str], start: int, end: int, path: str) -> None:
    # The blank lines before a part keep its line numbers those of the file.
    compile("\n" * start + "".join(lines[start:end]), path, "exec", dont_inherit=True)


def main() -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the generator decides when this one ends
    stream, failure = sys.stdin.buffer, None
    while header := stream.readline():
        path, size = json.loads(header)
        data = stream.read(size)
        if failure is None:
            try:
                compile_in_parts(data.decode("utf-8"), path)
            except (SyntaxError, ValueError) as exc:
                failure = [path, str(exc)]
    sys.stdout.write(json.dumps(failure) + "\n" if failure else "ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
