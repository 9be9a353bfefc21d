"""The errors the SDK raises. Every one is an :class:`SDKBaseError`.

- :class:`SDKError`: the server answered 4XX or 5XX (or a status the spec does not describe).
- :class:`ResponseValidationError`: a 2XX answer whose body does not match the spec.
- :class:`SDKConnectionError`: no answer: the connection failed or broke off.
- :class:`SDKTimeoutError`: no answer in time (``timeout_ms``).
"""

from __future__ import annotations

from typing import Optional, Sequence

import httpx


class SDKBaseError(Exception):
    """Base of every error this SDK raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SDKError(SDKBaseError):
    """The server answered with an error status: the status, headers and body are kept.

    The message quotes the start of the body, with any of ``secrets`` (the client's token)
    replaced, so that logging an error never logs a credential a server echoed back.
    """

    def __init__(
        self,
        message: str,
        raw_response: httpx.Response,
        body: Optional[str] = None,
        secrets: Sequence[str] = (),
    ) -> None:
        self.raw_response = raw_response
        self.status_code = raw_response.status_code
        self.headers = raw_response.headers
        self.body = body if body is not None else _text(raw_response)
        super().__init__(
            f"{message}: Status {self.status_code}{_excerpt(self.body, secrets)}"
        )


class ResponseValidationError(SDKBaseError):
    """A successful response whose body or content type does not match the spec."""

    def __init__(
        self,
        message: str,
        raw_response: httpx.Response,
        cause: Optional[Exception] = None,
        secrets: Sequence[str] = (),
    ) -> None:
        self.raw_response = raw_response
        self.status_code = raw_response.status_code
        self.headers = raw_response.headers
        self.body = _text(raw_response)
        self.cause = cause
        super().__init__(
            f"{message}: Status {self.status_code}{_excerpt(self.body, secrets)}"
        )


class SDKConnectionError(SDKBaseError):
    """The request got no complete response: connecting failed or the connection broke off."""


class SDKTimeoutError(SDKBaseError):
    """The request got no complete response within ``timeout_ms``."""


def _text(response: httpx.Response) -> str:
    try:
        return response.text
    except (
        httpx.ResponseNotRead
    ):  # a stream, read in part or not at all: no body to quote
        return ""
    except (UnicodeDecodeError, LookupError):
        return response.content.decode("utf-8", "replace")


def _excerpt(body: str, secrets: Sequence[str], limit: int = 500) -> str:
    if not body:
        return ""
    for secret in secrets:
        if secret:
            body = body.replace(secret, "[REDACTED]")
    text = body if len(body) <= limit else body[:limit] + "..."
    return f" Body: {text}"
