"""Forms"""

from __future__ import annotations

from functools import cached_property
from typing import Dict, List, Mapping, Optional, cast

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view
from .types import File

_LOGIN_OPERATION = OperationSpec(
    operation_id="login",
    method="POST",
    path="/forms/login",
    servers=(),
    request_content_type="application/x-www-form-urlencoded",
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(),
)
_UPLOAD_OPERATION = OperationSpec(
    operation_id="upload",
    method="POST",
    path="/forms/upload",
    servers=(),
    request_content_type="multipart/form-data",
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(),
)


class Forms:
    """Forms"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> FormsWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return FormsWithRawResponse(raw_view(self))

    def login(
        self,
        *,
        user: str,
        scopes: Optional[List[str]] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> List[models.Item]:
        """login

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.LoginRequestBody,
            {
                "user": user,
                "scopes": scopes,
            },
        )
        return cast(
            "List[models.Item]",
            self._runtime.send(
                _LOGIN_OPERATION,
                body=_body,
                params={},
                response_type=List[models.Item],
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def upload(
        self,
        *,
        file: File,
        caption: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> Dict[str, int]:
        """upload

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.UploadRequestBody,
            {
                "file": file,
                "caption": caption,
            },
        )
        return cast(
            "Dict[str, int]",
            self._runtime.send(
                _UPLOAD_OPERATION,
                body=_body,
                params={},
                response_type=Dict[str, int],
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )


class FormsWithRawResponse:
    """The methods of ``Forms``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: Forms) -> None:
        self.login = raw_response(raw.login)
        self.upload = raw_response(raw.upload)


class AsyncForms:
    """Forms"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncFormsWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncFormsWithRawResponse(raw_view(self))

    async def login(
        self,
        *,
        user: str,
        scopes: Optional[List[str]] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> List[models.Item]:
        """login

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.LoginRequestBody,
            {
                "user": user,
                "scopes": scopes,
            },
        )
        return cast(
            "List[models.Item]",
            await self._runtime.send_async(
                _LOGIN_OPERATION,
                body=_body,
                params={},
                response_type=List[models.Item],
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def upload(
        self,
        *,
        file: File,
        caption: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> Dict[str, int]:
        """upload

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.UploadRequestBody,
            {
                "file": file,
                "caption": caption,
            },
        )
        return cast(
            "Dict[str, int]",
            await self._runtime.send_async(
                _UPLOAD_OPERATION,
                body=_body,
                params={},
                response_type=Dict[str, int],
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )


class AsyncFormsWithRawResponse:
    """The methods of ``AsyncForms``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncForms) -> None:
        self.login = async_raw_response(raw.login)
        self.upload = async_raw_response(raw.upload)
