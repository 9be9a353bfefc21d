"""Every media type an operation offers reaches the SDK: a request body offered as JSON and
as multipart is two methods; an answer offered as JSON and as an event stream is a stream
when the caller asks to stream (typed by the body's boolean ``stream`` in both languages); a
download offered as video and as a JSON string is bytes; content without a schema is a raw
body and an operation without responses returns nothing, each with a warning. Both SDKs,
against the mock server; the spec is ``tests/fixtures/media/streamy.yaml``."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.errors import Diagnostics
from generator.pipeline import generate_to

from .conftest import FIXTURES
from .constructs import Construct, construct
from .test_typescript import build, node, tsc

SPEC = FIXTURES / "media" / "streamy.yaml"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct(SPEC, "streamy", tmp_path_factory.mktemp("media") / "python")


def test_each_request_media_type_is_a_method_that_sends_it(built: Construct) -> None:
    client = built.package.Streamy(server_url=built.mock.url)
    assert client.upload(url="https://x").id == "string"
    assert built.last()["headers"]["content-type"] == "application/json"
    assert json.loads(built.last()["body"]) == {"url": "https://x"}
    client.upload_multipart(file=b"abc", tags=["a", "b"])
    assert built.last()["headers"]["content-type"].startswith("multipart/form-data; boundary=")
    assert sorted(built.last()["parts"]) == [
        ["file", "upload", "abc"],
        ["tags", None, "a"],
        ["tags", None, "b"],
    ]
    client.send_raw(request=b"v=0")
    assert (built.last()["headers"]["content-type"], built.last()["body"]) == (
        "application/sdp",
        "v=0",
    )
    assert client.nothing() is None


def test_an_answer_offered_as_json_and_as_a_stream_is_what_the_caller_asked_for(
    built: Construct,
) -> None:
    models = built.package.models
    client = built.package.Streamy(server_url=built.mock.url)
    chat = client.create_chat(prompt="hi")
    assert isinstance(chat, models.Chat)
    assert json.loads(built.last()["body"]) == {"prompt": "hi"}
    assert built.last()["headers"]["accept"] == "application/json, text/event-stream"
    chunks = list(client.create_chat(prompt="hi", stream=True))
    assert json.loads(built.last()["body"]) == {"prompt": "hi", "stream": True}
    assert chunks and all(isinstance(c, models.Chunk) for c in chunks)

    async def streamed() -> list[Any]:
        async with built.package.AsyncStreamy(server_url=built.mock.url) as client:
            return [c async for c in await client.create_chat(prompt="hi", stream=True)]

    chunks = asyncio.run(streamed())
    assert chunks and all(isinstance(c, models.Chunk) for c in chunks)


def test_a_binary_answer_with_a_stream_beside_it_is_bytes_or_events(built: Construct) -> None:
    models = built.package.models
    client = built.package.Streamy(server_url=built.mock.url)
    built.mock.script(
        "createSpeech", {"status": 200, "body": "ID3 mp3", "content_type": "audio/mpeg"}
    )
    assert client.create_speech(input="hi") == b"ID3 mp3"
    built.mock.script(
        "createSpeech",
        {"status": 200, "body": 'data: {"delta": "a"}\n\n', "content_type": "text/event-stream"},
    )
    assert list(client.create_speech(input="hi", stream_format="sse")) == [models.Chunk(delta="a")]
    # A download offered as video, image and a JSON string is read as bytes.
    built.mock.script("download", {"status": 200, "body": "webp!", "content_type": "image/webp"})
    assert client.download() == b"webp!"


def test_the_stream_flag_types_the_method_for_mypy(built: Construct, tmp_path: Path) -> None:
    """``stream=True`` is typed as a stream, no flag as the model; mypy --strict agrees and
    rejects the wrong way round."""
    good = tmp_path / "good.py"
    good.write_text(
        "from streamy import Streamy, AsyncStreamy, models, utils\n"
        "client = Streamy()\n"
        "chat: models.Chat = client.create_chat(prompt='x')\n"
        "also: models.Chat = client.create_chat(prompt='x', stream=False)\n"
        "chunks: utils.EventStream[models.Chunk] = client.create_chat(prompt='x', stream=True)\n"
        "async def main(flag: bool) -> None:\n"
        "    a = AsyncStreamy()\n"
        "    s: utils.AsyncEventStream[models.Chunk] = await a.create_chat(prompt='x', stream=True)\n"
        "    either = await a.create_chat(prompt='x', stream=flag)\n"
        "    if isinstance(either, models.Chat):\n"
        "        print(either.id)\n"
    )
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from streamy import Streamy, models\n"
        "chat: models.Chat = Streamy().create_chat(prompt='x', stream=True)\n"
    )
    env_path = str(built.out / "src")
    for path, ok in ((good, True), (bad, False)):
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", str(path)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={"MYPYPATH": env_path, "PATH": "/usr/bin:/bin"},
            timeout=300,
        )
        assert (result.returncode == 0) is ok, result.stdout
    assert "incompatible type" in result.stdout or "Incompatible types" in result.stdout


def test_what_cannot_be_typed_is_a_warning_of_its_kind(tmp_path: Path) -> None:
    generated = generate_to(SPEC, tmp_path / "out")
    assert isinstance(generated.diagnostics, Diagnostics)
    assert generated.diagnostics.by_kind() == {"content-without-schema": 1, "no-responses": 1}


def test_typescript_gets_the_same_methods_streams_and_overloads(
    built: Construct, tmp_path: Path
) -> None:
    out = tmp_path / "ts"
    generate_to(SPEC, out, target="typescript")
    entry = build(out, tmp_path / "built")
    check = tmp_path / "built" / "src" / "typing_check.ts"
    check.write_text(
        'import { Streamy } from "./index.js";\n'
        'import type * as models from "./models/index.js";\n'
        'import type { EventStream } from "./lib/sse.js";\n'
        "export async function f(c: Streamy, flag: boolean): Promise<void> {\n"
        '  const chat: models.Chat = await c.createChat({ prompt: "x" });\n'
        '  const chunks: EventStream<models.Chunk> = await c.createChat({ prompt: "x", stream: true });\n'
        '  const either = await c.createChat({ prompt: "x", stream: flag });\n'
        "  console.log(chat, chunks, either);\n"
        "}\n"
        "export async function g(c: Streamy): Promise<models.Chat> {\n"
        "  // @ts-expect-error a stream is not the model\n"
        '  return await c.createChat({ prompt: "x", stream: true });\n'
        "}\n"
    )
    result = tsc("-p", "tsconfig.json", "--noEmit", cwd=tmp_path / "built")
    assert result.returncode == 0, result.stdout + result.stderr
    script = tmp_path / "run.mjs"
    script.write_text(
        f'import {{ Streamy }} from "{entry.as_uri()}";\n'
        f'const c = new Streamy({{ serverURL: "{built.mock.url}" }});\n'
        "const out = {};\n"
        'out.chat = await c.createChat({ prompt: "hi" });\n'
        "out.chunks = [];\n"
        'for await (const x of await c.createChat({ prompt: "hi", stream: true })) out.chunks.push(x);\n'
        "out.download = Array.from(await c.download()).length;\n"
        'await c.uploadMultipart({ file: new Blob(["abc"]), tags: ["a", "b"] });\n'
        "console.log(JSON.stringify(out));\n"
    )
    result = node(str(script))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["chat"] == {"id": "string"}
    assert out["chunks"] == [{"delta": "string"}, {"delta": "string"}]
    assert out["download"] > 0
    assert sorted(built.last()["parts"]) == [
        ["file", "file", "abc"],
        ["tags", None, "a"],
        ["tags", None, "b"],
    ]
