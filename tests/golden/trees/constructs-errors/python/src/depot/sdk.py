"""The clients: Depot and AsyncDepot, the entry points of the SDK."""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, Optional, Type

import httpx

from . import models, utils
from ._runtime import (
    AsyncRuntime,
    ClientConfig,
    OperationSpec,
    SecurityScheme,
    SyncRuntime,
)

if TYPE_CHECKING:
    from .things import AsyncThings, Things


DEFAULT_SERVER_URL: Optional[str] = "https://depot.test"
USER_AGENT = "depot-python/1.0.0"


SECURITY_SCHEMES: Dict[str, SecurityScheme] = {}


def _config(
    credentials: Dict[str, Any],
    server_url: Optional[str],
    retry_config: Optional[utils.RetryConfig],
    timeout_ms: Optional[int],
) -> ClientConfig:
    if server_url is None:
        server_url = os.environ.get("DEPOT_SERVER_URL") or None
    return ClientConfig(
        credentials={name: value for name, value in credentials.items() if value},
        schemes=SECURITY_SCHEMES,
        server_url=server_url,
        default_server_url=DEFAULT_SERVER_URL,
        retry_config=retry_config,
        timeout_ms=timeout_ms,
        user_agent=USER_AGENT,
        log_env="DEPOT_LOG",
    )


class Depot:
    """Depot
    :param server_url: The server every operation uses, instead of the servers in the spec; read from ``DEPOT_SERVER_URL`` when not given.
    :param retry_config: The retry policy of every operation; a call's ``retries`` wins.
    :param timeout_ms: The timeout of each HTTP attempt, in milliseconds; a call's ``timeout_ms`` wins.
    :param client: An httpx client to send requests with. The SDK does not close a client it was given.
    """

    def __init__(
        self,
        *,
        server_url: Optional[str] = None,
        retry_config: Optional[utils.RetryConfig] = None,
        timeout_ms: Optional[int] = None,
        client: Optional[httpx.Client] = None,
    ) -> None:
        config = _config(
            {},
            server_url,
            retry_config,
            timeout_ms,
        )
        self._runtime = SyncRuntime(config, client)

    @cached_property
    def things(self) -> Things:
        """Things: imported on first use."""
        from .things import Things

        return Things(self._runtime)

    def close(self) -> None:
        """Close the HTTP client, unless it was passed in by the caller."""
        self._runtime.close()

    def __enter__(self) -> Depot:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncDepot:
    """Depot (asynchronous client)
    :param server_url: The server every operation uses, instead of the servers in the spec; read from ``DEPOT_SERVER_URL`` when not given.
    :param retry_config: The retry policy of every operation; a call's ``retries`` wins.
    :param timeout_ms: The timeout of each HTTP attempt, in milliseconds; a call's ``timeout_ms`` wins.
    :param client: An httpx client to send requests with. The SDK does not close a client it was given.
    """

    def __init__(
        self,
        *,
        server_url: Optional[str] = None,
        retry_config: Optional[utils.RetryConfig] = None,
        timeout_ms: Optional[int] = None,
        client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        config = _config(
            {},
            server_url,
            retry_config,
            timeout_ms,
        )
        self._runtime = AsyncRuntime(config, client)

    @cached_property
    def things(self) -> AsyncThings:
        """Things: imported on first use."""
        from .things import AsyncThings

        return AsyncThings(self._runtime)

    async def aclose(self) -> None:
        """Close the HTTP client, unless it was passed in by the caller."""
        await self._runtime.aclose()

    async def __aenter__(self) -> AsyncDepot:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.aclose()
