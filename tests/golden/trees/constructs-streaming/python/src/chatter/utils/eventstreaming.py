"""Server-sent events (``text/event-stream`` answers) as typed iterators.

An operation that streams returns an :class:`EventStream` (sync) or :class:`AsyncEventStream`
(async) as soon as the answer's headers arrive; events are read and parsed as they come.
Reading to the end, ``break`` inside a ``with`` block, ``close()`` and garbage collection all
close the connection. An event whose data is ``[DONE]`` ends the stream (the convention of
OpenAI-style APIs). ``timeout_ms`` bounds each wait for more of the stream, not its length.
"""

from __future__ import annotations

import json
from types import TracebackType
from typing import (
    Any,
    AsyncIterator,
    Callable,
    Generic,
    Iterator,
    Optional,
    Type,
    TypeVar,
)

import httpx
from httpx_sse import EventSource, ServerSentEvent, SSEError

from ..models._errors import (
    ResponseValidationError,
    SDKConnectionError,
    SDKTimeoutError,
)

T = TypeVar("T")
Decoder = Callable[[ServerSentEvent], T]

SENTINEL = "[DONE]"

__all__ = ["AsyncEventStream", "EventStream", "ServerSentEvent"]


def event_decoder(data_type: Any, envelope: bool) -> Callable[[ServerSentEvent], Any]:
    """How one event becomes a value: its data parsed as ``data_type`` (JSON), or, when the
    schema describes the whole event (``envelope``: ``data`` with ``event``, ``id`` or
    ``retry`` beside it), the event's fields parsed as ``data_type``. Plain-text data is
    returned as it came when ``data_type`` is ``str``."""
    if data_type is str:
        return lambda sse: sse.data
    import pydantic

    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(data_type)
    if not envelope:
        return lambda sse: adapter.validate_json(sse.data, by_alias=True, by_name=False)

    def decode(sse: ServerSentEvent) -> Any:
        try:
            data: Any = json.loads(sse.data)
        except ValueError:
            data = sse.data
        fields = {
            "event": sse.event,
            "data": data,
            "id": sse.id or None,
            "retry": sse.retry,
        }
        present = {k: v for k, v in fields.items() if v is not None}
        return adapter.validate_python(present, by_alias=True, by_name=False)

    return decode


class _Stream:
    def __init__(self, operation_id: str, response: httpx.Response) -> None:
        self.operation_id = operation_id
        self.response = response

    def _failed(self, exc: Exception) -> Exception:
        where = f"{self.operation_id}: the event stream"
        error: Exception
        if isinstance(exc, httpx.TimeoutException):
            error = SDKTimeoutError(f"{where} timed out: {exc}")
        elif isinstance(exc, (SSEError, ValueError)):
            error = ResponseValidationError(
                f"{where} sent an event that does not match the schema ({exc})",
                self.response,
                exc,
            )
        else:
            error = SDKConnectionError(
                f"{where} broke off: {type(exc).__name__}: {exc}"
            )
        error.__cause__ = exc
        return error


class EventStream(_Stream, Generic[T]):
    """The events of one streaming answer, read as they arrive."""

    def __init__(
        self, operation_id: str, response: httpx.Response, decode: Decoder[T]
    ) -> None:
        super().__init__(operation_id, response)
        self._decode = decode

    def __iter__(self) -> Iterator[T]:
        try:
            for sse in EventSource(self.response).iter_sse():
                if sse.data == SENTINEL:
                    break
                yield self._decode(sse)
        except (httpx.HTTPError, SSEError, ValueError) as exc:
            raise self._failed(exc) from exc
        finally:
            self.close()

    def close(self) -> None:
        """Close the connection; iterating after this ends at once."""
        self.response.close()

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()

    def __del__(self) -> None:
        self.response.close()


class AsyncEventStream(_Stream, Generic[T]):
    """The events of one streaming answer, read as they arrive (asynchronously)."""

    def __init__(
        self, operation_id: str, response: httpx.Response, decode: Decoder[T]
    ) -> None:
        super().__init__(operation_id, response)
        self._decode = decode

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for sse in EventSource(self.response).aiter_sse():
                if sse.data == SENTINEL:
                    break
                yield self._decode(sse)
        except (httpx.HTTPError, SSEError, ValueError) as exc:
            raise self._failed(exc) from exc
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        """Close the connection."""
        await self.response.aclose()

    async def __aenter__(self) -> AsyncEventStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.aclose()
