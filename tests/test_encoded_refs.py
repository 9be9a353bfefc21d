"""A ``$ref`` is a URI: its fragment, the JSON pointer, may be percent-encoded (RFC 6901,
section 6), and tools that bundle specs write ``{`` as ``%7B``. Such references were taken
literally and refused as pointing at nothing (Brex's, Codat's and Conjur's descriptions, from
the APIs.guru directory). The spec is written here."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.load import split_pointer
from generator.pipeline import generate

SPEC = """\
openapi: 3.0.3
info: {title: Catalog, version: "1"}
paths:
  /items/{id}:
    get:
      operationId: getItem
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the item
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Catalog%20Item'}
  /archive/{id}:
    get:
      operationId: getArchivedItem
      parameters:
        - $ref: '#/paths/~1items~1%7Bid%7D/get/parameters/0'
      responses:
        "200":
          $ref: '#/paths/~1items~1%7Bid%7D/get/responses/200'
components:
  schemas:
    Catalog Item:
      type: object
      properties:
        shape: {$ref: '#/components/schemas/Shape'}
    Shape:
      oneOf:
        - $ref: '#/components/schemas/Round%20Shape'
      discriminator:
        propertyName: kind
        mapping:
          round: '#/components/schemas/Round%20Shape'
    Round Shape:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
        radius: {type: number}
"""


def test_percent_encoded_references_resolve(tmp_path: Path) -> None:
    spec = tmp_path / "catalog.yaml"
    spec.write_text(SPEC)
    generated = generate(spec)
    item = ir.Named(ir.SchemaName(("Catalog Item",)))
    operations = {op.operation_id: op for op in generated.api.operations}
    for op in operations.values():
        (parameter,) = op.parameters
        assert (parameter.name, parameter.location) == ("id", "path")
        assert [(r.status, r.type) for r in op.responses] == [("200", item)]
    shape = generated.api.schema(ir.SchemaName(("Shape",)))
    assert isinstance(shape, ir.UnionSchema) and shape.discriminator is not None
    assert shape.discriminator.mapping == (("round", ir.SchemaName(("Round Shape",))),)
    assert not generated.diagnostics.warnings


def test_only_a_reference_is_percent_decoded() -> None:
    assert split_pointer("#/paths/~1items~1%7Bid%7D") == ["paths", "/items/{id}"]
    assert split_pointer("/paths/~1items~1%7Bid%7D") == ["paths", "/items/%7Bid%7D"]
    assert split_pointer("#/components/schemas/100%25") == ["components", "schemas", "100%"]
