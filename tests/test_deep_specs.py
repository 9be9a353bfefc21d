"""Specs whose schemas refer to each other in long chains: each component holding the next
(a list of the next, or inheriting from it). The stages follow references depth first, and
at Python's default recursion limit a chain of about 150 ended in an unexplained internal
error. The
spec is written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.cli import main
from generator.pipeline import RECURSION_LIMIT, generate_to


def chain(links: int, shape: str) -> str:
    """``links`` components, S0 holding S1 holding S2 and so on, in one of three shapes."""
    lines = [
        "openapi: 3.0.3",
        'info: {title: Chain, version: "1"}',
        "paths:",
        "  /first:",
        "    get:",
        "      operationId: getFirst",
        "      responses:",
        '        "200":',
        "          description: the first link",
        "          content:",
        "            application/json:",
        "              schema: {$ref: '#/components/schemas/S0'}",
        "components:",
        "  schemas:",
    ]
    for i in range(links):
        following = (
            f"{{$ref: '#/components/schemas/S{i + 1}'}}" if i + 1 < links else "{type: string}"
        )
        if shape == "property":
            lines += [f"    S{i}:", "      type: object", "      properties:"]
            lines.append(f"        next: {following}")
        elif shape == "list":
            lines += [f"    S{i}:", "      type: array", f"      items: {following}"]
        else:  # inherits from the next, adding a property of its own
            lines += [f"    S{i}:", "      allOf:", f"        - {following}"]
            lines += ["        - type: object", f"          properties: {{p{i}: {{type: string}}}}"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("shape", "links", "target"),
    [
        ("property", 1500, "python"),
        ("list", 1500, "python"),
        ("inherits", 300, "python"),
        ("property", 1500, "typescript"),
    ],
)
def test_a_long_chain_of_references_generates(
    tmp_path: Path, shape: str, links: int, target: str
) -> None:
    spec = tmp_path / "chain.yaml"
    spec.write_text(chain(links, shape))
    written = generate_to(spec, tmp_path / "out", target)
    assert len(written.api.schemas) == links
    last = written.api.schema(ir.SchemaName((f"S{links - 2}",)))
    if shape == "list":
        assert last == ir.UnionSchema(
            last.name,
            (ir.ArrayType(ir.Named(ir.SchemaName((f"S{links - 1}",)))),),
            None,
            last.pointer,
        )
    first = written.api.schema(ir.SchemaName(("S0",)))
    if shape == "inherits":
        assert isinstance(first, ir.ObjectSchema)
        assert len(first.properties) == links  # its own and every link's after it
    suffix = ".py" if target == "python" else ".ts"
    made = [p for p in written.paths if p.endswith(suffix) and f"s{links - 1}" in p.lower()]
    assert made, written.paths[:20]


def test_a_chain_longer_than_the_generator_follows_is_named_in_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "chain.yaml"
    spec.write_text(chain(RECURSION_LIMIT // 5, "property"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("kept")
    # Past the room, a chain cannot be told from a bug of ours that never ends: the message
    # names both (a crash, or "recursion depth exceeded" alone, said neither).
    assert main(["generate", str(spec), "--out", str(out)]) == 70
    error = capsys.readouterr().err
    assert error.startswith(
        f"error: internal error: generating from {spec} nested deeper than the generator "
        "follows: its schemas hold each other in a chain over 10,000 links long, or this is "
        "a bug of ours (rerun with --debug and report it)"
    )
    assert [p.name for p in out.iterdir()] == ["mine.txt"]
