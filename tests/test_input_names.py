"""A dict written with the API's own field names reaches the wire as written, in both SDKs;
a key that is neither the API's name nor the SDK's is an error, never dropped; a field an
answer has and the spec does not (yet) is kept. The spec is
``tests/fixtures/names_in/shapes.yaml`` (``schema`` is ``schema_`` in Python,
``response_format`` is ``responseFormat`` in TypeScript)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest

from generator.pipeline import generate_to

from .conftest import FIXTURES
from .constructs import Construct, construct
from .test_typescript import build, node

SPEC = FIXTURES / "names_in" / "shapes.yaml"
SENT = {"type": "json", "schema": {"a": 1}, "response_format": "jpeg"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct(SPEC, "shapes", tmp_path_factory.mktemp("names") / "python")


def test_python_takes_the_apis_names_and_the_sdks(built: Construct) -> None:
    client = built.package.Shapes(server_url=built.mock.url)
    for given in (
        {"type": "json", "schema": {"a": 1}, "response_format": "jpeg"},
        {"type": "json", "schema_": {"a": 1}, "response_format": "jpeg"},
    ):
        client.create_format(format=given)
        assert json.loads(built.last()["body"]) == {"format": SENT}


def test_python_refuses_an_unknown_key(built: Construct) -> None:
    client = built.package.Shapes(server_url=built.mock.url)
    sent = len(built.mock.requests())
    with pytest.raises(Exception, match="unknown field 'schemaa'"):
        client.create_format(format={"type": "json", "schemaa": {}})
    assert len(built.mock.requests()) == sent, "nothing was sent"


def test_python_keeps_fields_the_spec_does_not_know(built: Construct) -> None:
    built.mock.script(
        "createFormat", {"status": 200, "json": {"type": "json", "added_later": [1, 2]}}
    )
    answer = built.package.Shapes(server_url=built.mock.url).create_format(format={"type": "json"})
    assert answer.added_later == [1, 2]
    assert answer.model_extra == {"added_later": [1, 2]}


def test_typescript_takes_both_names_refuses_unknown_keys_keeps_new_fields(
    built: Construct, tmp_path: Path
) -> None:
    out = tmp_path / "ts"
    generate_to(SPEC, out, target="typescript")
    entry = build(out, tmp_path / "built")
    built.mock.reset()
    built.mock.script(
        "createFormat",
        {"status": 200, "json": {"type": "json"}},
        {"status": 200, "json": {"type": "json"}},
        {"status": 200, "json": {"type": "json", "added_later": [1, 2]}},
    )
    script = tmp_path / "run.mjs"
    script.write_text(
        f'import {{ Shapes }} from "{entry.as_uri()}";\n'
        f'const c = new Shapes({{ serverURL: "{built.mock.url}" }});\n'
        'await c.createFormat({ format: { type: "json", schema: { a: 1 }, responseFormat: "jpeg" } });\n'
        'await c.createFormat({ format: { type: "json", schema: { a: 1 }, response_format: "jpeg" } });\n'
        "let refused = null;\n"
        'try { await c.createFormat({ format: { type: "json", schemaa: {} } }); }\n'
        "catch (e) { refused = { name: e.name, field: e.field, message: String(e.message) }; }\n"
        'const answer = await c.createFormat({ format: { type: "json" } });\n'
        "console.log(JSON.stringify({ refused, answer }));\n"
    )
    result = node(str(script))
    assert result.returncode == 0, result.stderr
    out_data = json.loads(result.stdout)
    refused = out_data["refused"]
    assert refused["name"] == "RequestValidationError"  # the SDK's error, nothing sent
    assert refused["field"] == "format.schemaa"
    assert refused["message"].startswith("format.schemaa: unknown field of ")
    assert out_data["answer"] == {"type": "json", "added_later": [1, 2]}
    bodies = [json.loads(r["body"]) for r in built.mock.requests()]
    assert bodies == [{"format": SENT}, {"format": SENT}, {"format": {"type": "json"}}]
