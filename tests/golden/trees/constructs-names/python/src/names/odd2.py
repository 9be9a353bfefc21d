"""Odd"""

from __future__ import annotations

from functools import cached_property
from typing import List, Mapping, Optional, Sequence, Union

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view

_SEND_ODD_OPERATION = OperationSpec(
    operation_id="sendOdd",
    method="POST",
    path="/odd",
    servers=(),
    request_content_type="application/json",
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(
        ("x_request_id", "X-Request-ID", "header", "simple", False),
        ("from_", "from", "query", "form", True),
    ),
)
_SEND_ODD_BATCH_OPERATION = OperationSpec(
    operation_id="sendOddBatch",
    method="POST",
    path="/odd/batch",
    servers=(),
    request_content_type="application/json",
    accept="*/*",
    response_kind="none",
    sse_envelope=False,
    response_content_type=None,
    security=(),
    errors=(),
    params=(),
)
_LIST_CLIENTS_OPERATION = OperationSpec(
    operation_id="listClients",
    method="GET",
    path="/clients",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(),
)


class Odd:
    """Odd"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> OddWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return OddWithRawResponse(raw_view(self))

    def send_odd(
        self,
        *,
        x_request_id: Optional[str] = None,
        from_: Optional[str] = None,
        class_: str,
        type: Optional[str] = None,
        list_: Optional[int] = None,
        id: Optional[int] = None,
        self_: Optional[str] = None,
        model_config_: Optional[str] = None,
        kebab_case: Optional[str] = None,
        dot_name: Optional[str] = None,
        field_9_lives: Optional[int] = None,
        naive: Optional[bool] = None,
        camel_case: Optional[str] = None,
        camel_case2: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Odd:
        """sendOdd

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.Odd,
            {
                "class_": class_,
                "type": type,
                "list_": list_,
                "id": id,
                "self_": self_,
                "model_config_": model_config_,
                "kebab_case": kebab_case,
                "dot_name": dot_name,
                "field_9_lives": field_9_lives,
                "naive": naive,
                "camel_case": camel_case,
                "camel_case2": camel_case2,
            },
        )
        return self._runtime.send(
            _SEND_ODD_OPERATION,
            body=_body,
            params={
                "x_request_id": x_request_id,
                "from_": from_,
            },
            response_type=models.Odd,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def send_odd_batch(
        self,
        *,
        request: Sequence[Union[models.Odd, models.OddTypedDict]],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """sendOddBatch

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(List[models.Odd], request)
        self._runtime.send(
            _SEND_ODD_BATCH_OPERATION,
            body=_body,
            params={},
            response_type=None,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def list_clients(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.ListClientsResponse:
        """listClients

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _LIST_CLIENTS_OPERATION,
            body=None,
            params={},
            response_type=models.ListClientsResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class OddWithRawResponse:
    """The methods of ``Odd``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: Odd) -> None:
        self.send_odd = raw_response(raw.send_odd)
        self.send_odd_batch = raw_response(raw.send_odd_batch)
        self.list_clients = raw_response(raw.list_clients)


class AsyncOdd:
    """Odd"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncOddWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncOddWithRawResponse(raw_view(self))

    async def send_odd(
        self,
        *,
        x_request_id: Optional[str] = None,
        from_: Optional[str] = None,
        class_: str,
        type: Optional[str] = None,
        list_: Optional[int] = None,
        id: Optional[int] = None,
        self_: Optional[str] = None,
        model_config_: Optional[str] = None,
        kebab_case: Optional[str] = None,
        dot_name: Optional[str] = None,
        field_9_lives: Optional[int] = None,
        naive: Optional[bool] = None,
        camel_case: Optional[str] = None,
        camel_case2: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Odd:
        """sendOdd

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.Odd,
            {
                "class_": class_,
                "type": type,
                "list_": list_,
                "id": id,
                "self_": self_,
                "model_config_": model_config_,
                "kebab_case": kebab_case,
                "dot_name": dot_name,
                "field_9_lives": field_9_lives,
                "naive": naive,
                "camel_case": camel_case,
                "camel_case2": camel_case2,
            },
        )
        return await self._runtime.send_async(
            _SEND_ODD_OPERATION,
            body=_body,
            params={
                "x_request_id": x_request_id,
                "from_": from_,
            },
            response_type=models.Odd,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def send_odd_batch(
        self,
        *,
        request: Sequence[Union[models.Odd, models.OddTypedDict]],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """sendOddBatch

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(List[models.Odd], request)
        await self._runtime.send_async(
            _SEND_ODD_BATCH_OPERATION,
            body=_body,
            params={},
            response_type=None,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def list_clients(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.ListClientsResponse:
        """listClients

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _LIST_CLIENTS_OPERATION,
            body=None,
            params={},
            response_type=models.ListClientsResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AsyncOddWithRawResponse:
    """The methods of ``AsyncOdd``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncOdd) -> None:
        self.send_odd = async_raw_response(raw.send_odd)
        self.send_odd_batch = async_raw_response(raw.send_odd_batch)
        self.list_clients = async_raw_response(raw.list_clients)
