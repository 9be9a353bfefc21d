"""The syntax check of every generated Python file, in a process of its own.

Compiling the files is a fifth of a large SDK's formatting and needs nothing of the
generator: a bare interpreter (``-I -S``: no site, no imports but the standard library's
json, a few megabytes) compiles them on the other core while this process lays out the next
ones. Files go over its stdin as they are made; it answers once, at the end: ``ok`` or the
first file that does not compile (it stops compiling then, and only reads on, so neither
pipe can fill). A file that does not compile is a bug of ours, reported as one.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys

from ...errors import InternalError

# The checker: frames of a JSON header line [path, size] and the source's UTF-8 bytes.
# Compiled to bytecode, not only parsed: the compiler refuses more (a `return` outside a
# function, a misplaced `await`) than the parser does.
_CHECKER = """
import json, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)  # the generator decides; it ends this one
source, failure = sys.stdin.buffer, None
while header := source.readline():
    path, size = json.loads(header)
    data = source.read(size)
    if failure is None:
        try:
            compile(data.decode("utf-8"), path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            failure = [path, str(exc)]
sys.stdout.write(json.dumps(failure) + "\\n" if failure else "ok\\n")
"""


def not_python(path: str, reason: object) -> InternalError:
    return InternalError(
        f"internal error (a bug in the generator): generated {path} is not valid Python: "
        f"{reason}"
    )


def compile_here(path: str, source: str) -> None:
    """The same check in this process."""
    try:
        compile(source, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        raise not_python(path, exc) from exc


class SyntaxCheck:
    """One generation's check: :meth:`add` each file, then :meth:`result` (raises on the
    first file that does not compile) or :meth:`abandon`."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._here = False  # the process could not be started or fed: check in this one

    def add(self, path: str, source: str) -> None:
        if not self._here:
            try:
                if self._process is None:
                    self._process = subprocess.Popen(
                        [sys.executable, "-I", "-S", "-c", _CHECKER],
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.DEVNULL,
                    )
                assert self._process.stdin is not None
                data = source.encode("utf-8")
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
