"""The API-change report, one spec mutation per rule: ``python -m generator diff OLD NEW
--format json`` names each change with its kind and level, and the bump is the highest level.

The referee: for every mutation that changes the generated Python package, griffe (pinned)
compares the old and new packages; any breakage it finds must be in a report whose bump is
``major``. Where griffe sees no breakage but the report says ``major`` (a response field made
optional breaks readers at run time, not a signature), the report is the stricter one.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any, Callable

import griffe
import pytest
import yaml

from generator.cli import main
from generator.load import split_pointer
from generator.pipeline import generate_to

BASE = """\
openapi: 3.1.0
info: {title: Pets, version: "1.0.0"}
servers: [{url: "https://pets.example.test"}]
security: [{token: []}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [Pets]
      summary: List pets.
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: kind, in: query, schema: {$ref: "#/components/schemas/Kind"}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
    post:
      operationId: createPet
      tags: [Pets]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewPet"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
        "400":
          description: bad
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
  /pets/{id}:
    delete:
      operationId: deletePet
      tags: [Pets]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "204": {description: gone}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
  schemas:
    Kind: {type: string, enum: [cat, dog]}
    Color: {type: string, enum: [red, blue]}
    NewPet:
      type: object
      required: [name]
      properties:
        name: {type: string, description: What the pet answers to.}
        tag: {type: [string, "null"]}
        kind: {$ref: "#/components/schemas/Kind"}
        age: {type: integer}
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        color: {$ref: "#/components/schemas/Color"}
        owner: {type: string}
        toy: {$ref: "#/components/schemas/Toy"}
    Toy:
      oneOf: [{$ref: "#/components/schemas/Ball"}, {$ref: "#/components/schemas/Rope"}]
    Ball: {type: object, properties: {size: {type: integer}}}
    Rope: {type: object, properties: {length: {type: number}}}
    Problem: {type: object, properties: {detail: {type: string}}}
"""

Spec = dict[str, Any]


def _schemas(spec: Spec) -> Spec:
    schemas: Spec = spec["components"]["schemas"]
    return schemas


def _op(spec: Spec, path: str, method: str) -> Spec:
    operation: Spec = spec["paths"][path][method]
    return operation


def _query(name: str, required: bool = False, type_: str = "string") -> Spec:
    return {"name": name, "in": "query", "required": required, "schema": {"type": type_}}


def _node(spec: Spec, tokens: list[str]) -> Any:
    node: Any = spec
    for token in tokens:
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _set(pointer: str, value: Any) -> Callable[[Spec], None]:
    """Set the node at a JSON pointer (``/paths/~1pets/get/summary``)."""

    def mutate(spec: Spec) -> None:
        *parents, last = split_pointer(pointer)
        node = _node(spec, parents)
        node[int(last) if isinstance(node, list) else last] = value

    return mutate


def _delete(pointer: str) -> Callable[[Spec], None]:
    def mutate(spec: Spec) -> None:
        *parents, last = split_pointer(pointer)
        node = _node(spec, parents)
        del node[int(last) if isinstance(node, list) else last]

    return mutate


def _all(*steps: Callable[[Spec], None]) -> Callable[[Spec], None]:
    def mutate(spec: Spec) -> None:
        for step in steps:
            step(spec)

    return mutate


def _rename_path_parameter(spec: Spec) -> None:
    item = spec["paths"].pop("/pets/{id}")
    item["delete"]["parameters"][0]["name"] = "pet_id"
    spec["paths"]["/pets/{pet_id}"] = item


def _rename_operation(spec: Spec) -> None:
    _op(spec, "/pets/{id}", "delete")["operationId"] = "removePet"


def _add_operation(spec: Spec) -> None:
    spec["paths"]["/pets/{id}"]["get"] = {
        "operationId": "getPet",
        "tags": ["Pets"],
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
            }
        },
    }


def _add_stream(spec: Spec) -> None:
    content = _op(spec, "/pets", "get")["responses"]["200"]["content"]
    content["text/event-stream"] = {"schema": {"$ref": "#/components/schemas/Pet"}}


# (name, mutation, expected kind, expected level); each mutation is one rule of the table.
MUTATIONS: list[tuple[str, Callable[[Spec], None], str, str]] = [
    (
        "optional parameter added",
        lambda s: _op(s, "/pets", "get")["parameters"].append(_query("q")),
        "parameter-added",
        "minor",
    ),
    (
        "required parameter added",
        lambda s: _op(s, "/pets", "get")["parameters"].append(_query("q", True)),
        "parameter-added-required",
        "major",
    ),
    ("parameter removed", _delete("/paths/~1pets/get/parameters/0"), "parameter-removed", "major"),
    (
        "parameter made required",
        _set("/paths/~1pets/get/parameters/0/required", True),
        "parameter-required",
        "major",
    ),
    ("path parameter renamed", _rename_path_parameter, "parameter-renamed", "major"),
    (
        "parameter type narrowed",
        _set("/paths/~1pets/get/parameters/0/schema", {"type": "boolean"}),
        "parameter-type-changed",
        "major",
    ),
    (
        "parameter type widened",
        _set("/paths/~1pets/get/parameters/0/schema", {"type": "number"}),
        "parameter-type-changed",
        "minor",
    ),
    (
        "optional body field added",
        _set("/components/schemas/NewPet/properties/nickname", {"type": "string"}),
        "field-added",
        "minor",
    ),
    (
        "required body field added",
        _all(
            _set("/components/schemas/NewPet/properties/nickname", {"type": "string"}),
            _set("/components/schemas/NewPet/required", ["name", "nickname"]),
        ),
        "field-added-required",
        "major",
    ),
    (
        "body field removed",
        _delete("/components/schemas/NewPet/properties/age"),
        "field-removed",
        "major",
    ),
    (
        "body field renamed",
        _all(
            _delete("/components/schemas/NewPet/properties/age"),
            _set("/components/schemas/NewPet/properties/years", {"type": "integer"}),
        ),
        "field-renamed",
        "major",
    ),
    (
        "body field made optional",
        _set("/components/schemas/NewPet/required", []),
        "field-optional",
        "minor",
    ),
    (
        "body field made required",
        _set("/components/schemas/NewPet/required", ["name", "age"]),
        "field-required",
        "major",
    ),
    (
        "nullable body field made required",
        _set("/components/schemas/NewPet/required", ["name", "tag"]),
        "field-required",
        "major",
    ),
    (
        "body field no longer nullable",
        _set("/components/schemas/NewPet/properties/tag", {"type": "string"}),
        "field-not-nullable",
        "major",
    ),
    (
        "body field made nullable",
        _set("/components/schemas/NewPet/properties/age", {"type": ["integer", "null"]}),
        "field-nullable",
        "minor",
    ),
    (
        "response field removed",
        _delete("/components/schemas/Pet/properties/owner"),
        "field-removed",
        "major",
    ),
    (
        "response field made optional",
        _set("/components/schemas/Pet/required", ["id"]),
        "field-optional",
        "major",
    ),
    (
        "response field made nullable",
        _set("/components/schemas/Pet/properties/owner", {"type": ["string", "null"]}),
        "field-nullable",
        "major",
    ),
    (
        "response field added",
        _set("/components/schemas/Pet/properties/weight", {"type": "number"}),
        "field-added",
        "minor",
    ),
    (
        "response field type changed",
        _set("/components/schemas/Pet/properties/owner", {"type": "integer"}),
        "field-type-changed",
        "major",
    ),
    (
        "request enum value added",
        _set("/components/schemas/Kind/enum", ["cat", "dog", "bird"]),
        "enum-value-added",
        "minor",
    ),
    (
        "request enum value removed",
        _set("/components/schemas/Kind/enum", ["cat"]),
        "enum-value-removed",
        "major",
    ),
    (
        "response enum value added (open enums)",
        _set("/components/schemas/Color/enum", ["red", "blue", "green"]),
        "enum-value-added",
        "minor",
    ),
    ("operation added", _add_operation, "operation-added", "minor"),
    ("operation removed", _delete("/paths/~1pets~1{id}"), "operation-removed", "major"),
    ("operation renamed", _rename_operation, "operation-renamed", "major"),
    (
        "operation deprecated",
        _set("/paths/~1pets/get/deprecated", True),
        "operation-deprecated",
        "minor",
    ),
    (
        "operation summary changed",
        _set("/paths/~1pets/get/summary", "List the pets."),
        "operation-docs",
        "patch",
    ),
    (
        "field description changed",
        _set("/components/schemas/NewPet/properties/name/description", "Its name."),
        "field-docs",
        "patch",
    ),
    ("API version changed", _set("/info/version", "1.1.0"), "api-version", "patch"),
    (
        "response type changed",
        _set(
            "/paths/~1pets/post/responses/201/content/application~1json/schema",
            {"$ref": "#/components/schemas/Problem"},
        ),
        "returns-changed",
        "major",
    ),
    (
        "typed error added",
        _set(
            "/paths/~1pets~1{id}/delete/responses/404",
            {
                "description": "no",
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                },
            },
        ),
        "error-added",
        "minor",
    ),
    ("typed error removed", _delete("/paths/~1pets/post/responses/400"), "error-removed", "major"),
    (
        "credentials no longer needed",
        _set("/paths/~1pets/get/security", []),
        "security-changed",
        "minor",
    ),
    (
        "other credentials required",
        _all(
            _set(
                "/components/securitySchemes/key",
                {"type": "apiKey", "in": "header", "name": "X-Key"},
            ),
            _set("/paths/~1pets/get/security", [{"key": []}]),
        ),
        "security-changed",
        "major",
    ),
    (
        "credential added",
        _all(
            _set(
                "/components/securitySchemes/key",
                {"type": "apiKey", "in": "header", "name": "X-Key"},
            ),
            _set("/paths/~1pets/get/security", [{"token": []}, {"key": []}]),
        ),
        "credential-added",
        "minor",
    ),
    (
        "servers changed",
        _set("/servers", [{"url": "https://api.pets.example.test"}]),
        "servers-changed",
        "minor",
    ),
    (
        "model added",
        _set(
            "/components/schemas/Stick",
            {"type": "object", "properties": {"wood": {"type": "string"}}},
        ),
        "model-added",
        "minor",
    ),
    (
        "union member added",
        _all(
            _set(
                "/components/schemas/Stick",
                {"type": "object", "properties": {"wood": {"type": "string"}}},
            ),
            lambda s: _schemas(s)["Toy"]["oneOf"].append({"$ref": "#/components/schemas/Stick"}),
        ),
        "union-member-added",
        "minor",
    ),
    (
        "union member removed",
        lambda s: _schemas(s)["Toy"]["oneOf"].pop(),
        "union-member-removed",
        "major",
    ),
    (
        "model removed",
        _all(_delete("/paths/~1pets/post/responses/400"), _delete("/components/schemas/Problem")),
        "model-removed",
        "major",
    ),
    ("stream added", _add_stream, "stream-added", "minor"),
    (
        "pages added",
        lambda s: _op(s, "/pets", "get").update(
            {"x-pagination": {"style": "offset", "param": "offset", "limit": "limit"}}
        )
        or _op(s, "/pets", "get")["parameters"].append(_query("offset")),
        "pages-added",
        "major",
    ),
]


def _write(path: Path, spec: Spec) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def _report(old: Path, new: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def base_spec() -> Spec:
    spec: Spec = yaml.safe_load(BASE)
    return spec


def _apply(spec: Spec, mutation: Callable[[Spec], None]) -> Spec:
    changed = copy.deepcopy(spec)
    mutation(changed)
    return changed


@pytest.mark.parametrize("name,mutation,kind,level", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_each_rule_names_its_change(
    name: str,
    mutation: Callable[[Spec], None],
    kind: str,
    level: str,
    base_spec: Spec,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old = _write(tmp_path / "old.yaml", base_spec)
    new = _write(tmp_path / "new.yaml", _apply(base_spec, mutation))
    report = _report(old, new, capsys)
    assert set(report) == {"bump", "changes"}
    found = [(c["kind"], c["level"]) for c in report["changes"]]
    assert (kind, level) in found, report
    order = ["none", "patch", "minor", "major"]
    assert report["bump"] == max((c["level"] for c in report["changes"]), key=order.index)
    for change in report["changes"]:
        assert set(change) == {"kind", "level", "where", "pointer", "message"}
        assert change["pointer"].startswith("/")


def test_an_unchanged_spec_reports_nothing(
    base_spec: Spec, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path / "old.yaml", base_spec)
    assert _report(old, old, capsys) == {"bump": "none", "changes": []}


def test_fail_on_gates_ci_by_level(
    base_spec: Spec, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path / "old.yaml", base_spec)
    new = _write(tmp_path / "new.yaml", _apply(base_spec, _set("/info/version", "2")))
    assert main(["diff", str(old), str(new), "--fail-on", "major"]) == 0
    assert main(["diff", str(old), str(new), "--fail-on", "patch"]) == 1
    text = capsys.readouterr().out
    assert "API version 1.0.0 -> 2" in text


def test_the_report_speaks_in_the_sdks_names(
    base_spec: Spec, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path / "old.yaml", base_spec)
    new = _write(
        tmp_path / "new.yaml",
        _apply(base_spec, _set("/components/schemas/NewPet/required", ["name", "tag"])),
    )
    changes = _report(old, new, capsys)["changes"]
    places = {(c["where"], c["kind"]) for c in changes}
    assert ("pets.create_pet(tag=)", "parameter-required") in places
    assert ("models.NewPet.tag", "field-required") in places
    pointers = {c["pointer"] for c in changes}
    assert "/components/schemas/NewPet/properties/tag" in pointers
    # The TypeScript SDK's report, in its names.
    assert main(["diff", str(old), str(new), "--format", "json", "--target", "typescript"]) == 0
    places = {(c["where"], c["kind"]) for c in json.loads(capsys.readouterr().out)["changes"]}
    assert ("pets.createPet({ tag })", "parameter-required") in places


@pytest.fixture(scope="module")
def base_package(base_spec: Spec, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("base")
    generate_to(_write(root / "spec.yaml", base_spec), root / "out")
    return root / "out" / "src"


# What griffe calls a breakage and a caller does not see: an optional argument whose default
# goes from None to UNSET (it became nullable) is still left out of the request when omitted.
NOT_BREAKING = re.compile(r"Parameter default was changed: None -> UNSET$")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _breakages(old_src: Path, new_src: Path) -> list[str]:
    old = griffe.load("pets", search_paths=[str(old_src)], resolve_aliases=False)
    new = griffe.load("pets", search_paths=[str(new_src)], resolve_aliases=False)
    found = [ANSI.sub("", b.explain()) for b in griffe.find_breaking_changes(old, new)]
    return [b for b in found if not NOT_BREAKING.search(b)]


@pytest.mark.parametrize(
    "name,mutation", [(m[0], m[1]) for m in MUTATIONS], ids=[m[0] for m in MUTATIONS]
)
def test_griffe_finds_no_breakage_the_report_calls_less_than_major(
    name: str,
    mutation: Callable[[Spec], None],
    base_spec: Spec,
    base_package: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    new_spec = _write(tmp_path / "new.yaml", _apply(base_spec, mutation))
    generate_to(new_spec, tmp_path / "out")
    breakages = _breakages(base_package, tmp_path / "out" / "src")
    report = _report(base_package.parent.parent / "spec.yaml", new_spec, capsys)
    if breakages:
        assert report["bump"] == "major", breakages
