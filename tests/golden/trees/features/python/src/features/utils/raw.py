"""Raw responses: ``client.x.with_raw_response.y(...)`` answers with the HTTP response
(status, headers: rate limits, request ids) beside the parsed body, instead of the body alone.

The raw view of a client or resource is a copy of it whose runtime answers with a
:class:`RawResponse`; its methods are the same methods, typed by :func:`raw_response` as
returning one. An error status still raises, as it does without the view.
"""

from __future__ import annotations

import copy
from typing import Any, Awaitable, Callable, Generic, TypeVar, cast

import httpx
from typing_extensions import ParamSpec

P = ParamSpec("P")
R = TypeVar("R")
O = TypeVar("O")

_UNPARSED: Any = object()


class RawResponse(Generic[R]):
    """An operation's HTTP answer and, from :meth:`parse`, what the method would return."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], R]) -> None:
        self.http_response = http_response
        """The answer as httpx received it."""
        self._parse = parse
        self._parsed: R = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> R:
        """The body as the method returns it (parsed once; a body that does not match the
        API description raises ``ResponseValidationError`` here)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url} -> {self.status_code}>"


def raw_view(owner: O) -> O:
    """A copy of a client or resource whose runtime answers with raw responses."""
    view = copy.copy(owner)
    runtime = getattr(owner, "_runtime")
    setattr(view, "_runtime", runtime.with_raw())
    return view


def raw_response(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """A raw view's method, typed as what it is: its runtime answers with a RawResponse."""
    return cast(Callable[P, RawResponse[R]], method)


def async_raw_response(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[RawResponse[R]]]:
    """:func:`raw_response` for an async method."""
    return cast(Callable[P, Awaitable[RawResponse[R]]], method)
