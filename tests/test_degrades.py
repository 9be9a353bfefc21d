"""Legal but unusual specs, or local mistakes with a sensible fallback, generate with a
warning of their kind instead of aborting: a security requirement naming an undefined
scheme (that alternative is left out), an enum mixing value types (any value), schemas that
contradict themselves, JSON Schema 2020-12 keywords, webhooks (and documents with nothing
else). Each spec is written here; the generated SDKs pass mypy --strict and tsc --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator import ir
from generator.pipeline import generate_to

from .test_typescript import NODE_MODULES, tsc

SPEC = """\
openapi: 3.1.0
info: {title: Odd, version: "1"}
servers: [{url: "https://odd.example.test"}]
security: [{ghost: []}, {key: []}]
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [level]
              properties:
                level: {enum: [1, "high", 2.5]}
      responses:
        "204": {description: done}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
"""


def test_undefined_schemes_and_mixed_enums_are_warnings(tmp_path: Path) -> None:
    spec = tmp_path / "odd.yaml"
    spec.write_text(SPEC)
    generated = generate_to(spec, tmp_path / "out")
    assert generated.diagnostics.by_kind() == {"undefined-security": 1, "mixed-enum": 1}
    (operation,) = generated.api.operations
    assert operation.security == (("key",),)
    body = operation.request_body
    assert body is not None and isinstance(body.type, ir.Named)
    schema = generated.api.schema(body.type.name)
    assert isinstance(schema, ir.ObjectSchema)
    assert schema.properties[0].type == ir.Primitive("any")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "odd"],
        cwd=tmp_path / "out" / "src",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout
    strict = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--strict",
            "--out",
            str(tmp_path / "s"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # --strict makes the first warning fatal, with its place.
    assert strict.returncode == 2
    assert "/properties/level: enum mixes value types" in strict.stderr


# One spec per construct: what the generator warns (by kind) and what the IR makes of it.
DEGRADED = """\
openapi: 3.1.0
info: {title: Shapes, version: 2024-01-01}
servers: [{url: "https://shapes.example.test"}]
paths:
  /shapes:
    post:
      operationId: makeShape
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Shape"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Shape"}
webhooks:
  shapeMade:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                shape: {$ref: "#/components/schemas/Shape"}
      responses:
        "200": {description: received}
components:
  schemas:
    Shape:
      type: object
      unevaluatedProperties: false
      $defs:
        Label: {type: string}
      anyOf:
        - required: [label]
        - required: [point]
      properties:
        label: {$ref: "#/components/schemas/Shape/$defs/Label"}
        point: {type: array, prefixItems: [{type: number}, {type: number}], items: false}
        mixed: {type: array, prefixItems: [{type: number}, {type: string}]}
        anything: true
        nothing: false
        parts: {type: array, items: {$recursiveRef: "#"}}
        switch: {type: string, enum: [on, off, yes, no]}
        both: {allOf: [{type: string}, {type: integer}]}
        enum_type: {type: integer, enum: [a, b]}
        shaped: {type: string, properties: {a: {type: string}}}
        keyed: {type: object, patternProperties: {"^x-": {type: string}}}
"""


def test_legal_but_unusual_schemas_generate_with_their_warnings(tmp_path: Path) -> None:
    spec = tmp_path / "shapes.yaml"
    spec.write_text(DEGRADED)
    generated = generate_to(spec, tmp_path / "py")
    assert generated.diagnostics.by_kind() == {
        "contradictory-schema": 3,  # allOf string+integer, enum vs type, string with properties
        "dynamic-reference": 1,  # $recursiveRef "#": taken as the component itself
        "unsupported-keyword": 2,  # a tuple of number and string; patternProperties
        "webhooks": 1,  # no method, but the payload is a model
    }
    api = generated.api
    assert api.version == "2024-01-01"  # YAML 1.2: an unquoted date is a string
    shape = api.schema(ir.SchemaName(("Shape",)))
    # The anyOf of `required` lists says which fields go together, not what Shape is.
    assert isinstance(shape, ir.ObjectSchema)
    props = {p.name: p.type for p in shape.properties}
    assert props["label"] == ir.Primitive("string")  # through $defs
    assert props["point"] == ir.ArrayType(ir.Primitive("number"))  # a tuple of numbers
    assert props["mixed"] == ir.ArrayType(ir.Primitive("any"))
    assert props["anything"] == ir.Primitive("any")
    assert props["parts"] == ir.ArrayType(ir.Named(ir.SchemaName(("Shape",))))
    assert {props[name] for name in ("both", "enum_type", "shaped")} == {ir.Primitive("any")}
    switch = props["switch"]
    assert isinstance(switch, ir.Named)
    values = api.schema(switch.name)
    assert isinstance(values, ir.EnumSchema) and values.values == ("on", "off", "yes", "no")
    assert ir.SchemaName(("shapeMade", "Payload")) in {s.name for s in api.schemas}
    assert api.operations[0].operation_id == "makeShape"

    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "shapes"],
        cwd=tmp_path / "py" / "src",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert mypy.returncode == 0, mypy.stdout
    generate_to(spec, tmp_path / "ts", target="typescript")
    (tmp_path / "ts" / "node_modules").symlink_to(NODE_MODULES)
    compiled = tsc("-p", "tsconfig.json", "--noEmit", cwd=tmp_path / "ts")
    assert compiled.returncode == 0, compiled.stdout


def test_a_document_with_only_webhooks_is_an_sdk_of_models(tmp_path: Path) -> None:
    spec = tmp_path / "hooks.yaml"
    spec.write_text("""\
openapi: 3.1.0
info: {title: Hooks, version: "1"}
webhooks:
  petAdopted:
    post:
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
""")
    generated = generate_to(spec, tmp_path / "out")
    assert generated.diagnostics.by_kind() == {"no-operations": 1, "webhooks": 1}
    assert generated.api.operations == ()
    assert (tmp_path / "out" / "src" / "hooks" / "models" / "pet.py").is_file()
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "from hooks import Hooks; from hooks.models import Pet; "
            "print(Pet(name='Rex').name, Hooks(server_url='http://127.0.0.1:9'))",
        ],
        cwd=tmp_path / "out" / "src",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith("Rex ")


def test_yaml_is_read_as_yaml_1_2(tmp_path: Path) -> None:
    """`on`/`no` stay strings and a key written twice is an error with its line, as YAML 1.2
    (which OpenAPI 3.1 names) says; pyyaml's 1.1 defaults make booleans of the former and
    keep the last of the latter."""
    spec = tmp_path / "twice.yaml"
    spec.write_text(
        SPEC.replace(
            "      operationId: createThing\n", "      operationId: a\n      operationId: b\n"
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert f"{spec}:9: " in result.stderr and "duplicate key" in result.stderr
    assert not (tmp_path / "o").exists()
