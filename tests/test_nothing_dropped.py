"""Nothing a spec says is dropped silently: every operation, every media type of a request body
or a response, and every property of a component schema (its own and those its ``allOf``
parts bring) is in the IR, or a warning names the place it was left at (or a place above it).

The walk reads the spec as written (the raw document), independently of the parser, so a
construct the parser skips without a word fails here. It runs over the real specs the
project carries and every fixture that generates."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from generator import ir
from generator.errors import Diagnostics, join_pointer
from generator.load import load, resolve_pointer
from generator.parse import build_api

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / "tests/node/node_modules/@octokit/openapi/generated/api.github.com.json"
SPECS = [
    ROOT / "spec/friendli-container.yaml",
    ROOT / "tests/specs/openai.yaml",
    *sorted((ROOT / "tests/fixtures").glob("*/*.yaml")),
]
SPECS = [p for p in SPECS if "broken" not in p.parts and not p.name.endswith(".config.yaml")]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _follow(raw: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        pointer = node["$ref"][1:]
        node = resolve_pointer(raw, pointer)
    return node, pointer


def _spec_operations(raw: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, item in (raw.get("paths") or {}).items():
        item, item_pointer = _follow(raw, item, join_pointer("/paths", path))
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield join_pointer(item_pointer, method), item[method]


def _spec_properties(raw: dict[str, Any], schema: Any, seen: set[str]) -> set[str]:
    """The property names a component schema has as an object: its own, its allOf parts'."""
    names: set[str] = set()
    if not isinstance(schema, dict):
        return names
    names.update(schema.get("properties") or {})
    for part in schema.get("allOf") or ():
        if isinstance(part, dict) and isinstance(part.get("$ref"), str):
            if part["$ref"] in seen:
                continue
            seen = seen | {part["$ref"]}
        resolved, _ = _follow(raw, part, "")
        names |= _spec_properties(raw, resolved, seen)
    return names


def _accounted(pointer: str, warned: list[str]) -> bool:
    return any(
        pointer == w or pointer.startswith(w + "/") or w.startswith(pointer + "/") for w in warned
    )


def _missing(spec_path: Path) -> list[str]:
    loaded = load(spec_path)
    raw = loaded.raw
    diagnostics = Diagnostics()
    api = build_api(loaded, diagnostics)
    warned = [w.pointer for w in diagnostics.warnings]
    missing: list[str] = []

    by_pointer: dict[str, list[ir.Operation]] = {}
    for operation in api.operations:
        by_pointer.setdefault(operation.pointer, []).append(operation)
    for pointer, operation in _spec_operations(raw):
        built = by_pointer.get(pointer, [])
        if not built:
            if not _accounted(pointer, warned):
                missing.append(f"operation {pointer}")
            continue
        body = operation.get("requestBody")
        if body is not None:
            body, body_pointer = _follow(raw, body, join_pointer(pointer, "requestBody"))
            sent = {o.request_body.content_type for o in built if o.request_body is not None}
            for media in body.get("content") or {}:
                where = join_pointer(body_pointer, "content", media)
                if media not in sent and not _accounted(where, warned):
                    missing.append(f"request media type {where}")
        answered: dict[str, set[str]] = {}
        for response in built[0].responses:
            types = answered.setdefault(response.status.lower(), set())
            if response.content_type is not None:
                types.add(response.content_type)
            types.update(a.content_type for a in response.alternatives)
        for status, response in (operation.get("responses") or {}).items():
            response, response_pointer = _follow(
                raw, response, join_pointer(pointer, "responses", str(status))
            )
            for media in response.get("content") or {}:
                where = join_pointer(response_pointer, "content", media)
                if media not in answered.get(str(status).lower(), set()) and not _accounted(
                    where, warned
                ):
                    missing.append(f"response media type {where}")

    schemas = {s.name: s for s in api.schemas}
    components = (raw.get("components") or {}).get("schemas") or {}
    for name, schema in components.items():
        pointer = join_pointer("/components/schemas", name)
        expected = _spec_properties(raw, schema, {"#" + pointer})
        if not expected:
            continue
        built_schema = schemas.get(ir.SchemaName((name,)))
        while (  # an alias (`allOf` of one reference) has the properties of what it names
            isinstance(built_schema, ir.UnionSchema)
            and len(built_schema.variants) == 1
            and isinstance(built_schema.variants[0], ir.Named)
        ):
            built_schema = schemas.get(built_schema.variants[0].name)
        have = (
            {p.name for p in built_schema.properties}
            if isinstance(built_schema, ir.ObjectSchema)
            else set()
        )
        for prop in sorted(expected - have):
            where = join_pointer(pointer, "properties", prop)
            if not _accounted(where, warned):
                missing.append(f"property {where}")
    return missing


@pytest.mark.parametrize("spec_path", SPECS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_operation_media_type_and_property_is_built_or_warned(spec_path: Path) -> None:
    assert _missing(spec_path) == []


def test_github_spec_drops_nothing_silently() -> None:
    assert GITHUB.exists(), "make test installs GitHub's spec (tests/node)"
    assert _missing(GITHUB) == []


def test_the_check_catches_a_dropped_property(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk is independent of the parser: a parser that loses a property is caught."""
    spec = tmp_path / "one.yaml"
    spec.write_text("""\
openapi: 3.1.0
info: {title: One, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        kept: {type: string}
        lost: {type: string}
""")
    assert _missing(spec) == []
    from generator.parse import schemas

    real = schemas.SchemaParser.object_type

    def losing(self: Any, schema: Any, *args: Any) -> Any:
        result = real(self, schema, *args)
        named = self.schemas.get(ir.SchemaName(("Thing",)))
        if isinstance(named, ir.ObjectSchema):
            kept = tuple(p for p in named.properties if p.name != "lost")
            self.schemas[named.name] = ir.ObjectSchema(named.name, kept, pointer=named.pointer)
        return result

    monkeypatch.setattr(schemas.SchemaParser, "object_type", losing)
    assert _missing(spec) == ["property /components/schemas/Thing/properties/lost"]
