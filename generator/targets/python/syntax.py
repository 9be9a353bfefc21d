"""The syntax check of every generated Python file, in a process of its own.

Compiling the files is a fifth of a large SDK's formatting and needs nothing of the
generator: a bare interpreter (``-I -S``: no site, a few megabytes) runs :mod:`.checker` on
the other core while this process lays out the next files. It is started before the spec
is read, while this process is small. Files go over its stdin as they are made; it answers
once, at the end. A file that does not compile is a bug of ours, reported as one.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from pathlib import Path

from ...errors import InternalError, InvalidOutput
from . import checker

# The checker, a script of the standard library only (run by path: the bare interpreter
# does not import the generator).
_CHECKER = str(Path(checker.__file__))


def not_python(path: str, reason: object) -> InvalidOutput:
    return InvalidOutput(path, f"not valid Python: {reason}")


def compile_here(path: str, source: str) -> None:
    """The same check in this process."""
    try:
        checker.compile_in_parts(source, path)
    except (SyntaxError, ValueError) as exc:
        raise not_python(path, exc) from exc


class SyntaxCheck:
    """One generation's check: :meth:`start` (optional: else the first file starts it),
    :meth:`add` each file, then :meth:`result` (raises on the first file that does not
    compile) or :meth:`abandon`."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._here = False  # the process could not be started or fed: check in this one

    def start(self) -> None:
        if self._process is not None or self._here:
            return
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-I", "-S", _CHECKER],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self._here = True

    def add(self, path: str, source: str) -> None:
        self.start()
        if self._process is not None and not self._here:
            assert self._process.stdin is not None
            data = source.encode("utf-8")
            try:
                self._process.stdin.write(json.dumps([path, len(data)]).encode() + b"\n")
                self._process.stdin.write(data)
                return
            except OSError:
                self._here = True  # the files it had are still answered for in result()
        compile_here(path, source)

    def result(self) -> None:
        process, self._process = self._process, None
        self._here = False
        if process is None:
            return
        try:
            answer, _ = process.communicate()
        except OSError as exc:  # the pipe broke: what it checked is unknown
            process.kill()
            process.wait()
            raise InternalError(f"internal error: the syntax check stopped: {exc}") from exc
        line = answer.decode("utf-8", "replace").strip()
        if line == "ok":
            return
        if process.returncode != 0 or not line.startswith("["):
            raise InternalError(
                f"internal error: the syntax check stopped (exit {process.returncode})"
            )
        path, reason = json.loads(line)
        raise not_python(path, reason)

    def abandon(self) -> None:
        process, self._process = self._process, None
        self._here = False
        if process is not None:
            process.kill()
            process.wait()
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):  # what it did not read is dropped
                        pipe.close()
