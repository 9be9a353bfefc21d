"""Things"""

from __future__ import annotations

from functools import cached_property
from typing import List, Mapping, Optional, cast

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view

_GET_THING_OPERATION = OperationSpec(
    operation_id="getThing",
    method="GET",
    path="/things/{id}",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(
        ("404", "Problem"),
        ("4XX", "GetThing4XXError"),
        ("DEFAULT", "SDKErrorModel"),
    ),
    params=(("id", "id", "path", "simple", False),),
)
_LIST_THINGS_OPERATION = OperationSpec(
    operation_id="listThings",
    method="GET",
    path="/things",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(("400", "ListThings400Error"),),
    params=(),
)


class Things:
    """Things"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return ThingsWithRawResponse(raw_view(self))

    def get_thing(
        self,
        *,
        id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Thing:
        """getThing

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_THING_OPERATION,
            body=None,
            params={
                "id": id,
            },
            response_type=models.Thing,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_things(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> List[models.Thing]:
        """listThings

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "List[models.Thing]",
            self._runtime.send(
                _LIST_THINGS_OPERATION,
                body=None,
                params={},
                response_type=List[models.Thing],
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )


class ThingsWithRawResponse:
    """The methods of ``Things``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: Things) -> None:
        self.get_thing = raw_response(raw.get_thing)
        self.list_things = raw_response(raw.list_things)


class AsyncThings:
    """Things"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncThingsWithRawResponse(raw_view(self))

    async def get_thing(
        self,
        *,
        id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Thing:
        """getThing

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_THING_OPERATION,
            body=None,
            params={
                "id": id,
            },
            response_type=models.Thing,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_things(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> List[models.Thing]:
        """listThings

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "List[models.Thing]",
            await self._runtime.send_async(
                _LIST_THINGS_OPERATION,
                body=None,
                params={},
                response_type=List[models.Thing],
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )


class AsyncThingsWithRawResponse:
    """The methods of ``AsyncThings``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncThings) -> None:
        self.get_thing = async_raw_response(raw.get_thing)
        self.list_things = async_raw_response(raw.list_things)
