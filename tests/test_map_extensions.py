"""Vendor extensions (``x-...``) are allowed in the Paths, Responses and Callback objects,
beside the paths, statuses and expressions those maps hold. The typed model took every key
there for one of those, and refused a spec over a vendor's value (Apicurio Registry's
``paths: {x-codegen-contextRoot: /apis/registry/v2}``, from the APIs.guru directory). They are
vendor data the SDK does not express: left out, the rest generates. The spec is written
here."""

from __future__ import annotations

from pathlib import Path

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
    assert not generated.diagnostics.warnings
