"""Items"""

from __future__ import annotations

import warnings
from functools import cached_property
from typing import Dict, List, Mapping, Optional, cast

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view
from .types import File

_GET_ITEM_OPERATION = OperationSpec(
    operation_id="getItem",
    method="GET",
    path="/items/{item_id}",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(
        ("item_id", "item_id", "path", "simple", False),
        ("tags", "tags", "query", "form", True),
        ("ids", "ids", "query", "form", False),
        ("filter", "filter", "query", "deepObject", False),
        ("x_trace", "X-Trace", "header", "simple", False),
        ("session", "session", "cookie", "form", True),
    ),
)
_DELETE_ITEM_OPERATION = OperationSpec(
    operation_id="deleteItem",
    method="DELETE",
    path="/items/{item_id}",
    servers=(),
    request_content_type=None,
    accept="*/*",
    response_kind="none",
    sse_envelope=False,
    response_content_type=None,
    security=(),
    errors=(),
    params=(("item_id", "item_id", "path", "simple", False),),
)
_GET_ITEM_NOTE_OPERATION = OperationSpec(
    operation_id="getItemNote",
    method="GET",
    path="/items/{item_id}/note",
    servers=(),
    request_content_type=None,
    accept="text/plain",
    response_kind="text",
    sse_envelope=False,
    response_content_type="text/plain",
    security=(),
    errors=(),
    params=(("item_id", "item_id", "path", "simple", False),),
)
_GET_ITEM_PHOTO_OPERATION = OperationSpec(
    operation_id="getItemPhoto",
    method="GET",
    path="/items/{item_id}/photo",
    servers=(),
    request_content_type=None,
    accept="image/png",
    response_kind="bytes",
    sse_envelope=False,
    response_content_type="image/png",
    security=(),
    errors=(),
    params=(("item_id", "item_id", "path", "simple", False),),
)
_PUT_ITEM_PHOTO_OPERATION = OperationSpec(
    operation_id="putItemPhoto",
    method="PUT",
    path="/items/{item_id}/photo",
    servers=(),
    request_content_type="application/octet-stream",
    accept="*/*",
    response_kind="none",
    sse_envelope=False,
    response_content_type=None,
    security=(),
    errors=(),
    params=(("item_id", "item_id", "path", "simple", False),),
)


class Items:
    """Items"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return ItemsWithRawResponse(raw_view(self))

    def get_item(
        self,
        *,
        item_id: int,
        tags: Optional[List[str]] = None,
        ids: Optional[List[int]] = None,
        filter: Optional[Dict[str, str]] = None,
        x_trace: Optional[str] = None,
        session: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Item:
        """getItem

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_ITEM_OPERATION,
            body=None,
            params={
                "item_id": item_id,
                "tags": tags,
                "ids": ids,
                "filter": filter,
                "x_trace": x_trace,
                "session": session,
            },
            response_type=models.Item,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def delete_item(
        self,
        *,
        item_id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """deleteItem

        .. deprecated:: this operation is deprecated by the API.

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        warnings.warn("deleteItem is deprecated", DeprecationWarning, stacklevel=2)
        self._runtime.send(
            _DELETE_ITEM_OPERATION,
            body=None,
            params={
                "item_id": item_id,
            },
            response_type=None,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_item_note(
        self,
        *,
        item_id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> str:
        """getItemNote

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "str",
            self._runtime.send(
                _GET_ITEM_NOTE_OPERATION,
                body=None,
                params={
                    "item_id": item_id,
                },
                response_type=None,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def get_item_photo(
        self,
        *,
        item_id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> bytes:
        """getItemPhoto

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "bytes",
            self._runtime.send(
                _GET_ITEM_PHOTO_OPERATION,
                body=None,
                params={
                    "item_id": item_id,
                },
                response_type=None,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def put_item_photo(
        self,
        *,
        item_id: int,
        request: File,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """putItemPhoto

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = request
        self._runtime.send(
            _PUT_ITEM_PHOTO_OPERATION,
            body=_body,
            params={
                "item_id": item_id,
            },
            response_type=None,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class ItemsWithRawResponse:
    """The methods of ``Items``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: Items) -> None:
        self.get_item = raw_response(raw.get_item)
        self.delete_item = raw_response(raw.delete_item)
        self.get_item_note = raw_response(raw.get_item_note)
        self.get_item_photo = raw_response(raw.get_item_photo)
        self.put_item_photo = raw_response(raw.put_item_photo)


class AsyncItems:
    """Items"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncItemsWithRawResponse(raw_view(self))

    async def get_item(
        self,
        *,
        item_id: int,
        tags: Optional[List[str]] = None,
        ids: Optional[List[int]] = None,
        filter: Optional[Dict[str, str]] = None,
        x_trace: Optional[str] = None,
        session: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Item:
        """getItem

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_ITEM_OPERATION,
            body=None,
            params={
                "item_id": item_id,
                "tags": tags,
                "ids": ids,
                "filter": filter,
                "x_trace": x_trace,
                "session": session,
            },
            response_type=models.Item,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def delete_item(
        self,
        *,
        item_id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """deleteItem

        .. deprecated:: this operation is deprecated by the API.

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        warnings.warn("deleteItem is deprecated", DeprecationWarning, stacklevel=2)
        await self._runtime.send_async(
            _DELETE_ITEM_OPERATION,
            body=None,
            params={
                "item_id": item_id,
            },
            response_type=None,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_item_note(
        self,
        *,
        item_id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> str:
        """getItemNote

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "str",
            await self._runtime.send_async(
                _GET_ITEM_NOTE_OPERATION,
                body=None,
                params={
                    "item_id": item_id,
                },
                response_type=None,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def get_item_photo(
        self,
        *,
        item_id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> bytes:
        """getItemPhoto

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "bytes",
            await self._runtime.send_async(
                _GET_ITEM_PHOTO_OPERATION,
                body=None,
                params={
                    "item_id": item_id,
                },
                response_type=None,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def put_item_photo(
        self,
        *,
        item_id: int,
        request: File,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """putItemPhoto

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = request
        await self._runtime.send_async(
            _PUT_ITEM_PHOTO_OPERATION,
            body=_body,
            params={
                "item_id": item_id,
            },
            response_type=None,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AsyncItemsWithRawResponse:
    """The methods of ``AsyncItems``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncItems) -> None:
        self.get_item = async_raw_response(raw.get_item)
        self.delete_item = async_raw_response(raw.delete_item)
        self.get_item_note = async_raw_response(raw.get_item_note)
        self.get_item_photo = async_raw_response(raw.get_item_photo)
        self.put_item_photo = async_raw_response(raw.put_item_photo)
