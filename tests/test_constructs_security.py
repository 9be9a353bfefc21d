"""Security schemes of every supported kind, applied per operation, against the mock server
(tests/fixtures/constructs/security.yaml)."""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path
from typing import Any, Iterator

import pytest

from .constructs import Construct, construct, run_doc_snippets

ALL = {
    "bearer": "b-token",
    "basic": ("ann", "pa:ss"),
    "header_key": "h-key",
    "query_key": "q-key",
    "cookie_key": "c-key",
    "oauth": "o-token",
}
BASIC = "Basic " + base64.b64encode(b"ann:pa:ss").decode()


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct("security", "vault", tmp_path_factory.mktemp("vault"))


def sdk(vault: Construct, **credentials: Any) -> Any:
    vault.mock.reset()
    return vault.package.Vault(server_url=vault.mock.url, **credentials)


def credentials_sent(request: dict[str, Any]) -> dict[str, Any]:
    headers = request["headers"]
    return {
        "authorization": headers.get("authorization"),
        "x-api-key": headers.get("x-api-key"),
        "cookie": headers.get("cookie"),
        "query": request["query"],
    }


NONE = {"authorization": None, "x-api-key": None, "cookie": None, "query": []}


@pytest.mark.parametrize(
    "method, expected",
    [
        ("get_public", NONE),
        ("get_bearer", {**NONE, "authorization": "Bearer b-token"}),
        ("get_basic", {**NONE, "authorization": BASIC}),
        ("get_header_key", {**NONE, "x-api-key": "h-key"}),
        ("get_query_key", {**NONE, "query": [["api_key", "q-key"]]}),
        ("get_cookie_key", {**NONE, "cookie": "session=c-key"}),
        ("get_either", {**NONE, "x-api-key": "h-key"}),  # the first alternative wins
        ("get_both", {**NONE, "x-api-key": "h-key", "query": [["api_key", "q-key"]]}),
        ("get_oauth", {**NONE, "authorization": "Bearer o-token"}),
    ],
)
def test_each_operation_sends_exactly_its_own_credentials(
    vault: Construct, method: str, expected: dict[str, Any]
) -> None:
    with sdk(vault, **ALL) as client:
        assert getattr(client.secrets, method)().ok is True
    request = vault.last()
    assert request["status"] == 200
    assert credentials_sent(request) == expected


def test_an_alternative_the_client_can_satisfy_is_chosen(vault: Construct) -> None:
    with sdk(vault, basic=("ann", "pa:ss")) as client:
        assert client.secrets.get_either().ok is True
    assert credentials_sent(vault.last()) == {**NONE, "authorization": BASIC}


def test_a_conjunction_needs_every_credential(vault: Construct) -> None:
    with sdk(vault, header_key="h-key") as client:
        with pytest.raises(vault.package.models.SDKError) as caught:
            client.secrets.get_both()
    assert caught.value.status_code == 401
    # Half a conjunction is not sent: the key goes only where a whole alternative is met.
    assert credentials_sent(vault.last()) == NONE


def test_missing_credentials_are_not_sent_and_the_server_says_401(vault: Construct) -> None:
    with sdk(vault) as client:
        assert client.secrets.get_public().ok is True
        with pytest.raises(vault.package.models.SDKError) as caught:
            client.secrets.get_basic()
    assert caught.value.status_code == 401
    assert credentials_sent(vault.last()) == NONE


def test_the_token_variable_fills_the_bearer_scheme_only(
    vault: Construct, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULT_TOKEN", "from-env")
    with sdk(vault) as client:
        client.secrets.get_bearer()
        assert credentials_sent(vault.last())["authorization"] == "Bearer from-env"
        with pytest.raises(vault.package.models.SDKError):
            client.secrets.get_oauth()  # a second bearer-like scheme is not the token


def test_credentials_are_redacted_from_error_messages(vault: Construct) -> None:
    vault.mock.reset()
    vault.mock.script("getBasic", {"status": 500, "body": f"echo: pa:ss {BASIC[6:]} h-key"})
    with vault.package.Vault(
        server_url=vault.mock.url, basic=("ann", "pa:ss"), header_key="h-key"
    ) as client:
        with pytest.raises(vault.package.models.SDKError) as caught:
            client.secrets.get_basic()
    message = str(caught.value)
    assert "pa:ss" not in message and BASIC[6:] not in message and "h-key" not in message
    assert message.count("[REDACTED]") == 3


def test_the_async_client_applies_the_same_rules(vault: Construct) -> None:
    vault.mock.reset()

    async def calls() -> None:
        async with vault.package.AsyncVault(
            server_url=vault.mock.url, basic=("ann", "pa:ss"), query_key="q-key"
        ) as client:
            assert (await client.secrets.get_either()).ok is True
            assert (await client.secrets.get_query_key()).ok is True

    asyncio.run(calls())
    first, second = vault.mock.requests()
    assert credentials_sent(first) == {**NONE, "authorization": BASIC}
    assert credentials_sent(second) == {**NONE, "query": [["api_key", "q-key"]]}


def test_every_python_block_of_the_docs_runs(vault: Construct) -> None:
    vault.mock.reset()
    # The examples pass the bearer token from VAULT_TOKEN; operations that need another
    # credential answer 401, which the README's error-handling example catches and prints.
    assert run_doc_snippets(vault, "VAULT")
