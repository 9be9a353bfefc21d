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
    from .account import Account, AccountTypedDict
    from .addpetrequestbody import AddPetRequestBody, AddPetRequestBodyTypedDict
    from .cat import Cat, CatTypedDict
    from .circle import Circle, CircleTypedDict
    from .dog import Dog, DogTypedDict
    from .importaccountsrequestbody import (
        ImportAccountsRequestBody,
        ImportAccountsRequestBodyTypedDict,
    )
    from .level import Level
    from .pet import Pet, PetTypedDict
    from .shape import Shape, ShapeTypedDict
    from .square import Square, SquareTypedDict
    from .status import Status

_MODULES: Dict[str, str] = {
    "Account": "account",
    "AccountTypedDict": "account",
    "AddPetRequestBody": "addpetrequestbody",
    "AddPetRequestBodyTypedDict": "addpetrequestbody",
    "Cat": "cat",
    "CatTypedDict": "cat",
    "Circle": "circle",
    "CircleTypedDict": "circle",
    "Dog": "dog",
    "DogTypedDict": "dog",
    "ImportAccountsRequestBody": "importaccountsrequestbody",
    "ImportAccountsRequestBodyTypedDict": "importaccountsrequestbody",
    "Level": "level",
    "Pet": "pet",
    "PetTypedDict": "pet",
    "Shape": "shape",
    "ShapeTypedDict": "shape",
    "Square": "square",
    "SquareTypedDict": "square",
    "Status": "status",
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
    "Account",
    "AccountTypedDict",
    "AddPetRequestBody",
    "AddPetRequestBodyTypedDict",
    "Cat",
    "CatTypedDict",
    "Circle",
    "CircleTypedDict",
    "Dog",
    "DogTypedDict",
    "ImportAccountsRequestBody",
    "ImportAccountsRequestBodyTypedDict",
    "Level",
    "Pet",
    "PetTypedDict",
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
    "Shape",
    "ShapeTypedDict",
    "Square",
    "SquareTypedDict",
    "Status",
]
