"""Targets: each language turns the IR into files with its own naming, types and templates.

A target is a module under ``generator.targets`` exposing ``TARGET`` with
``plan(api, config, diagnostics) -> list[OutputFile]``.
Adding a language means adding a target module and a ``templates/<name>/`` folder; no other
stage changes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Protocol

import pydantic

from .. import ir
from ..config import Config
from ..errors import Diagnostics, UsageError

TARGETS = ("python", "typescript")


@dataclass(frozen=True)
class OutputFile:
    """One file to write: a template and its context, or fixed ``content``."""

    path: str  # relative to the output folder, with forward slashes
    template: str | None = None  # None: ``content`` is the text as it is
    # The template's context, or a function that makes it when the file is rendered (the
    # large SDKs' thousands of contexts are then never held at once).
    context: Mapping[str, Any] | Callable[[], Mapping[str, Any]] = field(
        default_factory=dict, hash=False, compare=False
    )
    kind: str = "text"  # "python" files go through black, "typescript" ones are tidied
    final_newline: bool = True
    content: str | None = None


class PlannedFiles(list[OutputFile]):
    """A target's planned files, with the names they were planned with (``symbols``: the
    target's :class:`generator.targets.parts.SymbolsBase`), which the public surface of a
    regeneration reuses (:mod:`generator.incremental`)."""

    def __init__(self, files: list[OutputFile], symbols: Any) -> None:
        super().__init__(files)
        self.symbols = symbols


class Target(Protocol):
    name: str
    # The model of the target's own section of the config file (under the target's name).
    settings: type[pydantic.BaseModel]
    # Its formatters, one per kind of file it writes that needs one (generator/format.py).
    formatters: tuple[Any, ...]
    # How its SDK names what callers touch, for the API-change report (generator/surface.py);
    # None: the spec's own names.
    surface_names: Any

    def plan(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> list[OutputFile]:
        """Every file of the SDK; what the target cannot express goes to ``diagnostics``.
        A target may also offer ``symbols(api, config, diagnostics)``, its names made once,
        and take them as ``plan``'s fourth argument: the public surface then reads the
        same names (the pipeline uses both when a target has them)."""
        ...


# Targets added at run time (a test's throwaway target, a plugin), by name.
_REGISTERED: dict[str, Target] = {}


def register(target: Target) -> None:
    """Make ``target`` available by its name, beside the built-in ones."""
    _REGISTERED[target.name] = target


def target_names() -> tuple[str, ...]:
    return (*TARGETS, *sorted(_REGISTERED))


def get_target(name: str) -> Target:
    if name in _REGISTERED:
        return _REGISTERED[name]
    if name not in TARGETS:
        raise UsageError(f"unknown target {name!r}; known targets: {', '.join(target_names())}")
    module = importlib.import_module(f"{__name__}.{name}")
    target: Target = module.TARGET
    return target
