"""Runtime behaviour over real sockets: retries, backoff, Retry-After, timeouts, errors."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from friendli import AsyncFriendli, SyncFriendli, models
from friendli.utils import BackoffStrategy, RetryConfig

from .localserver import LocalServer, Reply

FAST = RetryConfig("backoff", BackoffStrategy(20, 100, 2.0, 5000, jitter=0.0), False)
FAST_WITH_CONNECTION_ERRORS = RetryConfig(
    "backoff", BackoffStrategy(20, 100, 2.0, 5000, jitter=0.0), True
)


def unavailable(**headers: str) -> Reply:
    return Reply(503, b'{"error": "busy"}', {"Content-Type": "application/json", **headers})


def generate(server: LocalServer, client_kwargs: dict[str, Any] | None = None, **call: Any) -> Any:
    with SyncFriendli(server_url=server.url, **(client_kwargs or {})) as friendli:
        return friendli.container.image.generate(prompt="p", **call)


def test_per_call_retries_recover_from_503_and_429() -> None:
    with LocalServer(unavailable(), Reply(429, b"slow down"), Reply()) as server:
        result = generate(server, retries=FAST)
    assert result.image == b"hello"
    assert len(server.requests) == 3
    gaps = list(server.gaps())
    assert 0.018 <= gaps[0] < 0.5 and 0.038 <= gaps[1] < 0.6  # 20 ms, then 40 ms


def test_client_retry_config_applies_and_a_call_overrides_it() -> None:
    with LocalServer(unavailable(), Reply()) as server:
        assert generate(server, {"retry_config": FAST}).image == b"hello"
    assert len(server.requests) == 2
    with LocalServer(unavailable(), Reply()) as server:
        with pytest.raises(models.SDKError) as caught:
            generate(server, {"retry_config": FAST}, retries=RetryConfig("none"))
    assert caught.value.status_code == 503
    assert len(server.requests) == 1


def test_no_retry_without_configuration() -> None:
    with LocalServer(unavailable(), Reply()) as server:
        with pytest.raises(models.SDKError):
            generate(server)
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 404, 422])
def test_client_errors_other_than_429_are_not_retried(status: int) -> None:
    with LocalServer(Reply(status, b'{"detail": "no"}'), Reply()) as server:
        with pytest.raises(models.SDKError) as caught:
            generate(server, retries=FAST)
    assert len(server.requests) == 1
    assert caught.value.status_code == status
    assert caught.value.body == '{"detail": "no"}'


def test_retry_after_is_honoured() -> None:
    with LocalServer(Reply(429, b"", {"Retry-After": "1"}), Reply()) as server:
        generate(server, retries=FAST)
    gap = next(server.gaps())
    assert 0.95 <= gap < 2.0  # the header's 1 s, not the policy's 20 ms


def test_exhausted_retries_raise_the_last_status_body_and_headers() -> None:
    policy = RetryConfig("backoff", BackoffStrategy(20, 20, 1.0, 150, jitter=0.0), False)
    with LocalServer(unavailable(**{"X-Attempt": "last"})) as server:
        with pytest.raises(models.SDKError) as caught:
            generate(server, retries=policy)
    error = caught.value
    assert error.status_code == 503
    assert error.body == '{"error": "busy"}'
    assert error.headers["x-attempt"] == "last"
    assert error.raw_response.status_code == 503
    assert 3 <= len(server.requests) <= 9  # 20 ms apart within 150 ms


def test_connection_errors_are_retried_only_when_configured() -> None:
    with LocalServer(Reply(drop=True), Reply()) as server:
        with pytest.raises(models.SDKConnectionError):
            generate(server, retries=FAST)
        assert len(server.requests) == 1
    with LocalServer(Reply(drop=True), Reply()) as server:
        assert generate(server, retries=FAST_WITH_CONNECTION_ERRORS).image == b"hello"
        assert len(server.requests) == 2


def test_refused_connection_raises_connection_error() -> None:
    with LocalServer() as server:
        url = server.url
    with SyncFriendli(server_url=url) as friendli:
        with pytest.raises(models.SDKConnectionError):
            friendli.container.image.generate(prompt="p")


@pytest.mark.parametrize("where", ["call", "client"])
def test_slow_server_times_out(where: str) -> None:
    with LocalServer(Reply(delay=3)) as server:
        client_kwargs = {"timeout_ms": 200} if where == "client" else {}
        call = {"timeout_ms": 200} if where == "call" else {}
        started = time.monotonic()
        with pytest.raises(models.SDKTimeoutError):
            generate(server, client_kwargs, **call)
        assert time.monotonic() - started < 2


def test_a_trickling_body_is_bounded_by_the_timeout() -> None:
    body = b'{"image": "' + b"A" * 400 + b'"}'
    with LocalServer(Reply(body=body, trickle=0.01)) as server:
        started = time.monotonic()
        with pytest.raises(models.SDKTimeoutError):
            generate(server, timeout_ms=300)
        assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body=b'{"image": "not base64!"}'),
        Reply(body=b'{"picture": "aGVsbG8="}'),
        Reply(body=b'{"image": "aGVs'),
        Reply(body=b"<html>hi</html>", headers={"Content-Type": "text/html"}),
    ],
    ids=["bad-base64", "wrong-shape", "truncated", "wrong-content-type"],
)
def test_a_2xx_body_that_breaks_the_schema_raises_response_validation_error(reply: Reply) -> None:
    with LocalServer(reply) as server:
        with pytest.raises(models.ResponseValidationError) as caught:
            generate(server)
    assert caught.value.status_code == 200
    assert isinstance(caught.value, models.SDKBaseError)
    assert not isinstance(caught.value, models.SDKError)


def test_server_errors_carry_status_body_headers_and_never_the_token() -> None:
    with LocalServer(Reply(500, b"boom", {"Content-Type": "text/plain", "X-Id": "7"})) as server:
        with pytest.raises(models.SDKError) as caught:
            generate(server, {"token": "very-secret"})
    error = caught.value
    assert (error.status_code, error.body, error.headers["x-id"]) == (500, "boom", "7")
    assert "very-secret" not in str(error)
    assert "500" in str(error)


def test_async_client_retries_times_out_and_raises_like_the_sync_one() -> None:
    async def run(server: LocalServer, **call: Any) -> Any:
        async with AsyncFriendli(server_url=server.url) as friendli:
            return await friendli.container.image.edit(image={"image": "a"}, prompt="p", **call)

    with LocalServer(unavailable(), Reply()) as server:
        assert asyncio.run(run(server, retries=FAST)).image == b"hello"
        assert len(server.requests) == 2
    with LocalServer(Reply(delay=3)) as server:
        with pytest.raises(models.SDKTimeoutError):
            asyncio.run(run(server, timeout_ms=200))
    with LocalServer(Reply(404, b"missing")) as server:
        with pytest.raises(models.SDKError) as caught:
            asyncio.run(run(server))
        assert caught.value.status_code == 404


def test_backoff_strategy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        BackoffStrategy(exponent=0.5)
    with pytest.raises(ValueError):
        BackoffStrategy(jitter=2)
    with pytest.raises(ValueError):
        RetryConfig("sometimes")


def test_jitter_shortens_waits_within_bounds() -> None:
    strategy = BackoffStrategy(100, 1000, 2.0, 10000, jitter=0.5)
    delays = [strategy.delay(2) for _ in range(200)]
    assert all(0.2 <= d <= 0.4 for d in delays)  # 400 ms less up to half
    assert max(delays) - min(delays) > 0.05


def test_httpx_errors_never_escape_unwrapped() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("peer closed connection", request=request)

    with SyncFriendli(client=httpx.Client(transport=httpx.MockTransport(broken))) as friendli:
        with pytest.raises(models.SDKConnectionError) as caught:
            friendli.container.image.generate(prompt="p")
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
