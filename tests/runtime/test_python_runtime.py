"""The Python SDK runtime tested as itself: ``generator/targets/python/runtime`` imported as a
package, requests answered by an ``httpx.MockTransport`` and time kept by a fake clock, so each
retry, wait and timeout rule is checked exactly and in milliseconds of real time.

The mock-server suites (``tests/test_runtime.py`` and the construct tests) stay the integration
layer; these pin the rules themselves.
"""

from __future__ import annotations

import asyncio
import enum
import dataclasses
import email.utils
import gzip
import hashlib
import logging
import zlib
from typing import Any, Callable, Iterator

import httpx
import pydantic
import pytest

from generator.targets.python.runtime import _runtime
from generator.targets.python.runtime.models._errors import (
    ResponseValidationError,
    SDKBaseError,
    SDKConnectionError,
    SDKError,
    SDKTimeoutError,
    redact,
)
from generator.targets.python.runtime.utils import retries
from generator.targets.python.runtime.utils.retries import BackoffStrategy, RetryConfig

Handler = Callable[[httpx.Request], httpx.Response]

OP = _runtime.OperationSpec(
    operation_id="things.get",
    method="GET",
    path="/things/{id}",
    servers=(),
    request_content_type=None,
    accept="application/json",
    response_kind="json",
    response_content_type="application/json",
    security=((),),
    params=(("id", "id", "path", "simple", False),),
)


class FakeClock:
    """Monotonic and wall time that only move when the runtime sleeps."""

    WALL = 1_800_000_000.0

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.WALL + self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    fake = FakeClock()

    class _Time:
        monotonic = staticmethod(fake.monotonic)
        time = staticmethod(fake.time)
        sleep = staticmethod(fake.sleep)

    monkeypatch.setattr(_runtime, "time", _Time)
    monkeypatch.setattr(retries, "time", _Time)
    monkeypatch.setattr(asyncio, "sleep", fake.asleep)
    yield fake


def config(**overrides: Any) -> _runtime.ClientConfig:
    values: dict[str, Any] = dict(
        credentials={},
        schemes={},
        server_url="http://api.test",
        default_server_url=None,
        retry_config=None,
        timeout_ms=None,
        user_agent="unit/1",
    )
    values.update(overrides)
    return _runtime.ClientConfig(**values)


@dataclasses.dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)


class Recorder:
    """A scripted server: answers (or raises) each request in turn (the last step repeats),
    and records them. Answers arrive unread, as from a socket."""

    def __init__(self, *script: Answer | Exception) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        return httpx.Response(step.status, headers=step.headers, stream=httpx.ByteStream(step.body))


def ok() -> Answer:
    return Answer(200, b'{"id": "a"}')


def status(code: int, **headers: str) -> Answer:
    extra = tuple(headers.items())
    return Answer(code, b'{"error": %d}' % code, (("Content-Type", "application/json"), *extra))


NO_JITTER = BackoffStrategy(
    initial_interval=500, max_interval=60000, exponent=2, max_elapsed_time=3600000, jitter=0
)
RETRY = RetryConfig("backoff", NO_JITTER, retry_connection_errors=False)


def send(handler: Handler, retry: RetryConfig | None = RETRY, **call: Any) -> Any:
    runtime = _runtime.SyncRuntime(config(), httpx.Client(transport=httpx.MockTransport(handler)))
    arguments: dict[str, Any] = dict(
        body=None,
        params={"id": "a"},
        response_type=dict,
        retries=retry,
        server_url=None,
        timeout_ms=None,
        http_headers=None,
    )
    arguments.update(call)
    return runtime.send(OP, **arguments)


def send_async(handler: Handler, retry: RetryConfig | None = RETRY, **call: Any) -> Any:
    async def run() -> Any:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        runtime = _runtime.AsyncRuntime(config(), client)
        arguments: dict[str, Any] = dict(
            body=None,
            params={"id": "a"},
            response_type=dict,
            retries=retry,
            server_url=None,
            timeout_ms=None,
            http_headers=None,
        )
        arguments.update(call)
        try:
            return await runtime.send_async(OP, **arguments)
        finally:
            await client.aclose()

    return asyncio.run(run())


SENDERS = [pytest.param(send, id="sync"), pytest.param(send_async, id="async")]


