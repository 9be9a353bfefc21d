"""The Python target: a typed, installable SDK (pydantic v2 models, httpx) and its docs."""

from __future__ import annotations

from ... import ir
from ...config import Config
from ...errors import Diagnostics
from .. import OutputFile
from .plan import plan as _plan


class PythonTarget:
    name = "python"

    def plan(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> list[OutputFile]:
        return _plan(api, config, diagnostics)


TARGET = PythonTarget()
