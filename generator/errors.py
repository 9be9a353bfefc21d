"""Errors the generator reports as values, each naming the file and the place in the spec.

A spec error is the user's to fix, so it carries what they need to find it: the file, a JSON
pointer into the document and, where the loader knows it, the line. Stages raise
:class:`SpecError`; the CLI prints it and picks the exit code from its kind.
"""

from __future__ import annotations

from dataclasses import dataclass


def escape_pointer_token(token: str) -> str:
    """Escape one reference token as RFC 6901 requires (``~`` then ``/``)."""
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: object) -> str:
    """Append tokens to a JSON pointer, escaping each."""
    return pointer + "".join("/" + escape_pointer_token(str(t)) for t in tokens)


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or unsupported) at one place in a spec."""

    file: str
    pointer: str
    message: str
    line: int | None = None
    kind: str = "error"  # for warnings: what was skipped or approximated, to count by kind

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line is not None else "")
        return f"{where}: {self.pointer or '#'}: {self.message}"


class GeneratorError(Exception):
    """Base of the errors the CLI reports without a traceback."""

    exit_code = 1


class SpecError(GeneratorError):
    """The spec is malformed, inconsistent or asks for something this generator cannot do."""

    exit_code = 2

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class InternalError(GeneratorError):
    """A bug of ours, caught where it shows (a template that fails, generated code that does
    not parse): the message says what, the exit code is the internal one."""

    exit_code = 70


class InvalidOutput(InternalError):
    """A generated file its target's check refused (Python that does not compile): ours,
    unless a templates overlay wrote it (the pipeline then makes it a :class:`UsageError`)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"internal error (a bug in the generator): generated {path} is {problem}")
        self.path = path
        self.problem = problem


class UsageError(GeneratorError):
    """The command line or the config file is wrong."""

    exit_code = 64


class Diagnostics:
    """Warnings gathered across stages: what a spec asks for that the generator skipped or
    approximated. Generation goes on; ``--strict`` turns any warning into a failure."""

    def __init__(self) -> None:
        self.warnings: list[Problem] = []

    def warn(self, problem: Problem) -> None:
        # A schema reached twice (an inline one shared by two places) warns once.
        if problem not in self.warnings:
            self.warnings.append(problem)

    def by_kind(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for warning in self.warnings:
            counts[warning.kind] = counts.get(warning.kind, 0) + 1
        return dict(sorted(counts.items()))
