"""Zoo"""

from __future__ import annotations

from functools import cached_property
from typing import List, Literal, Mapping, Optional, Sequence, Union, cast

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view

_GET_PET_OPERATION = OperationSpec(
    operation_id="getPet",
    method="GET",
    path="/pets/{id}",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(("id", "id", "path", "simple", False),),
)
_ADD_PET_OPERATION = OperationSpec(
    operation_id="addPet",
    method="POST",
    path="/pets",
    servers=(),
    request_content_type="application/json",
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(),
)
_LIST_SHAPES_OPERATION = OperationSpec(
    operation_id="listShapes",
    method="GET",
    path="/shapes",
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
_CREATE_ACCOUNT_OPERATION = OperationSpec(
    operation_id="createAccount",
    method="POST",
    path="/accounts",
    servers=(),
    request_content_type="application/json",
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(),
    errors=(),
    params=(),
)
_IMPORT_ACCOUNTS_OPERATION = OperationSpec(
    operation_id="importAccounts",
    method="POST",
    path="/accounts/import",
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


class Zoo2:
    """Zoo"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> Zoo2WithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return Zoo2WithRawResponse(raw_view(self))

    def get_pet(
        self,
        *,
        id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Pet:
        """getPet

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "models.Pet",
            self._runtime.send(
                _GET_PET_OPERATION,
                body=None,
                params={
                    "id": id,
                },
                response_type=models.Pet,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def add_pet(
        self,
        *,
        pet: Union[models.Pet, models.PetTypedDict],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Pet:
        """addPet

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.AddPetRequestBody,
            {
                "pet": pet,
            },
        )
        return cast(
            "models.Pet",
            self._runtime.send(
                _ADD_PET_OPERATION,
                body=_body,
                params={},
                response_type=models.Pet,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def list_shapes(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> List[models.Shape]:
        """listShapes

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "List[models.Shape]",
            self._runtime.send(
                _LIST_SHAPES_OPERATION,
                body=None,
                params={},
                response_type=List[models.Shape],
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    def create_account(
        self,
        *,
        name: str,
        password: str,
        status: Optional[Union[models.Status, Literal["active", "suspended"]]] = None,
        level: Optional[Union[models.Level, Literal[1, 2, 3]]] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Account:
        """createAccount

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.Account,
            {
                "name": name,
                "password": password,
                "status": status,
                "level": level,
            },
        )
        return self._runtime.send(
            _CREATE_ACCOUNT_OPERATION,
            body=_body,
            params={},
            response_type=models.Account,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def import_accounts(
        self,
        *,
        accounts: Sequence[Union[models.Account, models.AccountTypedDict]],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """importAccounts

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.ImportAccountsRequestBody,
            {
                "accounts": accounts,
            },
        )
        self._runtime.send(
            _IMPORT_ACCOUNTS_OPERATION,
            body=_body,
            params={},
            response_type=None,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class Zoo2WithRawResponse:
    """The methods of ``Zoo2``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: Zoo2) -> None:
        self.get_pet = raw_response(raw.get_pet)
        self.add_pet = raw_response(raw.add_pet)
        self.list_shapes = raw_response(raw.list_shapes)
        self.create_account = raw_response(raw.create_account)
        self.import_accounts = raw_response(raw.import_accounts)


class AsyncZoo2:
    """Zoo"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncZoo2WithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncZoo2WithRawResponse(raw_view(self))

    async def get_pet(
        self,
        *,
        id: int,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Pet:
        """getPet

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "models.Pet",
            await self._runtime.send_async(
                _GET_PET_OPERATION,
                body=None,
                params={
                    "id": id,
                },
                response_type=models.Pet,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def add_pet(
        self,
        *,
        pet: Union[models.Pet, models.PetTypedDict],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Pet:
        """addPet

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.AddPetRequestBody,
            {
                "pet": pet,
            },
        )
        return cast(
            "models.Pet",
            await self._runtime.send_async(
                _ADD_PET_OPERATION,
                body=_body,
                params={},
                response_type=models.Pet,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def list_shapes(
        self,
        *,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> List[models.Shape]:
        """listShapes

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        return cast(
            "List[models.Shape]",
            await self._runtime.send_async(
                _LIST_SHAPES_OPERATION,
                body=None,
                params={},
                response_type=List[models.Shape],
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
            ),
        )

    async def create_account(
        self,
        *,
        name: str,
        password: str,
        status: Optional[Union[models.Status, Literal["active", "suspended"]]] = None,
        level: Optional[Union[models.Level, Literal[1, 2, 3]]] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.Account:
        """createAccount

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.Account,
            {
                "name": name,
                "password": password,
                "status": status,
                "level": level,
            },
        )
        return await self._runtime.send_async(
            _CREATE_ACCOUNT_OPERATION,
            body=_body,
            params={},
            response_type=models.Account,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def import_accounts(
        self,
        *,
        accounts: Sequence[Union[models.Account, models.AccountTypedDict]],
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        """importAccounts

        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.ImportAccountsRequestBody,
            {
                "accounts": accounts,
            },
        )
        await self._runtime.send_async(
            _IMPORT_ACCOUNTS_OPERATION,
            body=_body,
            params={},
            response_type=None,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AsyncZoo2WithRawResponse:
    """The methods of ``AsyncZoo2``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncZoo2) -> None:
        self.get_pet = async_raw_response(raw.get_pet)
        self.add_pet = async_raw_response(raw.add_pet)
        self.list_shapes = async_raw_response(raw.list_shapes)
        self.create_account = async_raw_response(raw.create_account)
        self.import_accounts = async_raw_response(raw.import_accounts)
