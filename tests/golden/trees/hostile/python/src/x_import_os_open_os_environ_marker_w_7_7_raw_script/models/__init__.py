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
    from .class_ import Class
    from .escape import Escape, EscapeTypedDict
    from .hostile import Hostile, HostileTypedDict
    from .hostileximportosopenosenvironmarkerw77rawscript import (
        HostileXImportOsOpenOsEnvironMARKERW77RawScript,
    )
    from .sdkerrormodel import SDKErrorModel, SDKErrorModelTypedDict

_MODULES: Dict[str, str] = {
    "Class": "class_",
    "Escape": "escape",
    "EscapeTypedDict": "escape",
    "Hostile": "hostile",
    "HostileTypedDict": "hostile",
    "HostileXImportOsOpenOsEnvironMARKERW77RawScript": "hostileximportosopenosenvironmarkerw77rawscript",
    "SDKErrorModel": "sdkerrormodel",
    "SDKErrorModelTypedDict": "sdkerrormodel",
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
    "Class",
    "Escape",
    "EscapeTypedDict",
    "Hostile",
    "HostileTypedDict",
    "HostileXImportOsOpenOsEnvironMARKERW77RawScript",
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKErrorModel",
    "SDKErrorModelTypedDict",
    "SDKTimeoutError",
]
