"""The generated SDK against the spec-driven mock server, over real sockets, sync and async.

Every request here is also validated by the mock server against the spec: a 200 means the
request matched the operation's path, method, content type, security and body schema.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from friendli import UNSET, AsyncFriendli, SyncFriendli, models
from friendli.utils import BackoffStrategy, RetryConfig

from .servers import MockServer

KINDS = ["sync", "async"]
GENERATE, EDIT = "containerImagesGenerate", "containerImagesEdit"
FAST = RetryConfig("backoff", BackoffStrategy(20, 100, 2.0, 5000, jitter=0.0), False)
FAST_WITH_CONNECTION_ERRORS = RetryConfig(
    "backoff", BackoffStrategy(20, 100, 2.0, 5000, jitter=0.0), True
)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def call(kind: str, method: str, client: dict[str, Any], **arguments: Any) -> Any:
    """Call ``container.image.<method>`` with the sync or the async client."""
    if kind == "sync":
        with SyncFriendli(**client) as friendli:
            return getattr(friendli.container.image, method)(**arguments)

    async def run() -> Any:
        async with AsyncFriendli(**client) as friendli:
            return await getattr(friendli.container.image, method)(**arguments)

    return asyncio.run(run())


def client_for(mock: MockServer, **extra: Any) -> dict[str, Any]:
    return {"token": "t0ken", "server_url": mock.url, **extra}


WIRE_CASES = [
    ("generate", {"prompt": "p"}, {"prompt": "p"}),
    (
        "generate",
        {"prompt": "p", "model": None, "seed": None, "response_format": None},
        {"prompt": "p", "model": None, "seed": None, "response_format": None},
    ),
    ("generate", {"prompt": "p", "num_inference_steps": None, "model": UNSET}, {"prompt": "p"}),
    (
        "generate",
        {
            "prompt": "p",
            "model": "m",
            "num_inference_steps": 50,
            "guidance_scale": 7.5,
            "seed": 1,
            "response_format": "jpeg",
            "control_images": [{"image": "a"}, models.ImageInput(image="b")],
            "controlnet_weights": [0, 0.5],
        },
        {
            "prompt": "p",
            "model": "m",
            "num_inference_steps": 50,
            "guidance_scale": 7.5,
            "seed": 1,
            "response_format": "jpeg",
            "control_images": [{"image": "a"}, {"image": "b"}],
            "controlnet_weights": [0, 0.5],
        },
    ),
    ("edit", {"image": {"image": "a"}, "prompt": "q"}, {"image": {"image": "a"}, "prompt": "q"}),
    (
        "edit",
        {"image": [models.ImageInput(image="a"), {"image": "b"}], "prompt": "q", "seed": None},
        {"image": [{"image": "a"}, {"image": "b"}], "prompt": "q", "seed": None},
    ),
    (
        "edit",
        {
            "image": models.ImageInput(image="a"),
            "prompt": "q",
            "response_format": models.ContainerImageEditBodyResponseFormat.RAW,
        },
        {"image": {"image": "a"}, "prompt": "q", "response_format": "raw"},
    ),
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("method, arguments, wire", WIRE_CASES)
def test_parameters_on_the_wire(
    mock: MockServer, kind: str, method: str, arguments: dict[str, Any], wire: dict[str, Any]
) -> None:
    result = call(kind, method, client_for(mock), **arguments)
    assert result.image == PNG_MAGIC
    (request,) = mock.requests()
    assert request["status"] == 200, "the mock server rejected the request"
    import json

    assert json.loads(request["body"]) == wire


@pytest.mark.parametrize("kind", KINDS)
def test_auth_user_agent_and_header_overrides(
    mock: MockServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    call(kind, "generate", client_for(mock), prompt="p")
    monkeypatch.setenv("FRIENDLI_TOKEN", "from-env")
    call(kind, "generate", {"server_url": mock.url}, prompt="p")
    call(
        kind,
        "generate",
        client_for(mock),
        prompt="p",
        http_headers={"User-Agent": "app/2", "X-Id": "9"},
    )
    first, from_env, overridden = mock.requests()
    assert first["headers"]["authorization"] == "Bearer t0ken"
    assert first["headers"]["user-agent"] == "friendli-python/0.1.0"
    assert first["headers"]["accept"] == "application/json"
    assert from_env["headers"]["authorization"] == "Bearer from-env"
    assert overridden["headers"]["user-agent"] == "app/2" and overridden["headers"]["x-id"] == "9"


@pytest.mark.parametrize("kind", KINDS)
def test_missing_token_is_rejected_by_the_server_as_the_spec_says(
    mock: MockServer, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FRIENDLI_TOKEN", raising=False)
    with pytest.raises(models.SDKError) as caught:
        call(kind, "generate", {"server_url": mock.url}, prompt="p")
    assert caught.value.status_code == 401
    assert "authorization" not in mock.requests()[0]["headers"]


@pytest.mark.parametrize("kind", KINDS)
def test_server_url_client_level_and_per_call_wins(mock: MockServer, kind: str) -> None:
    unreachable = "http://127.0.0.1:9"
    assert call(kind, "generate", client_for(mock), prompt="client-level").image == PNG_MAGIC
    assert (
        call(
            kind,
            "edit",
            client_for(mock, server_url=unreachable),
            image={"image": "a"},
            prompt="per-call",
            server_url=mock.url,
        ).image
        == PNG_MAGIC
    )
    bodies = [r["body"] for r in mock.requests()]
    assert len(bodies) == 2 and "client-level" in bodies[0] and "per-call" in bodies[1]
    with pytest.raises(models.SDKConnectionError):
        call(kind, "generate", client_for(mock, server_url=unreachable), prompt="p")


@pytest.mark.parametrize("kind", KINDS)
def test_retries_per_call_with_backoff_and_retry_after(mock: MockServer, kind: str) -> None:
    mock.script(GENERATE, {"status": 503}, {"status": 429, "headers": {"Retry-After": "1"}})
    result = call(kind, "generate", client_for(mock), prompt="p", retries=FAST)
    assert result.image == PNG_MAGIC
    assert [r["status"] for r in mock.requests()] == [503, 429, 200]
    backoff, retry_after = mock.gaps()
    assert 0.018 <= backoff < 0.5  # the policy's 20 ms
    assert 0.95 <= retry_after < 2.0  # the header's second, not the policy's 40 ms


@pytest.mark.parametrize("kind", KINDS)
def test_global_retry_config_and_per_call_override(mock: MockServer, kind: str) -> None:
    mock.script(EDIT, {"status": 502}, {"status": 504})
    call(kind, "edit", client_for(mock, retry_config=FAST), image={"image": "a"}, prompt="q")
    assert [r["status"] for r in mock.requests()] == [502, 504, 200]
    mock.reset()
    mock.script(EDIT, {"status": 500})
    with pytest.raises(models.SDKError):
        call(
            kind,
            "edit",
            client_for(mock, retry_config=FAST),
            image={"image": "a"},
            prompt="q",
            retries=RetryConfig("none"),
        )
    assert len(mock.requests()) == 1


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [400, 404, 409, 422])
def test_no_retry_on_client_errors_other_than_429(mock: MockServer, kind: str, status: int) -> None:
    mock.script(GENERATE, {"status": status, "json": {"detail": "no"}})
    with pytest.raises(models.SDKError) as caught:
        call(kind, "generate", client_for(mock, retry_config=FAST), prompt="p")
    assert caught.value.status_code == status
    assert len(mock.requests()) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_exhausted_retries_end_in_sdk_error_with_the_last_answer(
    mock: MockServer, kind: str
) -> None:
    policy = RetryConfig("backoff", BackoffStrategy(20, 20, 1.0, 200, jitter=0.0), False)
    steps = [
        {"status": 503, "body": f"attempt {i}", "headers": {"X-Attempt": str(i)}} for i in range(50)
    ]
    mock.script(GENERATE, *steps)
    with pytest.raises(models.SDKError) as caught:
        call(kind, "generate", client_for(mock), prompt="p", retries=policy)
    attempts = len(mock.requests())
    assert 3 <= attempts <= 12
    error = caught.value
    assert error.status_code == 503
    assert error.body == f"attempt {attempts - 1}"
    assert error.headers["x-attempt"] == str(attempts - 1)


@pytest.mark.parametrize("kind", KINDS)
def test_connection_errors_are_retried_only_when_configured(mock: MockServer, kind: str) -> None:
    mock.script(GENERATE, {"drop": True, "status": 200})
    with pytest.raises(models.SDKConnectionError):
        call(kind, "generate", client_for(mock), prompt="p", retries=FAST)
    assert len(mock.requests()) == 1
    mock.reset()
    mock.script(GENERATE, {"drop": True, "status": 200})
    assert (
        call(
            kind, "generate", client_for(mock), prompt="p", retries=FAST_WITH_CONNECTION_ERRORS
        ).image
        == PNG_MAGIC
    )
    assert len(mock.requests()) == 2


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("where", ["call", "client"])
def test_a_slow_server_times_out_and_never_hangs(mock: MockServer, kind: str, where: str) -> None:
    mock.script(GENERATE, {"delay": 3})
    client = client_for(mock, **({"timeout_ms": 200} if where == "client" else {}))
    started = time.monotonic()
    with pytest.raises(models.SDKTimeoutError):
        call(
            kind, "generate", client, prompt="p", **({"timeout_ms": 200} if where == "call" else {})
        )
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("kind", KINDS)
def test_a_trickling_answer_is_bounded_by_the_timeout(mock: MockServer, kind: str) -> None:
    mock.script(GENERATE, {"status": 200, "json": {"image": "A" * 400}, "trickle": 0.01})
    started = time.monotonic()
    with pytest.raises(models.SDKTimeoutError):
        call(kind, "generate", client_for(mock), prompt="p", timeout_ms=300)
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "step",
    [
        {"status": 200, "body": '{"image": "iVBORw0K'},
        {"status": 200, "json": {"image": 42}},
        {"status": 200, "json": {"image": "not base64!"}},
        {"status": 200, "body": "<html></html>", "content_type": "text/html"},
    ],
    ids=["truncated-json", "wrong-type", "bad-base64", "wrong-content-type"],
)
def test_a_2xx_that_breaks_the_schema_raises_response_validation_error(
    mock: MockServer, kind: str, step: dict[str, Any]
) -> None:
    mock.script(GENERATE, step)
    with pytest.raises(models.ResponseValidationError) as caught:
        call(kind, "generate", client_for(mock), prompt="p")
    assert caught.value.status_code == 200 and caught.value.raw_response is not None


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [401, 500, 503])
def test_error_statuses_raise_sdk_error_with_status_body_and_headers(
    mock: MockServer, kind: str, status: int
) -> None:
    mock.script(
        GENERATE,
        {
            "status": status,
            "body": "went wrong",
            "content_type": "text/plain",
            "headers": {"X-Request-Id": "r1"},
        },
    )
    with pytest.raises(models.SDKError) as caught:
        call(kind, "generate", client_for(mock, token="secret-value"), prompt="p")
    error = caught.value
    assert (error.status_code, error.body, error.headers["x-request-id"]) == (
        status,
        "went wrong",
        "r1",
    )
    assert "secret-value" not in str(error) and "secret-value" not in repr(error)


@pytest.mark.parametrize("kind", KINDS)
def test_a_connection_dropped_mid_response_raises_connection_error(
    mock: MockServer, kind: str
) -> None:
    mock.script(GENERATE, {"status": 200, "json": {"image": "iVBORw0KGgo="}, "drop_after": 5})
    with pytest.raises(models.SDKConnectionError):
        call(kind, "generate", client_for(mock), prompt="p")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_answer_is_decoded(mock: MockServer, kind: str, encoding: str) -> None:
    mock.script(GENERATE, {"compress": encoding})
    result = call(kind, "generate", client_for(mock), prompt="p")
    assert isinstance(result, models.ContainerImageGenerateSuccess)
    assert mock.requests()[-1]["headers"]["accept-encoding"]  # httpx asked for it


@pytest.mark.parametrize("kind", KINDS)
def test_a_compressed_error_answer_is_an_sdk_error(mock: MockServer, kind: str) -> None:
    mock.script(GENERATE, {"status": 400, "json": {"detail": "bad"}, "compress": "gzip"})
    with pytest.raises(models.SDKError) as caught:
        call(kind, "generate", client_for(mock), prompt="p")
    assert (caught.value.status_code, caught.value.body) == (400, '{"detail": "bad"}')


@pytest.mark.parametrize("kind", KINDS)
def test_a_truncated_compressed_answer_is_a_connection_error(mock: MockServer, kind: str) -> None:
    mock.script(
        GENERATE,
        {
            "status": 200,
            "json": {"image": "iVBORw0KGgo=" * 50},
            "compress": "gzip",
            "drop_after": 20,
        },
    )
    with pytest.raises(models.SDKConnectionError):
        call(kind, "generate", client_for(mock), prompt="p")


def test_the_mock_server_rejects_what_the_spec_forbids(mock: MockServer) -> None:
    """The referee works: an out-of-range value reaches the server and is refused."""
    with pytest.raises(models.SDKError) as caught:
        call("sync", "generate", client_for(mock), prompt="p", num_inference_steps=0)
    assert caught.value.status_code == 422
    assert "num_inference_steps" in caught.value.body


def test_200_concurrent_async_requests_complete_without_leaking_connections(
    mock: MockServer,
) -> None:
    async def run() -> tuple[list[Any], int, int]:
        friendli = AsyncFriendli(**client_for(mock))
        pool = friendli._runtime.client._transport._pool  # type: ignore[attr-defined]
        results = await asyncio.gather(
            *(friendli.container.image.generate(prompt=f"p{i}", seed=i) for i in range(200))
        )
        open_before = len(pool.connections)
        await friendli.aclose()
        return results, open_before, len(pool.connections)

    results, open_before, open_after = asyncio.run(run())
    assert len(results) == 200 and all(r.image == PNG_MAGIC for r in results)
    requests = mock.requests()
    assert len(requests) == 200 and all(r["status"] == 200 for r in requests)
    assert sorted(int(r["body"].split('"seed":')[1].rstrip("}")) for r in requests) == list(
        range(200)
    )
    assert 0 < open_before <= 100  # httpx's default pool limit
    assert open_after == 0


# -- hostile servers ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_10_mb_body_that_is_not_the_schema_raises_response_validation_error(
    mock: MockServer, kind: str
) -> None:
    mock.script(GENERATE, {"status": 200, "body": "[" + "1," * 5_000_000 + "1]"})
    started = time.monotonic()
    with pytest.raises(models.ResponseValidationError) as caught:
        call(kind, "generate", client_for(mock, timeout_ms=20_000), prompt="p")
    assert time.monotonic() - started < 20
    assert len(caught.value.raw_response.content) > 10_000_000
    assert len(str(caught.value)) < 1_000, "the message quotes the body, it does not dump it"


@pytest.mark.parametrize("kind", KINDS)
def test_a_10_mb_valid_image_is_decoded(mock: MockServer, kind: str) -> None:
    import base64

    image = bytes(range(256)) * 40_000  # 10 MB
    mock.script(GENERATE, {"status": 200, "json": {"image": base64.b64encode(image).decode()}})
    assert call(kind, "generate", client_for(mock), prompt="p").image == image


@pytest.mark.parametrize("kind", KINDS)
def test_odd_header_encodings_do_not_break_error_handling(mock: MockServer, kind: str) -> None:
    odd = {
        "status": 500,
        "body": "x",
        "headers": {"X-Odd": "caf\u00e9 \u00ff", "Retry-After": "soon"},
    }
    mock.script(GENERATE, odd)
    with pytest.raises(models.SDKError) as caught:
        call(kind, "generate", client_for(mock), prompt="p")
    assert caught.value.status_code == 500
    assert caught.value.headers.get("x-odd") is not None
    mock.script(GENERATE, odd)  # an unreadable Retry-After falls back to the backoff
    assert (
        call(kind, "generate", client_for(mock, retry_config=FAST), prompt="p").image == PNG_MAGIC
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_token_echoed_by_the_server_is_redacted_from_error_messages(
    mock: MockServer, kind: str
) -> None:
    token = "sk-live-abcdef123456"
    for step in (
        {"status": 401, "body": f"bad token {token}"},
        {"status": 200, "body": f'{{"oops": "{token}"}}'},
    ):
        mock.reset()
        mock.script(GENERATE, step)
        with pytest.raises(models.SDKBaseError) as caught:
            call(kind, "generate", client_for(mock, token=token), prompt="p")
        assert token not in str(caught.value) and token not in repr(caught.value)
        assert "[REDACTED]" in str(caught.value)
        assert token in caught.value.body  # the body itself is the caller's to read


@pytest.mark.parametrize("kind", KINDS)
def test_any_sequence_of_models_and_dicts_is_a_list_on_the_wire(
    mock: MockServer, kind: str
) -> None:
    """List arguments are typed ``Sequence[Model | ModelTypedDict]``: a tuple type-checks,
    so it must also travel as the JSON array the API expects."""
    import json

    images = (models.ImageInput(image="a"), {"image": "b"})
    call(kind, "generate", client_for(mock), prompt="p", control_images=images)
    call(kind, "edit", client_for(mock), prompt="q", image=({"image": "c"},))
    sent = [json.loads(r["body"]) for r in mock.requests()]
    assert [r["status"] for r in mock.requests()] == [200, 200]
    assert sent[0]["control_images"] == [{"image": "a"}, {"image": "b"}]
    assert sent[1]["image"] == [{"image": "c"}]


@pytest.mark.parametrize("kind", KINDS)
def test_with_raw_response_gives_status_headers_and_the_parsed_body(
    mock: MockServer, kind: str
) -> None:
    """``with_raw_response`` answers with the HTTP response (a request id, rate limits) and
    ``parse()`` gives what the method returns; an error status raises as without it, and a
    body that breaks the schema raises when parsed."""
    from friendli.utils import RawResponse

    mock.script(
        GENERATE,
        {"headers": {"X-Request-Id": "req-7"}},
        {"status": 422, "json": {"detail": "no"}},
        {"status": 200, "json": {"image": 5}},
    )

    async def run_async() -> list[Any]:
        async with AsyncFriendli(**client_for(mock)) as friendli:
            view = friendli.container.image.with_raw_response
            outcomes: list[Any] = [await view.generate(prompt="p")]
            for _ in range(2):
                try:
                    outcomes.append(await view.generate(prompt="p"))
                except models.SDKError as exc:
                    outcomes.append(exc)
            outcomes.append(await friendli.container.image.generate(prompt="p"))
            return outcomes

    if kind == "sync":
        with SyncFriendli(**client_for(mock)) as friendli:
            view = friendli.container.image.with_raw_response
            outcomes: list[Any] = [view.generate(prompt="p")]
            for _ in range(2):
                try:
                    outcomes.append(view.generate(prompt="p"))
                except models.SDKError as exc:
                    outcomes.append(exc)
            outcomes.append(friendli.container.image.generate(prompt="p"))
    else:
        outcomes = asyncio.run(run_async())
    raw, error, broken, plain = outcomes
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.headers["x-request-id"]) == (200, "req-7")
    assert raw.parse().image == PNG_MAGIC + raw.parse().image[8:]
    assert raw.parse() is raw.parse()
    assert isinstance(error, models.SDKError) and error.status_code == 422
    assert isinstance(broken, RawResponse) and broken.status_code == 200
    with pytest.raises(models.ResponseValidationError):
        broken.parse()
    assert isinstance(plain, models.ContainerImageGenerateSuccess)
