"""The Python target: a typed, installable SDK (pydantic v2 models, httpx) and its docs."""

from __future__ import annotations

from typing import Any, Dict, List, Literal, Optional

import pydantic

from ... import ir
from ...config import Config
from ...errors import Diagnostics
from .. import OutputFile
from .format import Black
from .symbols import SDK_PYTHON_FLOOR
from .plan import plan as _plan


class PythonSettings(pydantic.BaseModel):
    """The ``python:`` section of the config file."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    distribution: Optional[str] = pydantic.Field(
        default=None,
        pattern=r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$",
        description="The distribution name on PyPI (default: package_name).",
    )
    urls: Dict[str, str] = pydantic.Field(
        default_factory=dict,
        description="The project's URLs by label (Homepage, Documentation, ...); the "
        "shared repository is added as Repository.",
    )

    docs_call_options: List[Literal["retries", "server_url", "timeout_ms", "http_headers"]] = (
        pydantic.Field(
            default=["retries", "server_url", "timeout_ms", "http_headers"],
            description="The per-call keyword arguments each operation's Parameters table "
            "lists (every method takes all four).",
        )
    )
    python_floor: str = pydantic.Field(
        default=SDK_PYTHON_FLOOR,
        pattern=r"^3\.\d+$",
        description=f"The oldest Python the SDK supports ({SDK_PYTHON_FLOOR} or later).",
    )

    @pydantic.field_validator("python_floor")
    @classmethod
    def _not_below_the_runtime(cls, value: str) -> str:
        if int(value.split(".")[1]) < int(SDK_PYTHON_FLOOR.split(".")[1]):
            raise ValueError(f"the SDK's runtime needs Python {SDK_PYTHON_FLOOR} or later")
        return value

    def __hash__(self) -> int:
        return hash((self.distribution, tuple(sorted(self.urls.items())), self.python_floor))


class PythonTarget:
    name = "python"
    settings = PythonSettings
    formatters = (Black(),)

    @property
    def surface_names(self) -> Any:
        from .surface import PythonNames  # the report's names; imported when a report is made

        return PythonNames

    def symbols(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> Any:
        """The SDK's names, made once: the public surface and the planner both read them."""
        from .symbols import Symbols

        return Symbols(api, config, diagnostics)

    def plan(
        self, api: ir.Api, config: Config, diagnostics: Diagnostics, symbols: Any = None
    ) -> list[OutputFile]:
        return _plan(api, config, diagnostics, symbols)


TARGET = PythonTarget()
