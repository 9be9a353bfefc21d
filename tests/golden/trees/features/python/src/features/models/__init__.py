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
    from .base import Base, BaseTypedDict
    from .circle import Circle, CircleTypedDict
    from .item import Item, ItemTypedDict
    from .itemshape import ItemShape, ItemShapeTypedDict
    from .loginrequestbody import LoginRequestBody, LoginRequestBodyTypedDict
    from .square import Square, SquareTypedDict
    from .uploadrequestbody import UploadRequestBody, UploadRequestBodyTypedDict

_MODULES: Dict[str, str] = {
    "Base": "base",
    "BaseTypedDict": "base",
    "Circle": "circle",
    "CircleTypedDict": "circle",
    "Item": "item",
    "ItemTypedDict": "item",
    "ItemShape": "itemshape",
    "ItemShapeTypedDict": "itemshape",
    "LoginRequestBody": "loginrequestbody",
    "LoginRequestBodyTypedDict": "loginrequestbody",
    "Square": "square",
    "SquareTypedDict": "square",
    "UploadRequestBody": "uploadrequestbody",
    "UploadRequestBodyTypedDict": "uploadrequestbody",
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
    "Base",
    "BaseTypedDict",
    "Circle",
    "CircleTypedDict",
    "Item",
    "ItemShape",
    "ItemShapeTypedDict",
    "ItemTypedDict",
    "LoginRequestBody",
    "LoginRequestBodyTypedDict",
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
    "Square",
    "SquareTypedDict",
    "UploadRequestBody",
    "UploadRequestBodyTypedDict",
]
