"""Chat"""

from __future__ import annotations

from functools import cached_property
from typing import Mapping, Optional, cast

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view

_STREAM_CHAT_OPERATION = OperationSpec(
    operation_id="streamChat",
    method="POST",
    path="/chat/stream",
    servers=(),
    request_content_type="application/json",
    accept="text/event-stream",
    response_kind="sse",
    sse_envelope=False,
    response_content_type="text/event-stream",
    security=(),
    errors=(("429", "Problem"),),
    params=(),
)
_WATCH_EVENTS_OPERATION = OperationSpec(
    operation_id="watchEvents",
    method="GET",
    path="/events",
    servers=(),
    request_content_type=None,
    accept="text/event-stream",
    response_kind="sse",
    sse_envelope=True,
    response_content_type="text/event-stream",
    security=(),
    errors=(),
    params=(),
)
_TAIL_LOGS_OPERATION = OperationSpec(
    operation_id="tailLogs",
    method="GET",
    path="/logs",
    servers=(),
    request_content_type=None,
    accept="text/event-stream",
    response_kind="sse",
    sse_envelope=False,
    response_content_type="text/event-stream",
    security=(),
    errors=(),
    params=(),
)
_DOWNLOAD_TRANSCRIPT_OPERATION = OperationSpec(
    operation_id="downloadTranscript",
    method="GET",
    path="/transcript",
    servers=(),
    request_content_type=None,
    accept="application/octet-stream",
    response_kind="bytes",
    sse_envelope=False,
    response_content_type="application/octet-stream",
    security=(),
    errors=(),
    params=(),
)


class Chat:
    """Chat"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return ChatWithRawResponse(raw_view(self))

    def stream_chat(
        self,
        *,
        prompt: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> utils.EventStream[models.Chunk]:
        """streamChat

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.StreamChatRequestBody,
            {
                "prompt": prompt,
            },
        )
        return cast(
            "utils.EventStream[models.Chunk]",
            self._runtime.send(
                _STREAM_CHAT_OPERATION,
                body=_body,
                params={},
                response_type=models.Chunk,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def watch_events(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> utils.EventStream[models.Event]:
        """watchEvents

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "utils.EventStream[models.Event]",
            self._runtime.send(
                _WATCH_EVENTS_OPERATION,
                body=None,
                params={},
                response_type=models.Event,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def tail_logs(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> utils.EventStream[str]:
        """tailLogs

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "utils.EventStream[str]",
            self._runtime.send(
                _TAIL_LOGS_OPERATION,
                body=None,
                params={},
                response_type=str,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def download_transcript(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> bytes:
        """downloadTranscript

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "bytes",
            self._runtime.send(
                _DOWNLOAD_TRANSCRIPT_OPERATION,
                body=None,
                params={},
                response_type=None,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )


class ChatWithRawResponse:
    """The methods of ``Chat``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: Chat) -> None:
        self.stream_chat = raw_response(raw.stream_chat)
        self.watch_events = raw_response(raw.watch_events)
        self.tail_logs = raw_response(raw.tail_logs)
        self.download_transcript = raw_response(raw.download_transcript)


class AsyncChat:
    """Chat"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncChatWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncChatWithRawResponse(raw_view(self))

    async def stream_chat(
        self,
        *,
        prompt: str,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> utils.AsyncEventStream[models.Chunk]:
        """streamChat

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.StreamChatRequestBody,
            {
                "prompt": prompt,
            },
        )
        return cast(
            "utils.AsyncEventStream[models.Chunk]",
            await self._runtime.send_async(
                _STREAM_CHAT_OPERATION,
                body=_body,
                params={},
                response_type=models.Chunk,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def watch_events(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> utils.AsyncEventStream[models.Event]:
        """watchEvents

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "utils.AsyncEventStream[models.Event]",
            await self._runtime.send_async(
                _WATCH_EVENTS_OPERATION,
                body=None,
                params={},
                response_type=models.Event,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def tail_logs(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> utils.AsyncEventStream[str]:
        """tailLogs

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "utils.AsyncEventStream[str]",
            await self._runtime.send_async(
                _TAIL_LOGS_OPERATION,
                body=None,
                params={},
                response_type=str,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def download_transcript(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> bytes:
        """downloadTranscript

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "bytes",
            await self._runtime.send_async(
                _DOWNLOAD_TRANSCRIPT_OPERATION,
                body=None,
                params={},
                response_type=None,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )


class AsyncChatWithRawResponse:
    """The methods of ``AsyncChat``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncChat) -> None:
        self.stream_chat = async_raw_response(raw.stream_chat)
        self.watch_events = async_raw_response(raw.watch_events)
        self.tail_logs = async_raw_response(raw.tail_logs)
        self.download_transcript = async_raw_response(raw.download_transcript)
