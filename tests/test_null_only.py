"""A schema whose only value is null (``enum: [null]``, ``const: null``) in a union makes the
union nullable, as ``type: null`` does: drf-spectacular writes every nullable enum as
``oneOf: [{$ref: StatusEnum}, {$ref: NullEnum}]`` with ``NullEnum: {enum: [null]}``, and such
specs (GSMtasks', Ideal Postcodes', from the APIs.guru directory) were refused with "enum has
no values besides null". Alone, it is any value or null, with a warning; an empty enum is a
contradiction. The spec is written here."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.pipeline import generate

SPEC = """\
openapi: 3.0.3
info: {title: Tasks, version: "1"}
paths: {}
components:
  schemas:
    Task:
      type: object
      properties:
        status:
          nullable: true
          oneOf:
            - $ref: '#/components/schemas/StatusEnum'
            - $ref: '#/components/schemas/NullEnum'
        priority:
          anyOf:
            - {type: integer}
            - {enum: [null]}
        gone: {enum: [null]}
    StatusEnum: {type: string, enum: [open, done]}
    NullEnum: {enum: [null]}
"""


def test_null_only_members_make_a_union_nullable(tmp_path: Path) -> None:
    spec = tmp_path / "tasks.yaml"
    spec.write_text(SPEC)
    generated = generate(spec)
    task = generated.api.schema(ir.SchemaName(("Task",)))
    assert isinstance(task, ir.ObjectSchema)
    types = {p.name: p.type for p in task.properties}
    assert types["status"] == ir.Nullable(ir.Named(ir.SchemaName(("StatusEnum",))))
    assert types["priority"] == ir.Nullable(ir.Primitive("integer"))
    assert types["gone"] == ir.Nullable(ir.Primitive("any"))
    warnings = sorted((w.kind, w.pointer) for w in generated.diagnostics.warnings)
    assert warnings == [
        ("no-operations", "/paths"),
        ("null-only", "/components/schemas/NullEnum"),
        ("null-only", "/components/schemas/Task/properties/gone"),
    ]


EMPTY = """\
openapi: 3.1.0
info: {title: Tasks, version: "1"}
paths: {}
components:
  schemas:
    Task:
      type: object
      properties:
        never: {$ref: '#/components/schemas/Task/$defs/Never'}
        later: {anyOf: [{type: string}, {const: null}]}
      $defs:
        Never: {enum: []}
"""


def test_an_empty_enum_is_a_contradiction(tmp_path: Path) -> None:
    spec = tmp_path / "empty.yaml"
    spec.write_text(EMPTY)
    generated = generate(spec)
    task = generated.api.schema(ir.SchemaName(("Task",)))
    assert isinstance(task, ir.ObjectSchema)
    assert [p.type for p in task.properties] == [
        ir.Primitive("any"),
        ir.Nullable(ir.Primitive("string")),
    ]
    kinds = {w.kind: w.pointer for w in generated.diagnostics.warnings}
    assert kinds["contradictory-schema"] == "/components/schemas/Task/$defs/Never"
