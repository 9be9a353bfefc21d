"""The one record per operation both targets print: its wire facts, derived once."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.targets.operation import operation_records

from .test_ir import build

SPEC = """
openapi: 3.1.0
info: {title: Records, version: "1"}
servers: [{url: "https://{region}.api.test", variables: {region: {default: eu}}}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Problem: {type: object, properties: {detail: {type: string}}}
    Event:
      type: object
      properties: {data: {type: string}, event: {type: string}}
paths:
  /streams/{id}:
    servers: [{url: "https://{region}.stream.test", variables: {region: {default: us}}}]
    post:
      operationId: openStream
      security: [{bearer: []}, {key: [], bearer: []}]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: tags, in: query, style: pipeDelimited, explode: false,
           schema: {type: array, items: {type: string}}}
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {q: {type: string}}}
      responses:
        "200":
          description: events
          content:
            text/event-stream:
              schema: {$ref: "#/components/schemas/Event"}
        "404":
          description: gone
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
        "5XX": {description: broken}
  /blobs:
    get:
      operationId: getBlob
      responses:
        "200": {description: a file, content: {image/png: {schema: {type: string, format: binary}}}}
"""


def test_the_record_holds_each_operations_wire_facts(tmp_path: Path) -> None:
    records = operation_records(build(tmp_path, SPEC))
    stream = records["openStream"]
    assert (stream.method, stream.path) == ("POST", "/streams/{id}")
    assert stream.servers == ("https://us.stream.test",)
    assert stream.request_content_type == "application/x-www-form-urlencoded"
    assert (stream.accept, stream.response_kind, stream.sse_envelope) == (
        "text/event-stream",
        "sse",
        True,
    )
    assert stream.response_type == ir.Named(ir.SchemaName(("Event",)))
    assert stream.security == (("bearer",), ("key", "bearer"))
    assert [(p.wire, p.location, p.style, p.explode) for p in stream.inputs] == [
        ("id", "path", "simple", False),
        ("tags", "query", "pipeDelimited", False),
    ]
    assert [r.status for r in stream.typed_errors] == ["404"]  # 5XX has no body to type

    blob = records["getBlob"]
    assert (blob.servers, blob.request_content_type) == ((), None)
    assert (blob.accept, blob.response_kind, blob.response_content_type) == (
        "image/png",
        "bytes",
        "image/png",
    )
    assert blob.typed_errors == () and not blob.sse_envelope
