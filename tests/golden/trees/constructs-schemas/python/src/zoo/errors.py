"""The errors the SDK raises, with a typed class for each error body the API describes.

A typed error is an :class:`SDKError` (so ``except models.SDKError`` still catches it) whose
``data`` is the parsed body. When an error answer's body does not match its schema, the SDK
raises a plain :class:`SDKError` instead: the status is the news, not the body.
"""

from __future__ import annotations

from typing import Any, Sequence

import httpx

from . import models
from .models._errors import (
    RequestValidationError,
    ResponseValidationError,
    SDKBaseError,
    SDKConnectionError,
    SDKError,
    SDKTimeoutError,
)

__all__ = [
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
    "TypedSDKError",
]


class TypedSDKError(SDKError):
    """Base of the typed errors: an error answer whose body was parsed as ``data``."""

    data: Any

    def __init__(
        self,
        message: str,
        raw_response: httpx.Response,
        data: Any,
        secrets: Sequence[str] = (),
    ) -> None:
        super().__init__(message, raw_response, secrets=secrets)
        self.data = data

    @staticmethod
    def data_type() -> Any:
        """The type ``data`` is parsed as (resolved on first use: models load lazily)."""
        raise NotImplementedError
