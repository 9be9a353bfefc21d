"""A constraint the SDK does not check, written with a value of the wrong type (api.video's
``pattern: 0``, from the APIs.guru directory), costs that keyword, with a warning of kind
``invalid-keyword`` naming it, not the whole spec; a wrong value anywhere else is still an
error naming the place. The specs are written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.errors import SpecError
from generator.pipeline import generate

SPEC = """\
openapi: 3.1.0
info: {title: Videos, version: "1"}
paths:
  /thumbnails:
    post:
      operationId: pickThumbnail
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pick'}
      responses:
        "204": {description: picked}
components:
  schemas:
    Pick:
      type: object
      required: [timecode]
      properties:
        timecode: {type: string, pattern: 0, maxLength: ten}
        pattern: {type: string}
        label: {type: string, examples: {first: Intro}}
"""


def test_a_constraint_of_the_wrong_type_is_left_out_with_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "videos.yaml"
    spec.write_text(SPEC)
    generated = generate(spec)
    warnings = {w.pointer: w for w in generated.diagnostics.warnings}
    assert set(warnings) == {
        "/components/schemas/Pick/properties/timecode/pattern",
        "/components/schemas/Pick/properties/timecode/maxLength",
        "/components/schemas/Pick/properties/label/examples",  # (Codat's, a map)
    }
    assert {w.kind for w in warnings.values()} == {"invalid-keyword"}
    pattern = warnings["/components/schemas/Pick/properties/timecode/pattern"]
    assert pattern.line == 20 and "pattern 0 is not valid" in pattern.message
    pick = generated.api.schema(ir.SchemaName(("Pick",)))
    assert isinstance(pick, ir.ObjectSchema)
    assert [(p.name, p.type, p.required) for p in pick.properties] == [
        ("timecode", ir.Primitive("string"), True),
        ("pattern", ir.Primitive("string"), False),
        ("label", ir.Primitive("string"), False),
    ]
    with pytest.raises(SpecError, match="is not valid .*; ignored"):
        generate(spec, strict=True)


@pytest.mark.parametrize(
    "broken,pointer",
    [
        # A property called pattern is a property, not the keyword.
        ("        pattern: 7\n", "/components/schemas/Pick/properties/pattern"),
        (
            "        level: {type: integer, deprecated: often}\n",
            "/components/schemas/Pick/properties/level/deprecated",
        ),
    ],
)
def test_anything_else_of_the_wrong_type_is_still_an_error(
    tmp_path: Path, broken: str, pointer: str
) -> None:
    spec = tmp_path / "videos.yaml"
    fixed = SPEC.replace("pattern: 0, maxLength: ten", "pattern: '^[0-9:.]+$'")
    spec.write_text(fixed.replace("        pattern: {type: string}\n", broken))
    with pytest.raises(SpecError) as caught:
        generate(spec)
    assert caught.value.problem.pointer == pointer
