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
    from .cafe import Cafe, CafeTypedDict
    from .client import Client, ClientTypedDict
    from .listclientsresponse import ListClientsResponse, ListClientsResponseTypedDict
    from .model1stplace import Model1StPlace, Model1StPlaceTypedDict
    from .odd import Odd, OddTypedDict
    from .petstorev1 import PetStoreV1, PetStoreV1TypedDict
    from .petstorev12 import PetStoreV12, PetStoreV12TypedDict
    from .response import Response, ResponseTypedDict

_MODULES: Dict[str, str] = {
    "Cafe": "cafe",
    "CafeTypedDict": "cafe",
    "Client": "client",
    "ClientTypedDict": "client",
    "ListClientsResponse": "listclientsresponse",
    "ListClientsResponseTypedDict": "listclientsresponse",
    "Model1StPlace": "model1stplace",
    "Model1StPlaceTypedDict": "model1stplace",
    "Odd": "odd",
    "OddTypedDict": "odd",
    "PetStoreV1": "petstorev1",
    "PetStoreV1TypedDict": "petstorev1",
    "PetStoreV12": "petstorev12",
    "PetStoreV12TypedDict": "petstorev12",
    "Response": "response",
    "ResponseTypedDict": "response",
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
    "Cafe",
    "CafeTypedDict",
    "Client",
    "ClientTypedDict",
    "ListClientsResponse",
    "ListClientsResponseTypedDict",
    "Model1StPlace",
    "Model1StPlaceTypedDict",
    "Odd",
    "OddTypedDict",
    "PetStoreV1",
    "PetStoreV12",
    "PetStoreV12TypedDict",
    "PetStoreV1TypedDict",
    "RequestValidationError",
    "Response",
    "ResponseTypedDict",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
]
