"""Targets: each language turns the IR into files with its own naming, types and templates.

A target is a module under ``generator.targets`` exposing ``TARGET`` with
``plan(api, config, diagnostics) -> list[OutputFile]``.
Adding a language means adding a target module and a ``templates/<name>/`` folder; no other
stage changes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Mapping, Protocol

from .. import ir
from ..config import Config
from ..errors import Diagnostics, UsageError

TARGETS = ("python", "typescript")


@dataclass(frozen=True)
class OutputFile:
    """One file to write: a template and its context, or fixed ``content``."""

    path: str  # relative to the output folder, with forward slashes
    template: str | None = None  # None: ``content`` is the text as it is
    context: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    kind: str = "text"  # "python" files go through black, "typescript" ones are tidied
    final_newline: bool = True
    content: str | None = None


class Target(Protocol):
    name: str

    def plan(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> list[OutputFile]:
        """Every file of the SDK; what the target cannot express goes to ``diagnostics``."""
        ...


def get_target(name: str) -> Target:
    if name not in TARGETS:
        raise UsageError(f"unknown target {name!r}; known targets: {', '.join(TARGETS)}")
    module = importlib.import_module(f"{__name__}.{name}")
    target: Target = module.TARGET
    return target