# -- which answers are retried -------------------------------------------------------------------


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("code", [400, 401, 403, 404, 405, 408, 409, 410, 413, 415, 422, 501])
def test_a_status_outside_the_retry_list_is_answered_at_once(
    sender: Any, code: int, clock: FakeClock
) -> None:
    server = Recorder(status(code), ok())
    with pytest.raises(SDKError) as raised:
        sender(server)
    assert raised.value.status_code == code
    assert len(server.requests) == 1 and clock.sleeps == []


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("code", [429, 500, 502, 503, 504])
def test_each_retryable_status_is_retried(sender: Any, code: int, clock: FakeClock) -> None:
    server = Recorder(status(code), ok())
    assert sender(server) == {"id": "a"}
    assert len(server.requests) == 2 and clock.sleeps == [0.5]


def test_the_retry_list_is_the_transport_policy() -> None:
    from generator import transport

    assert retries.RETRYABLE_STATUS_CODES == frozenset(transport.RETRYABLE_STATUSES)


def test_without_a_policy_nothing_is_retried(clock: FakeClock) -> None:
    server = Recorder(status(503))
    with pytest.raises(SDKError):
        send(server, retry=None)
    with pytest.raises(SDKError):
        send(server, retry=RetryConfig("none"))
    assert len(server.requests) == 2


# -- how long it waits ---------------------------------------------------------------------------


@pytest.mark.parametrize("sender", SENDERS)
def test_backoff_waits_grow_from_the_first_attempt(sender: Any, clock: FakeClock) -> None:
    server = Recorder(status(500), status(500), status(500), ok())
    assert sender(server) == {"id": "a"}
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_waits_stop_growing_at_max_interval(clock: FakeClock) -> None:
    backoff = dataclasses.replace(NO_JITTER, max_interval=1500)
    server = Recorder(status(500), status(500), status(500), status(500), ok())
    send(server, retry=RetryConfig("backoff", backoff))
    assert clock.sleeps == [0.5, 1.0, 1.5, 1.5]


def test_jitter_only_shortens_a_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    backoff = dataclasses.replace(NO_JITTER, jitter=0.5)
    monkeypatch.setattr(retries.random, "random", lambda: 1.0)
    assert backoff.delay(1) == pytest.approx(0.5)
    monkeypatch.setattr(retries.random, "random", lambda: 0.0)
    assert backoff.delay(1) == pytest.approx(1.0)


@pytest.mark.parametrize("sender", SENDERS)
def test_retry_after_in_seconds_sets_the_wait(sender: Any, clock: FakeClock) -> None:
    server = Recorder(status(429, **{"Retry-After": "7"}), ok())
    sender(server)
    assert clock.sleeps == [7.0]


@pytest.mark.parametrize("sender", SENDERS)
def test_retry_after_as_an_http_date_sets_the_wait(sender: Any, clock: FakeClock) -> None:
    when = email.utils.formatdate(FakeClock.WALL + 12, usegmt=True)
    server = Recorder(status(503, **{"Retry-After": when}), ok())
    sender(server)
    assert clock.sleeps == [pytest.approx(12.0)]


def test_retry_after_in_the_past_retries_at_once(clock: FakeClock) -> None:
    when = email.utils.formatdate(FakeClock.WALL - 60, usegmt=True)
    server = Recorder(status(503, **{"Retry-After": when}), ok())
    send(server)
    assert clock.sleeps == [0.0]


def test_an_unreadable_retry_after_falls_back_to_backoff(clock: FakeClock) -> None:
    server = Recorder(status(503, **{"Retry-After": "soon"}), ok())
    send(server)
    assert clock.sleeps == [0.5]


@pytest.mark.parametrize("sender", SENDERS)
def test_no_attempt_starts_after_max_elapsed_time(sender: Any, clock: FakeClock) -> None:
    # Waits of 0.5, 1 and 2 s: the third retry would start at 3.5 s, past the 3 s allowed.
    backoff = dataclasses.replace(NO_JITTER, max_elapsed_time=3000)
    server = Recorder(status(500))
    with pytest.raises(SDKError):
        sender(server, retry=RetryConfig("backoff", backoff))
    assert clock.sleeps == [0.5, 1.0]
    assert len(server.requests) == 3


def test_an_attempt_may_start_exactly_at_max_elapsed_time(clock: FakeClock) -> None:
    backoff = dataclasses.replace(NO_JITTER, max_elapsed_time=1500)
    server = Recorder(status(500))
    with pytest.raises(SDKError):
        send(server, retry=RetryConfig("backoff", backoff))
    assert clock.sleeps == [0.5, 1.0]


