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
    from .getbasicresponse import GetBasicResponse, GetBasicResponseTypedDict
    from .getbearerresponse import GetBearerResponse, GetBearerResponseTypedDict
    from .getbothresponse import GetBothResponse, GetBothResponseTypedDict
    from .getcookiekeyresponse import (
        GetCookieKeyResponse,
        GetCookieKeyResponseTypedDict,
    )
    from .geteitherresponse import GetEitherResponse, GetEitherResponseTypedDict
    from .getheaderkeyresponse import (
        GetHeaderKeyResponse,
        GetHeaderKeyResponseTypedDict,
    )
    from .getoauthresponse import GetOauthResponse, GetOauthResponseTypedDict
    from .getpublicresponse import GetPublicResponse, GetPublicResponseTypedDict
    from .getquerykeyresponse import GetQueryKeyResponse, GetQueryKeyResponseTypedDict

_MODULES: Dict[str, str] = {
    "GetBasicResponse": "getbasicresponse",
    "GetBasicResponseTypedDict": "getbasicresponse",
    "GetBearerResponse": "getbearerresponse",
    "GetBearerResponseTypedDict": "getbearerresponse",
    "GetBothResponse": "getbothresponse",
    "GetBothResponseTypedDict": "getbothresponse",
    "GetCookieKeyResponse": "getcookiekeyresponse",
    "GetCookieKeyResponseTypedDict": "getcookiekeyresponse",
    "GetEitherResponse": "geteitherresponse",
    "GetEitherResponseTypedDict": "geteitherresponse",
    "GetHeaderKeyResponse": "getheaderkeyresponse",
    "GetHeaderKeyResponseTypedDict": "getheaderkeyresponse",
    "GetOauthResponse": "getoauthresponse",
    "GetOauthResponseTypedDict": "getoauthresponse",
    "GetPublicResponse": "getpublicresponse",
    "GetPublicResponseTypedDict": "getpublicresponse",
    "GetQueryKeyResponse": "getquerykeyresponse",
    "GetQueryKeyResponseTypedDict": "getquerykeyresponse",
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
    "GetBasicResponse",
    "GetBasicResponseTypedDict",
    "GetBearerResponse",
    "GetBearerResponseTypedDict",
    "GetBothResponse",
    "GetBothResponseTypedDict",
    "GetCookieKeyResponse",
    "GetCookieKeyResponseTypedDict",
    "GetEitherResponse",
    "GetEitherResponseTypedDict",
    "GetHeaderKeyResponse",
    "GetHeaderKeyResponseTypedDict",
    "GetOauthResponse",
    "GetOauthResponseTypedDict",
    "GetPublicResponse",
    "GetPublicResponseTypedDict",
    "GetQueryKeyResponse",
    "GetQueryKeyResponseTypedDict",
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
]
