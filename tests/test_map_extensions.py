"""Vendor extensions (``x-...``) are allowed in the Paths, Responses and Callback objects,
beside the paths, statuses and expressions those maps hold. The typed model took every key
there for one of those, and refused a spec over a vendor's value (Apicurio Registry's
``paths: {x-codegen-contextRoot: /apis/registry/v2}``, from the APIs.guru directory). They are
vendor data the SDK does not express: left out, the rest generates. The spec is written
here."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.load import load
from generator.pipeline import generate

SPEC = """\
openapi: 3.0.2
info: {title: Registry, version: "2"}
paths:
  x-codegen-contextRoot: /apis/registry/v2
  /artifacts:
    get:
      operationId: listArtifacts
      responses:
        "200":
          description: the artifacts
          content:
            application/json:
              schema: {type: array, items: {type: string}}
        x-note: vendor data
      callbacks:
        done:
          x-retry: 3
          "{$request.query.url}":
            post:
              responses:
                "204": {description: ok}
                x-why: because
webhooks: {}
"""


def test_extensions_in_maps_of_paths_statuses_and_expressions(tmp_path: Path) -> None:
    spec = tmp_path / "registry.yaml"
    spec.write_text(SPEC)
    loaded = load(spec)
    assert loaded.raw["paths"]["x-codegen-contextRoot"] == "/apis/registry/v2"  # as written
    generated = generate(spec)
    (operation,) = generated.api.operations
    assert operation.operation_id == "listArtifacts"
    assert [r.status for r in operation.responses] == ["200"]
    assert [w.kind for w in generated.diagnostics.warnings] == ["callbacks"]


CALLBACKS = """\
openapi: 3.0.3
info: {title: Search, version: "1"}
paths:
  /search:
    get:
      operationId: search
      responses:
        "200": {description: found}
      callbacks:
        searchTarget === search-index: {$ref: '#/components/callbacks/searchIndex'}
components:
  callbacks:
    searchIndex:
      "{$request.query.target}":
        post:
          responses:
            "204": {description: taken}
"""


def test_callbacks_are_said_not_dropped_and_may_be_references(tmp_path: Path) -> None:
    # PeerTube's description (APIs.guru) gives callbacks by reference, which the typed
    # model's 3.0 version refused; callbacks were also left out without a word.
    spec = tmp_path / "search.yaml"
    spec.write_text(CALLBACKS)
    generated = generate(spec)
    assert [op.operation_id for op in generated.api.operations] == ["search"]
    (warning,) = generated.diagnostics.warnings
    assert (warning.kind, warning.pointer) == ("callbacks", "/paths/~1search/get/callbacks")
    assert "searchTarget === search-index" in warning.message


SCHEMA_AS_RESPONSE = """\
openapi: 3.0.3
info: {title: Registry, version: "1"}
paths:
  /apis:
    get:
      operationId: listApis
      responses:
        "200": {description: the APIs}
        "400": {$ref: '#/components/schemas/BadRequest'}
components:
  schemas:
    BadRequest:
      type: object
      properties:
        message: {type: string}
"""


def test_a_response_given_as_a_schema_is_a_json_answer_of_it(tmp_path: Path) -> None:
    # SwaggerHub's registry API (APIs.guru) refers to schemas where responses go; the parser
    # stopped with an internal error (AttributeError).
    spec = tmp_path / "registry.yaml"
    spec.write_text(SCHEMA_AS_RESPONSE)
    generated = generate(spec)
    (operation,) = generated.api.operations
    bad = operation.responses[1]
    assert (bad.status, bad.content_type) == ("400", "application/json")
    assert bad.type == ir.Named(ir.SchemaName(("BadRequest",)))
    (warning,) = generated.diagnostics.warnings
    assert (warning.kind, warning.pointer) == (
        "response-is-schema",
        "/paths/~1apis/get/responses/400",
    )