# -- connection errors and timeouts --------------------------------------------------------------


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize(
    "failure, error",
    [
        (httpx.ReadTimeout("slow"), SDKTimeoutError),
        (httpx.ConnectTimeout("slow"), SDKTimeoutError),
        (httpx.ConnectError("refused"), SDKConnectionError),
        (httpx.RemoteProtocolError("dropped"), SDKConnectionError),
    ],
)
def test_transport_failures_are_not_retried_unless_asked(
    sender: Any, failure: Exception, error: type[Exception], clock: FakeClock
) -> None:
    server = Recorder(failure, ok())
    with pytest.raises(error) as raised:
        sender(server)
    assert raised.value.__cause__ is failure
    assert len(server.requests) == 1 and clock.sleeps == []

    server = Recorder(failure, ok())
    retry = dataclasses.replace(RETRY, retry_connection_errors=True)
    assert sender(server, retry=retry) == {"id": "a"}
    assert len(server.requests) == 2 and clock.sleeps == [0.5]


# -- the policy's defaults -----------------------------------------------------------------------


def test_runtime_defaults_are_the_transport_policy() -> None:
    from generator import transport

    backoff = BackoffStrategy()
    assert {f.name: getattr(backoff, f.name) for f in dataclasses.fields(backoff)} == (
        transport.BACKOFF_DEFAULTS
    )
    assert RetryConfig().retry_connection_errors is transport.RETRY_CONNECTION_ERRORS


# -- reading answers -----------------------------------------------------------------------------


JSON = (("Content-Type", "application/json"),)


def compressed(encoding: str, payload: bytes) -> bytes:
    if encoding == "gzip":
        return gzip.compress(payload)
    return zlib.compress(payload)


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_answer_is_decoded_once(sender: Any, encoding: str) -> None:
    body = compressed(encoding, b'{"id": "zipped"}')
    server = Recorder(Answer(200, body, (*JSON, ("Content-Encoding", encoding))))
    assert sender(server) == {"id": "zipped"}


@pytest.mark.parametrize("sender", SENDERS)
def test_a_compressed_error_answer_is_an_sdk_error(sender: Any) -> None:
    body = gzip.compress(b'{"error": "nope"}')
    server = Recorder(Answer(400, body, (*JSON, ("Content-Encoding", "gzip"))))
    with pytest.raises(SDKError) as raised:
        sender(server)
    assert raised.value.status_code == 400
    assert raised.value.body == '{"error": "nope"}'


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("code", [200, 503])
def test_an_undecodable_answer_is_an_sdk_error_with_its_status(sender: Any, code: int) -> None:
    body = b"\x1f\x8b\x08\x00" + b"not gzip at all" * 4
    server = Recorder(Answer(code, body, (*JSON, ("Content-Encoding", "gzip"))))
    with pytest.raises(SDKBaseError) as raised:
        sender(server)
    error = raised.value
    assert isinstance(error, ResponseValidationError if code == 200 else SDKError)
    assert isinstance(error.__cause__, httpx.DecodingError)
    assert getattr(error, "status_code") == code
    assert "gzip body of the answer could not be decoded" in str(error)
    assert len(server.requests) == 1  # not retried: the same bytes would come back


