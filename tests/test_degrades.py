"""Legal but unusual specs, or local mistakes with a sensible fallback, generate with a
warning of their kind instead of aborting: a security requirement naming an undefined
scheme (that alternative is left out), an enum mixing value types (any value). Each spec is
written here; the generated Python SDK imports and passes mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator import ir
from generator.pipeline import generate_to

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
