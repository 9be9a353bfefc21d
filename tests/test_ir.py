"""The IR: language-neutral, complete for the Friendli spec, and the same for 3.0 and 3.1."""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

from generator import ir
from generator.load import load
from generator.parse import build_api

from .conftest import SPEC


def build(tmp_path: Path, text: str) -> ir.Api:
    path = tmp_path / "spec.yaml"
    path.write_text(textwrap.dedent(text))
    return build_api(load(path))


def test_friendli_operations_are_grouped_and_named_from_tags_and_operation_ids() -> None:
    api = build_api(load(SPEC))
    (container,) = api.root.children
    (image,) = container.children
    assert (container.path, image.path) == (("Container",), ("Container", "Image"))
    assert [(op.operation_id, op.name_words, op.method, op.path) for op in image.operations] == [
        ("containerImagesGenerate", ("generate",), "POST", "/v1/images/generations"),
        ("containerImagesEdit", ("edit",), "POST", "/v1/images/edits"),
    ]
    generate = image.operations[0]
    assert [s.url for s in generate.servers] == ["http://localhost:8080"]
    assert [s.url for s in api.servers] == ["https://api.friendli.ai"]
    assert generate.security == (("token",),)
    assert [r.status for r in generate.responses] == ["200", "422", "4XX", "5XX"]
    assert generate.request_body is not None and generate.request_body.has_example


def test_friendli_schemas_and_type_algebra() -> None:
    api = build_api(load(SPEC))
    body = api.schema(ir.SchemaName(("ContainerImageGenerationBody",)))
    assert isinstance(body, ir.ObjectSchema)
    props = {p.name: p for p in body.properties}
    assert props["prompt"].type == ir.Primitive("string") and props["prompt"].required
    assert props["model"].type == ir.Nullable(ir.Primitive("string"))
    assert props["model"].example == "(adapter-route)" and not props["model"].required
    assert props["num_inference_steps"].default == 20 and props["num_inference_steps"].has_default
    assert props["control_images"].type == ir.ArrayType(ir.Named(ir.SchemaName(("ImageInput",))))
    fmt = ir.SchemaName(("ContainerImageGenerationBody", "response_format"))
    assert props["response_format"].type == ir.Nullable(ir.Named(fmt))
    enum = api.schema(fmt)
    assert isinstance(enum, ir.EnumSchema) and enum.values == ("raw", "jpeg")
    union = api.schema(ir.SchemaName(("ContainerImageEditBody", "image")))
    assert isinstance(union, ir.UnionSchema)
    image_input = ir.Named(ir.SchemaName(("ImageInput",)))
    assert union.variants == (image_input, ir.ArrayType(image_input))
    success = api.schema(ir.SchemaName(("ContainerImageGenerateSuccess",)))
    assert isinstance(success, ir.ObjectSchema)
    assert success.properties[0].type == ir.Primitive("string", "byte")


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for kv in value.items() for v in kv for s in _strings(v)]
    return []


def test_ir_holds_no_python_names() -> None:
    strings = set(_strings(build_api(load(SPEC))))
    for python_only in (
        "ContainerImageGenerationBodyResponseFormat",
        "OptionalNullable",
        "container_image",
        "SyncFriendli",
        "List[",
        "Optional[",
    ):
        assert not any(python_only in s for s in strings), python_only


def test_openapi_30_nullable_and_31_type_lists_give_the_same_ir(tmp_path: Path) -> None:
    template = """\
    openapi: {version}
    info: {{title: T, version: "1"}}
    paths:
      /x:
        post:
          operationId: send
          requestBody:
            content:
              application/json:
                schema: {{$ref: "#/components/schemas/Thing"}}
          responses: {{"204": {{description: done}}}}
    components:
      schemas:
        Thing:
          type: object
          properties:
            a: {a}
            b: {{type: array, items: {{type: integer, format: int64}}}}
            c: {{type: object, additionalProperties: {{type: number}}}}
    """
    v30 = build(tmp_path, template.format(version="3.0.3", a="{type: string, nullable: true}"))
    v31 = build(tmp_path, template.format(version="3.1.0", a='{type: [string, "null"]}'))
    assert v30.schemas == v31.schemas
    thing = v31.schemas[0]
    assert isinstance(thing, ir.ObjectSchema)
    assert [p.type for p in thing.properties] == [
        ir.Nullable(ir.Primitive("string")),
        ir.ArrayType(ir.Primitive("integer", "int64")),
        ir.MapType(ir.Primitive("number")),
    ]


def test_recursive_component_schemas_are_references_not_infinite(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Node:
              type: object
              properties:
                children: {type: array, items: {$ref: "#/components/schemas/Node"}}
        """,
    )
    (node,) = api.schemas
    assert isinstance(node, ir.ObjectSchema)
    assert node.properties[0].type == ir.ArrayType(ir.Named(ir.SchemaName(("Node",))))


def test_server_variables_take_their_defaults(tmp_path: Path) -> None:
    api = build(
        tmp_path,
        """\
        openapi: 3.1.0
        info: {title: T, version: "1"}
        servers:
          - url: "https://{region}.api.test/{version}"
            variables:
              region: {default: eu, enum: [eu, us]}
              version: {default: v2}
        paths: {}
        """,
    )
    (server,) = api.servers
    assert server.url == "https://{region}.api.test/{version}"
    assert server.default_url == "https://eu.api.test/v2"
