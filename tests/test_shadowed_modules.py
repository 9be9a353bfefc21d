"""Names the spec gives that collide with what a generated module needs: a tag ``Models``
makes a ``models`` attribute on the client, which mypy would otherwise read as the models
module in every annotation of that class (OpenAI's spec has one); a tag ``Utils`` likewise.
A component that is ``anyOf: [X, null]`` makes
every reference nullable, as a method's return type too. Two members of a discriminated union that pin the same value cannot be told apart by it: a
warning, and the members are tried in order. The spec is written here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.pipeline import generate_to

SPEC = """\
openapi: 3.1.0
info: {title: Shadow, version: "1"}
servers: [{url: "https://shadow.example.test"}]
paths:
  /models:
    get:
      operationId: listModels
      tags: [Models]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Model'}}}
  /utils:
    post:
      operationId: utilsPing
      tags: [Utils]
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Item'}}}
  /maybe:
    get:
      operationId: maybe
      tags: [Models]
      responses:
        "200":
          description: a component that may be null (a nullable reference, as a value)
          content: {application/json: {schema: {$ref: '#/components/schemas/Maybe'}}}
  /root:
    get:
      operationId: root
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Model'}}}
components:
  schemas:
    Maybe:
      anyOf:
        - {type: object, properties: {id: {type: string}}}
        - {type: "null"}
    Model:
      type: object
      properties: {id: {type: string}}
    Item:
      oneOf:
        - $ref: '#/components/schemas/InputMessage'
        - $ref: '#/components/schemas/OutputMessage'
      discriminator: {propertyName: type}
    InputMessage:
      type: object
      required: [type, role]
      properties:
        type: {type: string, enum: [message]}
        role: {type: string, enum: [user]}
    OutputMessage:
      type: object
      required: [type, id]
      properties:
        type: {type: string, enum: [message]}
        id: {type: string}
"""


def test_a_models_tag_does_not_hide_the_models_module_from_mypy(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    generated = generate_to(spec, tmp_path / "out")
    assert generated.diagnostics.by_kind() == {"ambiguous-discriminator": 1}
    src = tmp_path / "out" / "src"
    assert "from . import models as _models, utils as _utils" in (src / "shadow/sdk.py").read_text()
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "shadow"],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import shadow\n"
            "c = shadow.Shadow()\n"
            "print(type(c.models).__name__, type(c.utils).__name__)\n"
            "print(shadow.models.OutputMessage.model_validate({'type': 'message', 'id': 'x'}))\n",
        ],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == "Models Utils"
    models_module = (src / "shadow" / "models2.py").read_text()
    assert "def maybe(" in models_module and "response_type=Optional[models.Maybe]" in models_module
