"""OpenAI's published spec end to end (``tests/specs/openai.yaml``): fifteen representative
calls through the generated Python and TypeScript SDKs against ``python -m mockserver`` on
the same spec, each compared on the wire with the official ``openai`` package (pinned in
``tests/oracle/requirements.txt``, in a venv of its own that ``make test`` builds): same
method, path, query, media type and body. Answers are checked as the SDKs type them. The
whole packages also pass ``mypy --strict`` and ``tsc --strict``."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import parse_qsl

import pytest

from generator.pipeline import generate_to

from .conftest import ROOT
from .constructs import Construct, construct
from .test_typescript import NODE_MODULES, node, tsc

OPENAI = ROOT / "tests" / "specs" / "openai.yaml"
ORACLE = ROOT / ".venv-oracle" / "bin" / "python"

# (name, our Python call on `client`, the official SDK's call on `client`); files are
# (name, bytes, media type) tuples in the official SDK and bytes in ours.
CALLS = [
    (
        "chat with dict messages",
        'client.chat.create_chat_completion(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])',
        'client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])',
    ),
    (
        "chat with tools",
        "client.chat.create_chat_completion(model='gpt-4o', messages=[{'role': 'user', 'content': 'weather?'}], "
        "tools=[{'type': 'function', 'function': {'name': 'weather', 'parameters': {'type': 'object', "
        "'properties': {'city': {'type': 'string'}}}}}], tool_choice='auto')",
        "client.chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': 'weather?'}], "
        "tools=[{'type': 'function', 'function': {'name': 'weather', 'parameters': {'type': 'object', "
        "'properties': {'city': {'type': 'string'}}}}}], tool_choice='auto')",
    ),
    (
        "streamed chat",
        'list(client.chat.create_chat_completion(model="gpt-4o", messages=[{"role": "user", "content": "hi"}], stream=True))',
        'list(client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}], stream=True))',
    ),
    (
        "embeddings",
        'client.embeddings.create_embedding(model="text-embedding-3-small", input="hello", encoding_format="float")',
        'client.embeddings.create(model="text-embedding-3-small", input="hello", encoding_format="float")',
    ),
    (
        "image generation",
        'client.images.create_image(model="dall-e-3", prompt="a cat", n=1, size="1024x1024")',
        'client.images.generate(model="dall-e-3", prompt="a cat", n=1, size="1024x1024")',
    ),
    (
        "image edit as a multipart upload",
        'client.images.create_image_edit_multipart(image=b"PNG", prompt="add a hat", model="gpt-image-1")',
        'client.images.edit(image=("image.png", b"PNG", "image/png"), prompt="add a hat", model="gpt-image-1")',
    ),
    (
        "file upload",
        'client.files.create_file(file=b"{}", purpose="fine-tune")',
        'client.files.create(file=("data.jsonl", b"{}", "application/jsonl"), purpose="fine-tune")',
    ),
    (
        "audio transcription",
        'client.audio.create_transcription(file=b"ID3", model="whisper-1", language="en")',
        'client.audio.transcriptions.create(file=("a.mp3", b"ID3", "audio/mpeg"), model="whisper-1", language="en")',
    ),
    (
        "speech as binary",
        'client.audio.create_speech(model="tts-1", input="hello", voice="alloy")',
        'client.audio.speech.create(model="tts-1", input="hello", voice="alloy").read()',
    ),
    (
        "moderations",
        'client.moderations.create_moderation(input="hello", model="omni-moderation-latest")',
        'client.moderations.create(input="hello", model="omni-moderation-latest")',
    ),
    (
        "a list with query parameters",
        'client.files.list_files(purpose="fine-tune", limit=2, order="asc", after="file-1")',
        'client.files.list(purpose="fine-tune", limit=2, order="asc", after="file-1")',
    ),
    (
        "a delete",
        'client.files.delete_file(file_id="file-abc")',
        'client.files.delete("file-abc")',
    ),
    (
        "a Responses API call",
        'client.responses.create_response(model="gpt-4o", input="hi", temperature=0.5)',
        'client.responses.create(model="gpt-4o", input="hi", temperature=0.5)',
    ),
    (
        "retrieve a model",
        'client.models.retrieve_model(model="gpt-4o")',
        'client.models.retrieve("gpt-4o")',
    ),
    (
        "list models",
        "client.models.list_models()",
        "list(client.models.list())",
    ),
]


# The same calls through the TypeScript SDK, in CALLS' order (request members are camelCase;
# free-form maps, like a tool's JSON Schema, keep their keys).
TS_CALLS = [
    'await c.chat.createChatCompletion({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }] })',
    'out.tool = (await c.chat.createChatCompletion({ model: "gpt-4o", messages: [{ role: "user", content: "weather?" }], '
    'tools: [{ type: "function", function: { name: "weather", parameters: { type: "object", '
    'properties: { city: { type: "string" } } } } }], toolChoice: "auto" })).choices[0].message.toolCalls',
    'for await (const chunk of await c.chat.createChatCompletion({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], stream: true })) out.chunks.push(chunk)',
    'await c.embeddings.createEmbedding({ model: "text-embedding-3-small", input: "hello", encodingFormat: "float" })',
    'await c.images.createImage({ model: "dall-e-3", prompt: "a cat", n: 1, size: "1024x1024" })',
    'await c.images.createImageEditMultipart({ image: new Blob(["PNG"]), prompt: "add a hat", model: "gpt-image-1" })',
    'await c.files.createFile({ file: new Blob(["{}"]), purpose: "fine-tune" })',
    'await c.audio.createTranscription({ file: new Blob(["ID3"]), model: "whisper-1", language: "en" })',
    'out.speech = Array.from(await c.audio.createSpeech({ model: "tts-1", input: "hello", voice: "alloy" })).length',
    'await c.moderations.createModeration({ input: "hello", model: "omni-moderation-latest" })',
    'await c.files.listFiles({ purpose: "fine-tune", limit: 2, order: "asc", after: "file-1" })',
    'await c.files.deleteFile({ fileId: "file-abc" })',
    'await c.responses.createResponse({ model: "gpt-4o", input: "hi", temperature: 0.5 })',
    'await c.models.retrieveModel({ model: "gpt-4o" })',
    "await c.models.listModels()",
]


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct(OPENAI, "openai_api", tmp_path_factory.mktemp("openai") / "python")


def _wire(request: dict[str, Any]) -> dict[str, Any]:
    """What two SDKs must agree on: method, path, query, media type, body (JSON parsed,
    multipart as its parts' names and contents, in order of name; file names differ; no
    media type for no body)."""
    media = (request["headers"].get("content-type") or "").split(";")[0].strip()
    body: Any = request["body"]
    if not body:
        media = ""  # the official SDK labels even an empty DELETE body application/json
    elif media == "application/json":
        body = json.loads(body)
    elif request.get("parts") is not None:
        body = sorted([name, text] for name, _, text in request["parts"])
    return {
        "method": request["method"],
        "path": request["path"],
        "query": sorted(map(tuple, request["query"])),
        "content_type": media or None,
        "body": body,
    }


def _oracle(mock_url: str, call: str) -> None:
    if not ORACLE.is_file():
        raise RuntimeError(
            "run make test: it builds .venv-oracle from tests/oracle/requirements.txt"
        )
    code = f"import openai\nclient = openai.OpenAI(base_url={mock_url!r}, api_key='sk-test', max_retries=0)\n{call}\n"
    result = subprocess.run([str(ORACLE), "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]


_TOOL_REPLY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "choices": [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "logprobs": None,
            "message": {
                "role": "assistant",
                "content": None,
                "refusal": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "weather", "arguments": '{"city": "Seoul"}'},
                    }
                ],
            },
        }
    ],
}


def _script_answers(sdk: Construct, chat_replies: int = 1) -> None:
    """Answers the spec's examples would not give: chat replies holding tool calls, speech
    as audio/mpeg (documented as application/octet-stream)."""
    sdk.mock.script(
        "createChatCompletion", *([{"status": 200, "json": _TOOL_REPLY}] * chat_replies)
    )
    sdk.mock.script(
        "createSpeech", {"status": 200, "body": "ID3 audio", "content_type": "audio/mpeg"}
    )


@pytest.mark.parametrize("name, ours, official", CALLS, ids=[c[0] for c in CALLS])
def test_python_sdk_sends_what_the_official_sdk_sends(
    sdk: Construct, name: str, ours: str, official: str
) -> None:
    sdk.mock.reset()
    if name == "chat with tools":
        _script_answers(sdk)
    client = sdk.package.OpenAIAPI(server_url=sdk.mock.url, api_key_auth="sk-test")
    answer = eval(ours, {"client": client})  # the calls are this file's own literals
    mine = _wire(sdk.last())
    assert sdk.last()["status"] < 300, sdk.last()
    sdk.mock.reset()
    _oracle(sdk.mock.url, official)
    theirs = _wire(sdk.last())
    assert mine == theirs
    if name == "chat with tools":
        call = answer.choices[0].message.tool_calls[0]
        assert (call.function.name, call.function.arguments) == ("weather", '{"city": "Seoul"}')
    if name == "streamed chat":
        models = sdk.package.models
        assert answer and all(
            isinstance(c, models.CreateChatCompletionStreamResponse) for c in answer
        )


def test_async_streamed_chat_sends_what_the_official_sdk_sends(sdk: Construct) -> None:
    models = sdk.package.models

    async def chunks() -> list[Any]:
        async with sdk.package.AsyncOpenAIAPI(
            server_url=sdk.mock.url, api_key_auth="sk-test"
        ) as client:
            stream = await client.chat.create_chat_completion(
                model="gpt-4o", messages=[{"role": "user", "content": "hi"}], stream=True
            )
            return [chunk async for chunk in stream]

    sdk.mock.reset()
    received = asyncio.run(chunks())
    assert received and all(
        isinstance(c, models.CreateChatCompletionStreamResponse) for c in received
    )
    mine = _wire(sdk.last())
    sdk.mock.reset()
    _oracle(sdk.mock.url, CALLS[2][2])
    assert mine == _wire(sdk.last())


# listFiles answers pages 1, 2, 3, then 2 and 3 again: OpenAI's cursor is the answer's
# last_id, sent back as `after`; has_more is false on the last page.
CURSORS = {1: "file-2", 2: "file-4", 3: "file-6"}


def script_cursor_pages(sdk: Construct, pages: list[int]) -> None:
    sdk.mock.script(
        "listFiles",
        *[{"merge": {"has_more": page < 3, "last_id": CURSORS[page]}} for page in pages],
    )


def cursors_sent(sdk: Construct) -> list[str | None]:
    return [dict(map(tuple, r["query"])).get("after") for r in sdk.mock.requests()]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_cursor_pages_are_walked(sdk: Construct, kind: str) -> None:
    """OpenAI's lists page by cursor (detected: ``after``, ``has_more``, ``last_id``): the
    pages of a three-page listing are walked in order, and iterating over the first page
    yields every item of all three (asking for pages 2 and 3 again), sync and async."""
    sdk.mock.reset()
    script_cursor_pages(sdk, [1, 2, 3, 2, 3])
    models = sdk.package.models
    if kind == "sync":
        client = sdk.package.OpenAIAPI(server_url=sdk.mock.url, api_key_auth="sk-test")
        page = client.files.list_files(limit=2)
        sizes = [len(p.items) for p in page.iter_pages()]
        items = list(page)
    else:

        async def walk() -> tuple[Any, list[int], list[Any]]:
            async with sdk.package.AsyncOpenAIAPI(
                server_url=sdk.mock.url, api_key_auth="sk-test"
            ) as client:
                page = await client.files.list_files(limit=2)
                sizes = [len(p.items) async for p in page.iter_pages()]
                return page, sizes, [item async for item in page]

        page, sizes, items = asyncio.run(walk())
    assert isinstance(page.answer, models.ListFilesResponse)
    assert len(sizes) == 3 and all(n > 0 for n in sizes)
    assert len(items) == sum(sizes) and all(isinstance(i, models.OpenAIFile) for i in items)
    assert cursors_sent(sdk) == [None, "file-2", "file-4", "file-2", "file-4"]
    assert all(r["status"] == 200 for r in sdk.mock.requests())


def test_typescript_sdk_sends_what_the_official_sdk_sends(sdk: Construct, tmp_path: Path) -> None:
    """The fifteen calls from the built TypeScript SDK, in one script, compared one by one
    with the official SDK's requests; the whole package passes tsc --strict on the way."""
    out = tmp_path / "typescript"
    generate_to(OPENAI, out, target="typescript")
    (out / "node_modules").symlink_to(NODE_MODULES)
    result = tsc("-p", "tsconfig.json", cwd=out)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr
    script = tmp_path / "calls.mjs"
    script.write_text(
        f'import {{ OpenAIAPI }} from "{(out / "dist" / "index.js").as_uri()}";\n'
        f'const c = new OpenAIAPI({{ serverURL: "{sdk.mock.url}", apiKeyAuth: "sk-test" }});\n'
        "const out = { chunks: [] };\n"
        + "".join(f"{call};\n" for call in TS_CALLS)
        + "console.log(JSON.stringify(out));\n"
    )
    sdk.mock.reset()
    _script_answers(sdk, chat_replies=2)  # the first two chats; the third streams
    result = node(str(script))
    assert result.returncode == 0, result.stderr[-3000:]
    answers = json.loads(result.stdout)
    assert answers["chunks"] and all("choices" in chunk for chunk in answers["chunks"])
    assert answers["speech"] == len(b"ID3 audio")
    assert answers["tool"] == [
        {
            "id": "call_1",
            "type": "function",
            "function": {"name": "weather", "arguments": '{"city": "Seoul"}'},
        }
    ]
    ours = [_wire(r) for r in sdk.mock.requests()]
    assert len(ours) == len(CALLS)
    for (name, _, official), mine in zip(CALLS, ours):
        sdk.mock.reset()
        _oracle(sdk.mock.url, official)
        assert mine == _wire(sdk.last()), name

    # Cursor pages, as in Python: three pages walked, then every item by for await.
    sdk.mock.reset()
    script_cursor_pages(sdk, [1, 2, 3, 2, 3])
    walk = tmp_path / "pages.mjs"
    walk.write_text(
        f'import {{ OpenAIAPI, Page }} from "{(out / "dist" / "index.js").as_uri()}";\n'
        f'const c = new OpenAIAPI({{ serverURL: "{sdk.mock.url}", apiKeyAuth: "sk-test" }});\n'
        "const page = await c.files.listFiles({ limit: 2 });\n"
        "const sizes = [];\n"
        "for await (const p of page.iterPages()) sizes.push(p.items.length);\n"
        "const ids = [];\n"
        "for await (const file of page) ids.push(file.id);\n"
        "console.log(JSON.stringify({ sizes, ids, page: page instanceof Page }));\n"
    )
    result = node(str(walk))
    assert result.returncode == 0, result.stderr[-3000:]
    walked = json.loads(result.stdout)
    assert walked["page"] is True
    assert len(walked["sizes"]) == 3 and all(n > 0 for n in walked["sizes"])
    assert len(walked["ids"]) == sum(walked["sizes"])
    assert cursors_sent(sdk) == [None, "file-2", "file-4", "file-2", "file-4"]


def test_the_whole_python_package_passes_mypy_strict(sdk: Construct) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "openai_api"],
        cwd=sdk.out / "src",
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert "no issues found in" in result.stdout
