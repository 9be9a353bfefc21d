"""The clients: Vault and AsyncVault, the entry points of the SDK."""

from __future__ import annotations

import os
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Type

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
    from .secrets import AsyncSecrets, Secrets


DEFAULT_SERVER_URL: Optional[str] = "https://vault.test"
USER_AGENT = "vault-python/1.0.0"


SECURITY_SCHEMES: Dict[str, SecurityScheme] = {
    "bearer": SecurityScheme("http-bearer", "", ""),
    "basic": SecurityScheme("http-basic", "", ""),
    "headerKey": SecurityScheme("api-key", "header", "X-API-Key"),
    "queryKey": SecurityScheme("api-key", "query", "api_key"),
    "cookieKey": SecurityScheme("api-key", "cookie", "session"),
    "oauth": SecurityScheme("oauth2", "", ""),
}


def _config(
    credentials: Dict[str, Any],
    server_url: Optional[str],
    retry_config: Optional[utils.RetryConfig],
    timeout_ms: Optional[int],
) -> ClientConfig:
    if credentials.get("bearer") is None:
        credentials["bearer"] = os.environ.get("VAULT_TOKEN")
    if server_url is None:
        server_url = os.environ.get("VAULT_SERVER_URL") or None
    return ClientConfig(
        credentials={name: value for name, value in credentials.items() if value},
        schemes=SECURITY_SCHEMES,
        server_url=server_url,
        default_server_url=DEFAULT_SERVER_URL,
        retry_config=retry_config,
        timeout_ms=timeout_ms,
        user_agent=USER_AGENT,
        log_env="VAULT_LOG",
    )


class Vault:
    """Vault
    :param bearer: The bearer token; read from ``VAULT_TOKEN`` when not given.
    :param basic: The (username, password) pair for HTTP basic authentication.
    :param header_key: The API key, sent in the header 'X-API-Key'.
    :param query_key: The API key, sent in the query 'api_key'.
    :param cookie_key: The API key, sent in the cookie 'session'.
    :param oauth: The bearer token.
    :param server_url: The server every operation uses, instead of the servers in the spec; read from ``VAULT_SERVER_URL`` when not given.
    :param retry_config: The retry policy of every operation; a call's ``retries`` wins.
    :param timeout_ms: The timeout of each HTTP attempt, in milliseconds; a call's ``timeout_ms`` wins.
    :param client: An httpx client to send requests with. The SDK does not close a client it was given.
    """

    def __init__(
        self,
        *,
        bearer: Optional[str] = None,
        basic: Optional[Tuple[str, str]] = None,
        header_key: Optional[str] = None,
        query_key: Optional[str] = None,
        cookie_key: Optional[str] = None,
        oauth: Optional[str] = None,
        server_url: Optional[str] = None,
        retry_config: Optional[utils.RetryConfig] = None,
        timeout_ms: Optional[int] = None,
        client: Optional[httpx.Client] = None,
    ) -> None:
        config = _config(
            {
                "bearer": bearer,
                "basic": basic,
                "headerKey": header_key,
                "queryKey": query_key,
                "cookieKey": cookie_key,
                "oauth": oauth,
            },
            server_url,
            retry_config,
            timeout_ms,
        )
        self._runtime = SyncRuntime(config, client)

    @cached_property
    def secrets(self) -> Secrets:
        """Secrets: imported on first use."""
        from .secrets import Secrets

        return Secrets(self._runtime)

    def close(self) -> None:
        """Close the HTTP client, unless it was passed in by the caller."""
        self._runtime.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.close()


class AsyncVault:
    """Vault (asynchronous client)
    :param bearer: The bearer token; read from ``VAULT_TOKEN`` when not given.
    :param basic: The (username, password) pair for HTTP basic authentication.
    :param header_key: The API key, sent in the header 'X-API-Key'.
    :param query_key: The API key, sent in the query 'api_key'.
    :param cookie_key: The API key, sent in the cookie 'session'.
    :param oauth: The bearer token.
    :param server_url: The server every operation uses, instead of the servers in the spec; read from ``VAULT_SERVER_URL`` when not given.
    :param retry_config: The retry policy of every operation; a call's ``retries`` wins.
    :param timeout_ms: The timeout of each HTTP attempt, in milliseconds; a call's ``timeout_ms`` wins.
    :param client: An httpx client to send requests with. The SDK does not close a client it was given.
    """

    def __init__(
        self,
        *,
        bearer: Optional[str] = None,
        basic: Optional[Tuple[str, str]] = None,
        header_key: Optional[str] = None,
        query_key: Optional[str] = None,
        cookie_key: Optional[str] = None,
        oauth: Optional[str] = None,
        server_url: Optional[str] = None,
        retry_config: Optional[utils.RetryConfig] = None,
        timeout_ms: Optional[int] = None,
        client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        config = _config(
            {
                "bearer": bearer,
                "basic": basic,
                "headerKey": header_key,
                "queryKey": query_key,
                "cookieKey": cookie_key,
                "oauth": oauth,
            },
            server_url,
            retry_config,
            timeout_ms,
        )
        self._runtime = AsyncRuntime(config, client)

    @cached_property
    def secrets(self) -> AsyncSecrets:
        """Secrets: imported on first use."""
        from .secrets import AsyncSecrets

        return AsyncSecrets(self._runtime)

    async def aclose(self) -> None:
        """Close the HTTP client, unless it was passed in by the caller."""
        await self._runtime.aclose()

    async def __aenter__(self) -> AsyncVault:
        return self

    async def __aexit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        await self.aclose()
