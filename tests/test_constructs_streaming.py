"""Event streams become typed iterators (sync) and async iterators (async) that close their
connection however iteration ends; binary answers are bytes. Against the mock server
(tests/fixtures/constructs/streaming.yaml)."""

from __future__ import annotations

import asyncio
import gc
import json
from typing import Any, Iterator

import pytest

from .constructs import Construct, construct, run_doc_snippets


@pytest.fixture(scope="module")
def chatter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct("streaming", "chatter", tmp_path_factory.mktemp("chatter"))


def sse(*events: str) -> dict[str, Any]:
    """A scripted 200 answer whose body is these events."""
    body = "".join(event + "\n\n" for event in events)
    return {"status": 200, "body": body, "content_type": "text/event-stream"}


def chunk(index: int, text: str) -> str:
    return "data: " + json.dumps({"index": index, "text": text})


def client(chatter: Construct, **options: Any) -> Any:
    return chatter.package.Chatter(server_url=chatter.mock.url, **options)


def test_json_events_arrive_as_models_and_done_ends_the_stream(chatter: Construct) -> None:
    chatter.mock.reset()
    chatter.mock.script(
        "streamChat",
        sse(": a comment", chunk(0, "Hel"), chunk(1, "lo"), "data: [DONE]", chunk(2, "late")),
    )
    with client(chatter) as sdk:
        stream = sdk.chat.stream_chat(prompt="hi")
        assert isinstance(stream, chatter.package.utils.EventStream)
        with stream as events:
            received = list(events)
    assert [(c.index, c.text) for c in received] == [(0, "Hel"), (1, "lo")]
    assert all(isinstance(c, chatter.package.models.Chunk) for c in received)
    request = chatter.last()
    assert request["headers"]["accept"] == "text/event-stream"
    assert json.loads(request["body"]) == {"prompt": "hi"}


def test_events_are_read_as_they_arrive_not_after_the_body_ends(chatter: Construct) -> None:
    chatter.mock.reset()
    # Two events, then the server waits 1.5 s before the rest: the first event must be in
    # hand well before the body is complete.
    first = chunk(0, "now") + "\n\n"
    chatter.mock.script(
        "streamChat",
        {**sse(chunk(0, "now"), chunk(1, "later")), "trickle": 1.5, "chunk": len(first)},
    )
    import time

    with client(chatter) as sdk:
        started = time.monotonic()
        with sdk.chat.stream_chat(prompt="hi") as events:
            iterator = iter(events)
            assert next(iterator).text == "now"
            first_at = time.monotonic() - started
            assert next(iterator).text == "later"
            second_at = time.monotonic() - started
    assert second_at - first_at >= 1.0  # the second event waited for its bytes


def test_whole_events_fill_the_envelope_model(chatter: Construct) -> None:
    chatter.mock.reset()
    chatter.mock.script(
        "watchEvents",
        sse(
            'event: chunk\nid: 7\ndata: {"index": 1,\ndata: "text": "lo"}',
            'event: ping\ndata: {"index": 2, "text": ""}',
        ),
    )
    with client(chatter) as sdk, sdk.chat.watch_events() as events:
        received = list(events)
    assert [(e.event, e.id, e.data.index, e.data.text) for e in received] == [
        ("chunk", "7", 1, "lo"),  # two data lines join with a newline: still one JSON value
        ("ping", "7", 2, ""),  # an id lasts until the next one (the SSE standard's lastEventId)
    ]


def test_plain_text_events_are_strings(chatter: Construct) -> None:
    chatter.mock.reset()
    chatter.mock.script("tailLogs", sse("data: started", "data: line one\ndata: line two"))
    with client(chatter) as sdk, sdk.chat.tail_logs() as lines:
        assert list(lines) == ["started", "line one\nline two"]


def test_unscripted_streams_come_from_the_spec_examples(chatter: Construct) -> None:
    chatter.mock.reset()
    with client(chatter) as sdk:
        chunks = list(sdk.chat.stream_chat(prompt="hi"))
        events = list(sdk.chat.watch_events())
    assert [(c.index, c.text) for c in chunks] == [(0, "Hel"), (0, "Hel")]
    assert [(e.event, e.id, e.data.text) for e in events] == [("chunk", "7", "lo")] * 2


def test_breaking_out_closes_the_connection(chatter: Construct) -> None:
    chatter.mock.reset()
    chatter.mock.script("streamChat", sse(chunk(0, "a"), chunk(1, "b"), chunk(2, "c")))
    with client(chatter) as sdk:
        with sdk.chat.stream_chat(prompt="hi") as events:
            for event in events:
                break
        assert events.response.is_closed
        # An abandoned stream is closed when it is collected.
        chatter.mock.script("streamChat", sse(chunk(0, "a"), chunk(1, "b")))
        abandoned = sdk.chat.stream_chat(prompt="hi")
        response = abandoned.response
        next(iter(abandoned))
        del abandoned
        gc.collect()
        assert response.is_closed
        # The connection pool is usable afterwards.
        assert sdk.chat.download_transcript() is not None