@pytest.mark.parametrize("sender", SENDERS)
def test_a_truncated_compressed_answer_is_an_sdk_error(sender: Any) -> None:
    text = "".join(hashlib.sha256(str(n).encode()).hexdigest() for n in range(40))
    whole = gzip.compress(b'{"id": "' + text.encode() + b'"}')
    body = whole[: len(whole) // 2]
    server = Recorder(Answer(200, body, (*JSON, ("Content-Encoding", "gzip"))))
    with pytest.raises(ResponseValidationError) as raised:
        sender(server)
    assert raised.value.status_code == 200


@pytest.mark.parametrize("sender", SENDERS)
def test_a_transport_that_hands_back_read_in_answers_works(sender: Any) -> None:
    # httpx.MockTransport users (respx and friends) answer with responses already read.
    assert sender(lambda request: httpx.Response(200, json={"id": "mock"})) == {"id": "mock"}


# -- enums on the wire ---------------------------------------------------------------------------


class Purpose(str, enum.Enum):
    FINE_TUNE = "fine-tune"
    BATCH = "batch"


class Flag(enum.Enum):
    ON = True


def _sent(op: _runtime.OperationSpec, params: dict[str, Any], body: Any = None) -> httpx.Request:
    server = Recorder(ok())
    runtime = _runtime.SyncRuntime(config(), httpx.Client(transport=httpx.MockTransport(server)))
    runtime.send(
        op,
        body=body,
        params=params,
        response_type=dict,
        retries=None,
        server_url=None,
        timeout_ms=None,
        http_headers=None,
    )
    return server.requests[0]


def test_enum_members_travel_by_value_in_every_parameter_location() -> None:
    op = dataclasses.replace(
        OP,
        path="/files/{purpose}",
        params=(
            ("purpose", "purpose", "path", "simple", False),
            ("q", "q", "query", "form", True),
            ("many", "many", "query", "form", False),
            ("h", "X-Purpose", "header", "simple", False),
            ("flag", "flag", "query", "form", True),
        ),
    )
    request = _sent(
        op,
        {
            "purpose": Purpose.FINE_TUNE,
            "q": Purpose.BATCH,
            "many": [Purpose.FINE_TUNE, Purpose.BATCH],
            "h": Purpose.FINE_TUNE,
            "flag": Flag.ON,
        },
    )
    assert request.url.path == "/files/fine-tune"
    assert request.url.params.multi_items() == [
        ("q", "batch"),
        ("many", "fine-tune,batch"),
        ("flag", "true"),
    ]
    assert request.headers["x-purpose"] == "fine-tune"


def test_enum_members_travel_by_value_in_forms_and_multipart() -> None:
    form = dataclasses.replace(
        OP, method="POST", request_content_type="application/x-www-form-urlencoded"
    )
    request = _sent(form, {"id": "a"}, {"purpose": Purpose.FINE_TUNE})
    assert request.content == b"purpose=fine-tune"

    multipart = dataclasses.replace(OP, method="POST", request_content_type="multipart/form-data")
    request = _sent(multipart, {"id": "a"}, {"purpose": Purpose.BATCH, "file": b"data"})
    body = request.read()
    assert b'name="purpose"\r\n\r\nbatch\r\n' in body
    assert b"Purpose." not in body


# -- media types of answers ----------------------------------------------------------------------


@pytest.mark.parametrize("received", ["audio/mpeg", "image/png", "application/octet-stream"])
def test_a_binary_answer_is_bytes_whatever_its_media_type(received: str) -> None:
    op = dataclasses.replace(
        OP,
        accept="application/octet-stream",
        response_kind="bytes",
        response_content_type="application/octet-stream",
    )
    server = Recorder(Answer(200, b"ID3\x04", (("Content-Type", received),)))
    runtime = _runtime.SyncRuntime(config(), httpx.Client(transport=httpx.MockTransport(server)))
    assert runtime.send(
        op,
        body=None,
        params={"id": "a"},
        response_type=None,
        retries=None,
        server_url=None,
        timeout_ms=None,
        http_headers=None,
    ) == (b"ID3\x04")


def test_a_json_answer_of_another_media_type_is_still_a_validation_error() -> None:
    server = Recorder(Answer(200, b"<html/>", (("Content-Type", "text/html"),)))
    with pytest.raises(ResponseValidationError, match="expected application/json"):
        send(server, retry=None)


def test_multipart_arrays_are_one_part_per_item() -> None:
    multipart = dataclasses.replace(OP, method="POST", request_content_type="multipart/form-data")
    request = _sent(
        multipart,
        {"id": "a"},
        {
            "include": ["logprobs", Purpose.BATCH],
            "files": [b"one", ("two.txt", b"two", "text/plain")],
            "meta": {"k": "v"},
            "empty": [],
        },
    )
    body = request.read()
    assert body.count(b'name="include"') == 2
    assert b'name="include"\r\n\r\nlogprobs\r\n' in body
    assert b'name="include"\r\n\r\nbatch\r\n' in body
    assert body.count(b'name="files"') == 2 and b'filename="two.txt"' in body
    assert b'name="meta"\r\n\r\n{"k": "v"}\r\n' in body
    assert b'name="empty"' not in body
    assert b'["logprobs"' not in body  # never one JSON-string part for an array


# -- what errors say ------------------------------------------------------------------------------


@pytest.mark.parametrize("sender", SENDERS)
@pytest.mark.parametrize("failure", [httpx.ReadTimeout("slow"), httpx.ConnectTimeout("slow")])
def test_a_timeout_reads_the_same_sync_and_async(
    sender: Any, failure: Exception, clock: FakeClock
) -> None:
    with pytest.raises(SDKTimeoutError) as raised:
        sender(Recorder(failure), retry=None, timeout_ms=1500)
    assert str(raised.value) == "GET http://api.test/things/a got no complete response within 1.5 s"


def test_credentials_are_redacted_where_they_stand_whole() -> None:
    secrets = ["sk-live-1234", "t"]
    text = redact("detail: bad token sk-live-1234, not xsk-live-1234 (t)", secrets)
    # A credential shorter than the floor is left alone: "t" is in every other word.
    assert text == "detail: bad token [REDACTED], not xsk-live-1234 (t)"
    assert redact("sk-live-1234", secrets) == "[REDACTED]"
    assert redact("Bearer sk-live-1234\n", secrets) == "Bearer [REDACTED]\n"
    assert redact("url?key=sk-live-1234&x=1", secrets) == "url?key=[REDACTED]&x=1"


@pytest.mark.parametrize("sender", SENDERS)
def test_an_answer_that_does_not_match_names_the_field(sender: Any) -> None:
    class Thing(pydantic.BaseModel):
        id: str
        size: int

    server = Recorder(Answer(200, b'{"id": 5, "size": "big"}', JSON))
    with pytest.raises(ResponseValidationError) as raised:
        sender(server, response_type=Thing)
    message = str(raised.value)
    assert message.startswith(
        "things.get: the response body does not match the schema at id: "
        "Input should be a valid string (and 1 more)"
    )


# -- logging --------------------------------------------------------------------------------------


@pytest.mark.parametrize("sender", SENDERS)
def test_each_attempt_is_logged_at_debug_with_its_wait(
    sender: Any, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="generator.targets.python.runtime")
    assert sender(Recorder(status(503), ok())) == {"id": "a"}
    assert [r.getMessage() for r in caplog.records] == [
        "GET http://api.test/things/a -> 503 (attempt 1); retrying in 0.5 s",
        "GET http://api.test/things/a -> 200 (attempt 2)",
    ]


def test_credentials_in_a_logged_url_are_redacted(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="generator.targets.python.runtime")
    scheme = _runtime.SecurityScheme("api-key", "query", "key")
    runtime = _runtime.SyncRuntime(
        config(credentials={"k": "sk-query-secret"}, schemes={"k": scheme}),
        httpx.Client(transport=httpx.MockTransport(Recorder(ok()))),
    )
    op = dataclasses.replace(OP, security=(("k",),))
    runtime.send(
        op,
        body=None,
        params={"id": "a"},
        response_type=dict,
        retries=None,
        server_url=None,
        timeout_ms=None,
        http_headers=None,
    )
    (record,) = caplog.records
    assert "sk-query-secret" not in record.getMessage()
    assert "key=[REDACTED]" in record.getMessage()


def test_the_sdks_log_variable_turns_debug_output_on(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("generator.targets.python.runtime")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    _runtime.SyncRuntime(config(log_env="UNIT_LOG"), httpx.Client())
    assert logger.handlers == []  # not set: silent
    monkeypatch.setenv("UNIT_LOG", "debug")
    _runtime.SyncRuntime(config(log_env="UNIT_LOG"), httpx.Client())
    assert logger.level == logging.DEBUG and len(logger.handlers) == 1
    _runtime.SyncRuntime(config(log_env="UNIT_LOG"), httpx.Client())
    assert len(logger.handlers) == 1  # once, however many clients


def test_an_optional_body_left_out_is_not_validated_and_not_sent() -> None:
    from generator.targets.python.runtime._unset import UNSET

    class Body(pydantic.BaseModel):
        reason: str

    assert _runtime._Runtime.validate_input(Body, UNSET) is UNSET
    assert _runtime._Runtime.validate_input(Body, {"reason": "r"}) == Body(reason="r")
    runtime = _runtime._Runtime(config())
    op = dataclasses.replace(OP, method="PUT", request_content_type="application/json")
    with httpx.Client() as client:
        request = runtime.build(client, op, UNSET, {"id": "1"}, "https://x.test", None)
    assert request.content == b"" and "content-type" not in request.headers
