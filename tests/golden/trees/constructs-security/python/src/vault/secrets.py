"""Secrets"""

from __future__ import annotations

from functools import cached_property
from typing import Mapping, Optional

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view

_GET_PUBLIC_OPERATION = OperationSpec(
    operation_id="getPublic",
    method="GET",
    path="/public",
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
_GET_BEARER_OPERATION = OperationSpec(
    operation_id="getBearer",
    method="GET",
    path="/bearer",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(("bearer",),),
    errors=(),
    params=(),
)
_GET_BASIC_OPERATION = OperationSpec(
    operation_id="getBasic",
    method="GET",
    path="/basic",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(("basic",),),
    errors=(),
    params=(),
)
_GET_HEADER_KEY_OPERATION = OperationSpec(
    operation_id="getHeaderKey",
    method="GET",
    path="/header-key",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(("headerKey",),),
    errors=(),
    params=(),
)
_GET_QUERY_KEY_OPERATION = OperationSpec(
    operation_id="getQueryKey",
    method="GET",
    path="/query-key",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(("queryKey",),),
    errors=(),
    params=(),
)
_GET_COOKIE_KEY_OPERATION = OperationSpec(
    operation_id="getCookieKey",
    method="GET",
    path="/cookie-key",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(("cookieKey",),),
    errors=(),
    params=(),
)
_GET_EITHER_OPERATION = OperationSpec(
    operation_id="getEither",
    method="GET",
    path="/either",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(
        ("headerKey",),
        ("basic",),
    ),
    errors=(),
    params=(),
)
_GET_BOTH_OPERATION = OperationSpec(
    operation_id="getBoth",
    method="GET",
    path="/both",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(
        (
            "headerKey",
            "queryKey",
        ),
    ),
    errors=(),
    params=(),
)
_GET_OAUTH_OPERATION = OperationSpec(
    operation_id="getOauth",
    method="GET",
    path="/oauth",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(("oauth",),),
    errors=(),
    params=(),
)


class Secrets:
    """Secrets"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> SecretsWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return SecretsWithRawResponse(raw_view(self))

    def get_public(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetPublicResponse:
        """getPublic

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_PUBLIC_OPERATION,
            body=None,
            params={},
            response_type=models.GetPublicResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_bearer(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetBearerResponse:
        """getBearer

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_BEARER_OPERATION,
            body=None,
            params={},
            response_type=models.GetBearerResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_basic(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetBasicResponse:
        """getBasic

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_BASIC_OPERATION,
            body=None,
            params={},
            response_type=models.GetBasicResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_header_key(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetHeaderKeyResponse:
        """getHeaderKey

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_HEADER_KEY_OPERATION,
            body=None,
            params={},
            response_type=models.GetHeaderKeyResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_query_key(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetQueryKeyResponse:
        """getQueryKey

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_QUERY_KEY_OPERATION,
            body=None,
            params={},
            response_type=models.GetQueryKeyResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_cookie_key(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetCookieKeyResponse:
        """getCookieKey

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_COOKIE_KEY_OPERATION,
            body=None,
            params={},
            response_type=models.GetCookieKeyResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_either(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetEitherResponse:
        """getEither

        Either an API key in a header or HTTP basic credentials.

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_EITHER_OPERATION,
            body=None,
            params={},
            response_type=models.GetEitherResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_both(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetBothResponse:
        """getBoth

        Two API keys at once.

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_BOTH_OPERATION,
            body=None,
            params={},
            response_type=models.GetBothResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def get_oauth(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetOauthResponse:
        """getOauth

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return self._runtime.send(
            _GET_OAUTH_OPERATION,
            body=None,
            params={},
            response_type=models.GetOauthResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class SecretsWithRawResponse:
    """The methods of ``Secrets``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: Secrets) -> None:
        self.get_public = raw_response(raw.get_public)
        self.get_bearer = raw_response(raw.get_bearer)
        self.get_basic = raw_response(raw.get_basic)
        self.get_header_key = raw_response(raw.get_header_key)
        self.get_query_key = raw_response(raw.get_query_key)
        self.get_cookie_key = raw_response(raw.get_cookie_key)
        self.get_either = raw_response(raw.get_either)
        self.get_both = raw_response(raw.get_both)
        self.get_oauth = raw_response(raw.get_oauth)


class AsyncSecrets:
    """Secrets"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncSecretsWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncSecretsWithRawResponse(raw_view(self))

    async def get_public(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetPublicResponse:
        """getPublic

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_PUBLIC_OPERATION,
            body=None,
            params={},
            response_type=models.GetPublicResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_bearer(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetBearerResponse:
        """getBearer

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_BEARER_OPERATION,
            body=None,
            params={},
            response_type=models.GetBearerResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_basic(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetBasicResponse:
        """getBasic

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_BASIC_OPERATION,
            body=None,
            params={},
            response_type=models.GetBasicResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_header_key(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetHeaderKeyResponse:
        """getHeaderKey

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_HEADER_KEY_OPERATION,
            body=None,
            params={},
            response_type=models.GetHeaderKeyResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_query_key(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetQueryKeyResponse:
        """getQueryKey

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_QUERY_KEY_OPERATION,
            body=None,
            params={},
            response_type=models.GetQueryKeyResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_cookie_key(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetCookieKeyResponse:
        """getCookieKey

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_COOKIE_KEY_OPERATION,
            body=None,
            params={},
            response_type=models.GetCookieKeyResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_either(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetEitherResponse:
        """getEither

        Either an API key in a header or HTTP basic credentials.

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_EITHER_OPERATION,
            body=None,
            params={},
            response_type=models.GetEitherResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_both(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetBothResponse:
        """getBoth

        Two API keys at once.

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_BOTH_OPERATION,
            body=None,
            params={},
            response_type=models.GetBothResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def get_oauth(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.GetOauthResponse:
        """getOauth

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return await self._runtime.send_async(
            _GET_OAUTH_OPERATION,
            body=None,
            params={},
            response_type=models.GetOauthResponse,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AsyncSecretsWithRawResponse:
    """The methods of ``AsyncSecrets``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncSecrets) -> None:
        self.get_public = async_raw_response(raw.get_public)
        self.get_bearer = async_raw_response(raw.get_bearer)
        self.get_basic = async_raw_response(raw.get_basic)
        self.get_header_key = async_raw_response(raw.get_header_key)
        self.get_query_key = async_raw_response(raw.get_query_key)
        self.get_cookie_key = async_raw_response(raw.get_cookie_key)
        self.get_either = async_raw_response(raw.get_either)
        self.get_both = async_raw_response(raw.get_both)
        self.get_oauth = async_raw_response(raw.get_oauth)
