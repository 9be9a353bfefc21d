"""The errors the SDK raises. Every one is an :class:`SDKBaseError`.

- :class:`SDKError`: the server answered 4XX or 5XX (or a status the spec does not describe).
- :class:`ResponseValidationError`: a 2XX answer whose body does not match the spec.
- :class:`SDKConnectionError`: no answer: the connection failed or broke off.
- :class:`SDKTimeoutError`: no answer in time (``timeout_ms``).
- :class:`RequestValidationError`: an argument the API would refuse; nothing was sent.

Each is public as ``models.<Name>`` (and ``errors.<Name>``); tracebacks name it so.
"""

from __future__ import annotations

import re
from typing import Any, Optional, Sequence

import httpx

# A credential shorter than this is not searched for in messages: so short a string is part
# of ordinary words, and replacing it would garble them ("t" in "de[REDACTED]ail").
_SECRET_FLOOR = 4
# What a token is made of: a credential is replaced only where it stands whole ("=" may end
# one, as base64 padding, and may stand before one, as in "key=...").
_TOKEN_BEFORE = r"[A-Za-z0-9._~+/-]"
_TOKEN_AFTER = r"[A-Za-z0-9._~+/=-]"


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


class RequestValidationError(SDKBaseError, ValueError):
    """An argument does not match the API description (a wrong type, a missing field, a key
    the model does not have): raised before anything is sent. ``field`` is where, as a
    dotted path of the caller's names; ``cause`` is pydantic's full report."""

    def __init__(
        self, message: str, field: str, cause: Optional[Exception] = None
    ) -> None:
        super().__init__(message)
        self.field = field
        self.cause = cause


def _text(response: httpx.Response) -> str:
    try:
        return response.text
    except (
        httpx.ResponseNotRead
    ):  # a stream, read in part or not at all: no body to quote
        return ""
    except (UnicodeDecodeError, LookupError):
        return response.content.decode("utf-8", "replace")


def redact(text: str, secrets: Sequence[str]) -> str:
    """``text`` with each of ``secrets`` replaced where it stands as a whole token."""
    for secret in secrets:
        if len(secret) >= _SECRET_FLOOR:
            pattern = f"(?<!{_TOKEN_BEFORE}){re.escape(secret)}(?!{_TOKEN_AFTER})"
            text = re.sub(pattern, "[REDACTED]", text)
    return text


def _excerpt(body: str, secrets: Sequence[str], limit: int = 500) -> str:
    if not body:
        return ""
    body = redact(body, secrets)
    text = body if len(body) <= limit else body[:limit] + "..."
    return f" Body: {text}"


def first_problem(exc: Any, value: Any) -> "tuple[str, str, int]":
    """Where pydantic's first complaint is, as a dotted path into ``value`` (the keys and
    indexes the caller or the server wrote; pydantic's union and validator tags left out),
    what it says, and how many complaints there are in all."""
    errors = exc.errors(include_url=False)
    first = errors[0] if errors else {"loc": (), "msg": str(exc)}
    parts = []
    node = value
    for part in first["loc"]:
        if (
            isinstance(node, (list, tuple))
            and isinstance(part, int)
            and part < len(node)
        ):
            node = node[part]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        elif not isinstance(node, (list, tuple, dict)) and isinstance(part, str):
            node = getattr(node, part, None)
            if node is None:
                continue
        else:
            continue
        parts.append(str(part))
    return ".".join(parts) or "(the value)", str(first["msg"]), len(errors)


for _error in (
    SDKBaseError,
    SDKError,
    ResponseValidationError,
    SDKConnectionError,
    SDKTimeoutError,
    RequestValidationError,
):
    _error.__module__ = __name__.rsplit(".", 1)[
        0
    ]  # the models package: their public home
