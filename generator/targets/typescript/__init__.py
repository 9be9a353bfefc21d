"""The TypeScript target: an ESM npm package (type definitions, Node 20's fetch) and its docs."""

from __future__ import annotations

from typing import Any, Optional

import pydantic

from ... import ir
from ...config import Config
from ...errors import Diagnostics
from .. import OutputFile
from .format import Tidy
from .plan import plan as _plan


class TypeScriptSettings(pydantic.BaseModel):
    """The ``typescript:`` section of the config file."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    npm_name: Optional[str] = pydantic.Field(
        default=None,
        pattern=r"^(@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$",
        description="The package's npm name, with its scope if it has one "
        "(default: package_name).",
    )


class TypeScriptTarget:
    name = "typescript"
    settings = TypeScriptSettings
    formatters = (Tidy(),)

    @property
    def surface_names(self) -> Any:
        from .surface import TypeScriptNames  # the report's names; imported when a report is made

        return TypeScriptNames

    def symbols(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> Any:
        """The SDK's names, made once: the public surface and the planner both read them."""
        from .symbols import Symbols

        return Symbols(api, config, diagnostics)

    def plan(
        self, api: ir.Api, config: Config, diagnostics: Diagnostics, symbols: Any = None
    ) -> list[OutputFile]:
        return _plan(api, config, diagnostics, symbols)


TARGET = TypeScriptTarget()
