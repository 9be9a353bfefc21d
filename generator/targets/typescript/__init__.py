"""The TypeScript target: an ESM npm package (type definitions, Node 20's fetch) and its docs."""

from __future__ import annotations

from ... import ir
from ...config import Config
from ...errors import Diagnostics
from .. import OutputFile
from .plan import plan as _plan


class TypeScriptTarget:
    name = "typescript"

    def plan(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> list[OutputFile]:
        return _plan(api, config, diagnostics)


TARGET = TypeScriptTarget()
