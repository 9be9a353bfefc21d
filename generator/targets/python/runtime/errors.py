"""Stands in for the SDK's generated ``errors`` module (typed error classes are per API);
never copied. Unit tests add typed error classes here to exercise the runtime's lookup."""

from __future__ import annotations

from .models._errors import (
    ResponseValidationError,
    SDKBaseError,
    SDKConnectionError,
    SDKError,
    SDKTimeoutError,
)

__all__ = [
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
]
