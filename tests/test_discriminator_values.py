"""Discriminators without a ``mapping`` whose members pin the property with a ``const`` or an
``enum`` (how OpenAI's spec writes chat messages: ``role: {const: system}``): the SDKs pick
members by those values, not by schema names, in requests and in answers, in both targets.
The spec is written here, beside the assertions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest

from generator import ir
from generator.load import load
from generator.parse import build_api
from generator.pipeline import generate_to

from .constructs import Construct, construct
from .test_typescript import TSC, build, node

SPEC = """\
openapi: 3.1.0
info: {title: Chat, version: "1"}
servers: [{url: "https://chat.example.test"}]
paths:
  /chat:
    post:
      operationId: createChat
      tags: [Chat]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [messages]
              properties:
                messages:
                  type: array
                  items: {$ref: '#/components/schemas/Message'}
      responses:
        "200":
          description: the reply
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Message'}
components:
  schemas:
    Message:
      oneOf:
        - $ref: '#/components/schemas/SystemMessage'
        - $ref: '#/components/schemas/UserMessage'
        - $ref: '#/components/schemas/ToolMessage'
      discriminator: {propertyName: role}
    SystemMessage:
      type: object
      required: [role, content]
      properties:
        role: {type: string, const: system}
        content: {type: string}
    UserMessage:
      type: object
      required: [role, content]
      properties:
        role: {type: string, enum: [user]}
        content: {type: string}
    ToolMessage:
      allOf:
        - $ref: '#/components/schemas/ToolBase'
        - type: object
          required: [role]
          properties:
            role: {type: string, enum: [tool, function]}
    ToolBase:
      type: object
      required: [tool_call_id]
      properties:
        tool_call_id: {type: string}
"""


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("chat") / "chat.yaml"
    path.write_text(SPEC)
    return path


@pytest.fixture(scope="module")
def chat(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct(spec, "chat", tmp_path_factory.mktemp("chat-py"))


def test_the_ir_maps_each_pinned_value_to_its_member(spec: Path) -> None:
    api = build_api(load(spec))
    union = api.schema(ir.SchemaName(("Message",)))
    assert isinstance(union, ir.UnionSchema) and union.discriminator is not None
    assert [(v, t.parts[0]) for v, t in union.discriminator.mapping] == [
        ("system", "SystemMessage"),
        ("user", "UserMessage"),
        ("tool", "ToolMessage"),
        ("function", "ToolMessage"),
    ]


def test_python_sends_dict_messages_and_reads_the_answer(chat: Construct) -> None:
    messages = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "hi"},
        {"role": "function", "tool_call_id": "call_1"},
    ]
    with chat.package.Chat(server_url=chat.mock.url) as client:
        answer = client.chat.create_chat(messages=messages)
    sent = chat.last()
    assert sent["status"] == 200  # the mock server validated it against the spec
    assert [m["role"] for m in json.loads(sent["body"])["messages"]] == [
        "system",
        "user",
        "function",
    ]
    # The mock answers with the first member, tagged as that member pins it.
    assert type(answer).__name__ == "SystemMessage" and answer.role == "system"


@pytest.mark.skipif(not TSC.is_file(), reason="TypeScript is not installed: run make test")
def test_typescript_sends_and_reads_by_the_pinned_values(
    spec: Path, chat: Construct, tmp_path: Path
) -> None:
    generate_to(spec, tmp_path / "src-ts", target="typescript")
    entry = build(tmp_path / "src-ts", tmp_path / "ts")
    program = tmp_path / "call.mjs"
    program.write_text(
        "import assert from 'node:assert/strict';\n"
        f"const {{ Chat }} = await import({str(entry)!r});\n"
        "const chat = new Chat({ serverURL: process.env.MOCK_URL });\n"
        "const answer = await chat.chat.createChat({ messages: [\n"
        "  { role: 'user', content: 'hi' }, { role: 'tool', toolCallId: 'c1' }] });\n"
        "assert.equal(answer.role, 'system');\n"
        "assert.equal(answer.content !== undefined, true);\n"
        "console.log('ok');\n"
    )
    result = node(str(program), MOCK_URL=chat.mock.url)
    assert result.returncode == 0, result.stdout + result.stderr
    sent = chat.mock.requests()[-1]
    assert sent["status"] == 200
    assert '"tool_call_id"' in sent["body"]


CONTENTS = """\
openapi: 3.1.0
info: {title: Contents, version: "1"}
servers: [{url: "https://contents.example.test"}]
paths:
  /contents/{path}:
    get:
      operationId: getContent
      parameters:
        - {name: path, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: a directory's items, or one file
          content:
            application/json:
              schema:
                oneOf:
                  - $ref: "#/components/schemas/Directory"
                  - $ref: "#/components/schemas/File"
                discriminator:
                  propertyName: type
                  mapping:
                    array: "#/components/schemas/Directory"
                    file: "#/components/schemas/File"
components:
  schemas:
    Directory:
      type: array
      items: {type: object, properties: {name: {type: string}}}
    File:
      type: object
      required: [type, content]
      properties:
        type: {type: string}
        content: {type: string}
"""


def test_a_discriminator_over_a_list_member_is_not_used(tmp_path: Path) -> None:
    # GitHub's repos/get-content maps "array" to a list of items: no property to read, so
    # a directory's answer (a JSON list) failed ("Unable to extract tag"); the members are
    # now tried in order, with a warning.
    import httpx

    spec = tmp_path / "contents.yaml"
    spec.write_text(CONTENTS)
    written = generate_to(spec, tmp_path / "python")
    assert [(w.kind, w.message) for w in written.diagnostics.warnings] == [
        (
            "unsupported-discriminator",
            "member Directory is not an object, so type cannot select it; members are tried "
            "in order instead",
        )
    ]
    import importlib
    import sys

    sys.path.insert(0, str(tmp_path / "python" / "src"))
    try:
        package = importlib.import_module("contents")
        answers = iter([[{"name": "a"}, {"name": "b"}], {"type": "file", "content": "x"}])

        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=next(answers))

        sdk = package.Contents(client=httpx.Client(transport=httpx.MockTransport(answer)))
        directory = sdk.get_content(path="docs")
        assert [item.name for item in directory] == ["a", "b"]
        assert type(sdk.get_content(path="docs/a")).__name__ == "File"
    finally:
        sys.path.remove(str(tmp_path / "python" / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == "contents"]:
            del sys.modules[name]
