"""A ``$ref`` key inside a value (an example payload, a default, an enum, an extension, a
link's parameters) is data, not a reference: GitHub Enterprise Cloud's description has
``{"$ref": "server-statistics-actions.yaml"}`` inside an example's value, and the generator
refused the whole spec as "a reference that leaves this document". The same keys where
they are names (a property called ``example``, a ``default`` response) still hold
references, which are still checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.load import iter_references
from generator.pipeline import generate

SPEC = """\
openapi: 3.1.0
info: {title: Stats, version: "1"}
servers: [{url: "https://stats.example.test"}]
x-samples: {$ref: samples/all.yaml}
paths:
  /stats:
    get:
      operationId: getStats
      x-code-samples: [{lang: sh, source: {$ref: samples/stats.sh}}]
      responses:
        "200":
          description: the statistics
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Stats"}
              example: {actions: {$ref: actions.yaml}}
              examples:
                server:
                  $ref: "#/components/examples/server"
          links:
            next:
              operationId: getStats
              parameters: {$ref: "$response.body#/next"}
        default:
          $ref: "#/components/responses/Failed"
components:
  examples:
    server:
      summary: A server's statistics
      value: [{actions_stats: {$ref: server-statistics-actions.yaml}}]
  responses:
    Failed: {description: it failed}
  schemas:
    Stats:
      type: object
      default: {$ref: defaults.yaml}
      examples: [{$ref: one.yaml}]
      properties:
        example: {$ref: "#/components/schemas/Example"}
        default: {$ref: "#/components/schemas/Example"}
        level: {enum: [{$ref: not-a-reference}], const: {$ref: nor-this}}
    Example:
      type: object
      properties:
        name: {type: string}
"""


def test_a_ref_in_a_value_is_data(tmp_path: Path) -> None:
    spec = tmp_path / "stats.yaml"
    spec.write_text(SPEC)
    generated = generate(spec)
    (stats,) = [s for s in generated.api.schemas if s.name.parts == ("Stats",)]
    assert [p.name for p in stats.properties] == ["example", "default", "level"]  # type: ignore[union-attr]
    model = generated.files["src/stats/models/stats2.py"]  # Stats: the client
    assert "example: Optional[Example]" in model and "default: Optional[Example]" in model


def test_only_references_are_walked() -> None:
    import yaml

    document = yaml.safe_load(SPEC)
    assert [target for _, target in iter_references(document)] == [
        "#/components/schemas/Stats",
        "#/components/examples/server",
        "#/components/responses/Failed",
        "#/components/schemas/Example",
        "#/components/schemas/Example",
    ]


@pytest.mark.parametrize(
    "where",
    ["properties: {example: {$ref: missing.yaml}}", "properties: {default: {$ref: '#/nothing'}}"],
)
def test_a_reference_under_a_name_like_a_value_keyword_is_still_checked(
    tmp_path: Path, where: str
) -> None:
    spec = tmp_path / "odd.yaml"
    spec.write_text(SPEC.replace("properties:\n        name: {type: string}", where))
    with pytest.raises(SpecError, match=r"/components/schemas/Example/properties/\w+/\$ref"):
        generate(spec)
