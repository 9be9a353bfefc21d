"""The SDK's data models: request and response bodies, enums, unions and errors.

Each model lives in a module of its own, imported on first use: importing the SDK stays fast
however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

from ._errors import (
    RequestValidationError,
    ResponseValidationError,
    SDKBaseError,
    SDKConnectionError,
    SDKError,
    SDKTimeoutError,
)

if TYPE_CHECKING:
    from .getthing4xxerror import GetThing4XXError, GetThing4XXErrorTypedDict
    from .problem import Problem, ProblemTypedDict
    from .sdkerrormodel import SDKErrorModel, SDKErrorModelTypedDict
    from .thing import Thing, ThingTypedDict

_MODULES: Dict[str, str] = {
    "GetThing4XXError": "getthing4xxerror",
    "GetThing4XXErrorTypedDict": "getthing4xxerror",
    "Problem": "problem",
    "ProblemTypedDict": "problem",
    "SDKErrorModel": "sdkerrormodel",
    "SDKErrorModelTypedDict": "sdkerrormodel",
    "Thing": "thing",
    "ThingTypedDict": "thing",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(__all__)


__all__ = [
    "GetThing4XXError",
    "GetThing4XXErrorTypedDict",
    "Problem",
    "ProblemTypedDict",
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKErrorModel",
    "SDKErrorModelTypedDict",
    "SDKTimeoutError",
    "Thing",
    "ThingTypedDict",
]
