"""``allOf`` with one schema and parts that only annotate it (3.0 ignores what stands beside
a ``$ref``, so specs write ``allOf: [{$ref: X}, {description: ..., nullable: true}]``) is that
schema: X itself, or null, with the description on the property. And an ``allOf`` that
merges a schema into its own properties ends, with a warning, instead of recursing until the
interpreter gives up (AWS Cost Explorer's ``Expression``, whose ``Not`` is such an allOf,
stopped the generator with an internal error). The specs are written here."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.pipeline import generate

from .test_ir import build

ANNOTATED = """
openapi: 3.0.3
info: {title: Filters, version: "1"}
paths: {}
components:
  schemas:
    Expression:
      type: object
      description: A filter.
      properties:
        Or:
          allOf:
            - $ref: '#/components/schemas/Expressions'
            - description: Any of these.
        Not:
          allOf:
            - $ref: '#/components/schemas/Expression'
            - description: Not this one.
              nullable: true
              readOnly: true
        Choice:
          allOf:
            - $ref: '#/components/schemas/Choice'
            - nullable: true
    Expressions:
      type: array
      items: {$ref: '#/components/schemas/Expression'}
    Choice:
      oneOf:
        - {type: string, enum: [auto, none]}
        - {type: object, properties: {name: {type: string}}}
    Described:
      allOf:
        - $ref: '#/components/schemas/Expression'
        - description: An expression, described again.
"""


def named(name: str) -> ir.Named:
    return ir.Named(ir.SchemaName((name,)))


def test_a_schema_with_parts_that_only_annotate_it_is_that_schema(tmp_path: Path) -> None:
    api = build(tmp_path, ANNOTATED)
    expression = api.schema(ir.SchemaName(("Expression",)))
    assert isinstance(expression, ir.ObjectSchema)
    props = {p.name: p for p in expression.properties}
    assert props["Or"].type == named("Expressions")
    assert props["Or"].description == "Any of these."
    assert props["Not"].type == ir.Nullable(named("Expression"))
    assert props["Not"].description == "Not this one." and props["Not"].read_only
    assert props["Choice"].type == ir.Nullable(named("Choice"))  # still the union
    described = api.schema(ir.SchemaName(("Described",)))
    assert described.description == "An expression, described again."
    assert sorted(s.name.parts[0] for s in api.schemas if len(s.name.parts) == 1) == [
        "Choice",
        "Described",
        "Expression",
        "Expressions",
    ]
    assert all(len(s.name.parts) == 1 or s.name.parts[0] == "Choice" for s in api.schemas)


RECURSIVE = """
openapi: 3.0.3
info: {title: Trees, version: "1"}
paths: {}
components:
  schemas:
    Node:
      type: object
      properties:
        name: {type: string}
        child:
          allOf:
            - $ref: '#/components/schemas/Node'
            - type: object
              properties:
                depth: {type: integer}
        sibling:
          allOf:
            - $ref: '#/components/schemas/Leaf'
            - type: object
              properties:
                weight: {type: number}
    Leaf:
      type: object
      properties:
        label: {type: string}
        owner: {$ref: '#/components/schemas/Node'}
    Tree:
      type: object
      properties:
        root:
          allOf:
            - $ref: '#/components/schemas/Leaf'
            - type: object
              properties:
                height: {type: integer}
    Order:
      type: object
      properties:
        customer: {$ref: '#/components/schemas/Customer'}
    Customer:
      type: object
      properties:
        last:
          allOf:
            - $ref: '#/components/schemas/Order'
            - type: object
              properties:
                at: {type: string}
"""


def properties(api: ir.Api, name: ir.SchemaName) -> dict[str, ir.TypeRef]:
    schema = api.schema(name)
    assert isinstance(schema, ir.ObjectSchema)
    return {p.name: p.type for p in schema.properties}


def test_an_all_of_that_merges_a_schema_into_itself_ends_with_a_warning(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "trees.yaml"
    spec.write_text(RECURSIVE)
    generated = generate(spec)
    recursive = [w for w in generated.diagnostics.warnings if w.kind == "recursive-allof"]
    assert [w.pointer for w in recursive] == ["/components/schemas/Node/properties/child"]
    api = generated.api
    node = properties(api, ir.SchemaName(("Node",)))
    assert node["child"] == named("Node")
    # Merging another schema whose properties only refer to this one is no recursion: it
    # stays merged, with what its allOf adds; so is merging it into another schema's.
    sibling = node["sibling"]
    assert isinstance(sibling, ir.Named)
    merged = properties(api, sibling.name)
    assert merged == {
        "label": ir.Primitive("string"),
        "owner": named("Node"),
        "weight": ir.Primitive("number"),
    }
    root = properties(api, ir.SchemaName(("Tree",)))["root"]
    assert isinstance(root, ir.Named)
    assert list(properties(api, root.name)) == ["label", "owner", "height"]
    # Customer is converted while Order is (Order's property refers to it): Customer's
    # merge of Order is Customer's own, not inside Order's.
    last = properties(api, ir.SchemaName(("Customer",)))["last"]
    assert isinstance(last, ir.Named)
    assert properties(api, last.name) == {
        "customer": named("Customer"),
        "at": ir.Primitive("string"),
    }
