"""x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""

from __future__ import annotations

from functools import cached_property
from typing import Literal, Mapping, Optional, Union

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view

_X_IMPORT_OS_OPEN_OS_ENVIRON_MARKER_W_7_7_RAW_SCRIPT_OPERATION = OperationSpec(
    operation_id='x"""; import os; open(os.environ["MARKER"], "w"); """ {{ 7*7 }} {% raw %} */ \\ \' | <script>`\u202e\x00\x07 ```',
    method="POST",
    path="/items/{id}",
    servers=(),
    request_content_type="application/json",
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(("id", "id", "path", "simple", False),),
)


class XImportOsOpenOsEnvironMARKERW77RawScript2:
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(
        self,
    ) -> XImportOsOpenOsEnvironMARKERW77RawScript2WithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return XImportOsOpenOsEnvironMARKERW77RawScript2WithRawResponse(raw_view(self))

    def x_import_os_open_os_environ_marker_w_7_7_raw_script(
        self,
        *,
        id: str,
        class_: str,
        x_import_os_open_os_environ_marker_w_7_7_raw_script: Optional[
            Union[
                models.HostileXImportOsOpenOsEnvironMARKERW77RawScript,
                Literal[
                    'x"""; import os; open(os.environ["MARKER"], "w"); """ {{ 7*7 }} {% raw %} */ \\ \' | <script>`\u202e\x00\x07 ```',
                    "__import__('os')",
                    "def",
                    "1x",
                    "",
                    "a|b",
                ],
            ]
        ] = None,
        init: Optional[int] = None,
        model_config_: Optional[bool] = None,
        self_: Optional[float] = None,
        etc_passwd: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Hostile:
        """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```

        :param id: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
        :param class_: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
        :param x_import_os_open_os_environ_marker_w_7_7_raw_script: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
        :param init: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.Hostile,
            {
                "class_": class_,
                "x_import_os_open_os_environ_marker_w_7_7_raw_script": x_import_os_open_os_environ_marker_w_7_7_raw_script,
                "init": init,
                "model_config_": model_config_,
                "self_": self_,
                "etc_passwd": etc_passwd,
            },
        )
        return self._runtime.send(
            _X_IMPORT_OS_OPEN_OS_ENVIRON_MARKER_W_7_7_RAW_SCRIPT_OPERATION,
            body=_body,
            params={
                "id": id,
            },
            response_type=models.Hostile,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class XImportOsOpenOsEnvironMARKERW77RawScript2WithRawResponse:
    """The methods of ``XImportOsOpenOsEnvironMARKERW77RawScript2``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: XImportOsOpenOsEnvironMARKERW77RawScript2) -> None:
        self.x_import_os_open_os_environ_marker_w_7_7_raw_script = raw_response(
            raw.x_import_os_open_os_environ_marker_w_7_7_raw_script
        )


class AsyncXImportOsOpenOsEnvironMARKERW77RawScript2:
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(
        self,
    ) -> AsyncXImportOsOpenOsEnvironMARKERW77RawScript2WithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncXImportOsOpenOsEnvironMARKERW77RawScript2WithRawResponse(
            raw_view(self)
        )

    async def x_import_os_open_os_environ_marker_w_7_7_raw_script(
        self,
        *,
        id: str,
        class_: str,
        x_import_os_open_os_environ_marker_w_7_7_raw_script: Optional[
            Union[
                models.HostileXImportOsOpenOsEnvironMARKERW77RawScript,
                Literal[
                    'x"""; import os; open(os.environ["MARKER"], "w"); """ {{ 7*7 }} {% raw %} */ \\ \' | <script>`\u202e\x00\x07 ```',
                    "__import__('os')",
                    "def",
                    "1x",
                    "",
                    "a|b",
                ],
            ]
        ] = None,
        init: Optional[int] = None,
        model_config_: Optional[bool] = None,
        self_: Optional[float] = None,
        etc_passwd: Optional[str] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Hostile:
        """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```

        :param id: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
        :param class_: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
        :param x_import_os_open_os_environ_marker_w_7_7_raw_script: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
        :param init: x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.Hostile,
            {
                "class_": class_,
                "x_import_os_open_os_environ_marker_w_7_7_raw_script": x_import_os_open_os_environ_marker_w_7_7_raw_script,
                "init": init,
                "model_config_": model_config_,
                "self_": self_,
                "etc_passwd": etc_passwd,
            },
        )
        return await self._runtime.send_async(
            _X_IMPORT_OS_OPEN_OS_ENVIRON_MARKER_W_7_7_RAW_SCRIPT_OPERATION,
            body=_body,
            params={
                "id": id,
            },
            response_type=models.Hostile,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AsyncXImportOsOpenOsEnvironMARKERW77RawScript2WithRawResponse:
    """The methods of ``AsyncXImportOsOpenOsEnvironMARKERW77RawScript2``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncXImportOsOpenOsEnvironMARKERW77RawScript2) -> None:
        self.x_import_os_open_os_environ_marker_w_7_7_raw_script = async_raw_response(
            raw.x_import_os_open_os_environ_marker_w_7_7_raw_script
        )
