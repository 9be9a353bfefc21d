"""``allOf`` merged to any depth, through ``$ref`` chains, and a cycle ends. The spec is
written here, beside the assertions."""

from __future__ import annotations

from pathlib import Path

from generator import ir

from .test_ir import build

SPEC = """
openapi: 3.1.0
info: {title: Deep, version: "1"}
paths: {}
components:
  schemas:
    Request:
      allOf:
        - $ref: '#/components/schemas/Sampling'
        - type: object
          required: [model]
          properties:
            model: {type: string}
    Sampling:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties:
            top_p: {type: number}
    Base:
      allOf:
        - $ref: '#/components/schemas/Meta'
        - type: object
          required: [temperature]
          properties:
            temperature: {type: number}
    Meta:
      type: object
      properties:
        metadata: {type: object, additionalProperties: {type: string}}
    Loop:
      allOf:
        - $ref: '#/components/schemas/Loop2'
        - type: object
          properties:
            a: {type: string}
    Loop2:
      allOf:
        - $ref: '#/components/schemas/Loop'
        - type: object
          properties:
            b: {type: string}
"""


def test_properties_of_every_level_are_merged(tmp_path: Path) -> None:
    api = build(tmp_path, SPEC)
    request = api.schema(ir.SchemaName(("Request",)))
    assert isinstance(request, ir.ObjectSchema)
    props = {p.name: p for p in request.properties}
    assert list(props) == ["metadata", "temperature", "top_p", "model"]
    assert props["temperature"].required and props["model"].required
    assert not props["top_p"].required


def test_an_all_of_cycle_ends(tmp_path: Path) -> None:
    api = build(tmp_path, SPEC)
    loop = api.schema(ir.SchemaName(("Loop",)))
    assert isinstance(loop, ir.ObjectSchema)
    assert {p.name for p in loop.properties} == {"a", "b"}