def test_an_error_status_raises_before_any_stream_and_is_retried_first(
    chatter: Construct,
) -> None:
    utils, errors = chatter.package.utils, chatter.package.errors
    chatter.mock.reset()
    chatter.mock.script("streamChat", {"status": 429, "json": {"title": "slow down"}})
    with client(chatter) as sdk:
        with pytest.raises(errors.Problem) as caught:
            sdk.chat.stream_chat(prompt="hi")
        assert caught.value.data.title == "slow down"
        chatter.mock.script(
            "streamChat",
            {"status": 429, "json": {"title": "slow down"}, "headers": {"Retry-After": "0"}},
            sse(chunk(0, "ok")),
        )
        retries = utils.RetryConfig("backoff", utils.BackoffStrategy(10, 50, 1.5, 5000), False)
        with sdk.chat.stream_chat(prompt="hi", retries=retries) as events:
            assert [c.text for c in events] == ["ok"]
    assert [r["status"] for r in chatter.mock.requests()] == [429, 429, 200]


def test_a_malformed_event_is_a_response_validation_error(chatter: Construct) -> None:
    chatter.mock.reset()
    chatter.mock.script("streamChat", sse(chunk(0, "fine"), 'data: {"index": "x"}'))
    with client(chatter) as sdk, sdk.chat.stream_chat(prompt="hi") as events:
        iterator = iter(events)
        assert next(iterator).text == "fine"
        with pytest.raises(chatter.package.models.ResponseValidationError):
            next(iterator)
        assert events.response.is_closed


def test_a_stalled_stream_times_out_and_a_dropped_one_is_a_connection_error(
    chatter: Construct,
) -> None:
    models = chatter.package.models
    chatter.mock.reset()
    first = chunk(0, "a") + "\n\n"
    chatter.mock.script(
        "streamChat", {**sse(chunk(0, "a"), chunk(1, "b")), "trickle": 2, "chunk": len(first)}
    )
    with client(chatter, timeout_ms=500) as sdk, sdk.chat.stream_chat(prompt="hi") as events:
        iterator = iter(events)
        assert next(iterator).text == "a"
        with pytest.raises(models.SDKTimeoutError):
            next(iterator)
    chatter.mock.script(
        "streamChat", {**sse(chunk(0, "a"), chunk(1, "b")), "drop_after": len(first) + 5}
    )
    with client(chatter) as sdk, sdk.chat.stream_chat(prompt="hi") as events:
        iterator = iter(events)
        assert next(iterator).text == "a"
        with pytest.raises(models.SDKConnectionError):
            next(iterator)


def test_a_wrong_content_type_is_a_response_validation_error(chatter: Construct) -> None:
    chatter.mock.reset()
    chatter.mock.script("streamChat", {"status": 200, "json": {"index": 0, "text": "x"}})
    with client(chatter) as sdk:
        with pytest.raises(
            chatter.package.models.ResponseValidationError, match="text/event-stream"
        ):
            sdk.chat.stream_chat(prompt="hi")


def test_binary_answers_are_bytes(chatter: Construct) -> None:
    chatter.mock.reset()
    payload = "\x00\x01binary\xff"
    chatter.mock.script(
        "downloadTranscript",
        {"status": 200, "body": payload, "content_type": "application/octet-stream"},
    )
    with client(chatter) as sdk:
        assert sdk.chat.download_transcript() == payload.encode("utf-8")


def test_the_async_client_streams_with_async_for(chatter: Construct) -> None:
    chatter.mock.reset()
    chatter.mock.script("streamChat", sse(chunk(0, "a"), chunk(1, "b"), chunk(2, "c")))
    chatter.mock.script("streamChat", sse(chunk(0, "x"), chunk(1, "y")))

    async def run() -> tuple[list[str], bool]:
        async with chatter.package.AsyncChatter(server_url=chatter.mock.url) as sdk:
            stream = await sdk.chat.stream_chat(prompt="hi")
            assert isinstance(stream, chatter.package.utils.AsyncEventStream)
            async with stream as events:
                texts = [c.text async for c in events]
            second = await sdk.chat.stream_chat(prompt="again")
            async with second as events:
                async for c in events:
                    break
            return texts, second.response.is_closed

    texts, closed = asyncio.run(run())
    assert texts == ["a", "b", "c"] and closed


def test_every_python_block_of_the_docs_runs(chatter: Construct) -> None:
    chatter.mock.reset()
    outputs = run_doc_snippets(chatter, "CHATTER")
    # The streaming example prints each event as it arrives: two, from the spec's example.
    assert "index=0 text='Hel'\nindex=0 text='Hel'\n" in outputs


def test_a_raw_response_of_a_stream_gives_headers_then_the_events(chatter: Construct) -> None:
    """``with_raw_response`` on a streamed call: the status and headers arrive first, and
    ``parse()`` is the event stream, read as usual (sync and async)."""
    for kind in ("sync", "async"):
        chatter.mock.reset()
        step = sse(chunk(0, "Hel"), chunk(1, "lo"), "data: [DONE]")
        chatter.mock.script("streamChat", {**step, "headers": {"X-Request-Id": "r1"}})
        if kind == "sync":
            with client(chatter) as sdk:
                raw = sdk.chat.with_raw_response.stream_chat(prompt="hi")
                status, request_id = raw.status_code, raw.headers["x-request-id"]
                with raw.parse() as events:
                    texts = [c.text for c in events]
        else:

            async def run() -> tuple[int, str, list[str]]:
                async with chatter.package.AsyncChatter(server_url=chatter.mock.url) as sdk:
                    raw = await sdk.chat.with_raw_response.stream_chat(prompt="hi")
                    async with raw.parse() as events:
                        found = [c.text async for c in events]
                    return raw.status_code, raw.headers["x-request-id"], found

            status, request_id, texts = asyncio.run(run())
        assert (status, request_id, texts) == (200, "r1", ["Hel", "lo"]), kind
