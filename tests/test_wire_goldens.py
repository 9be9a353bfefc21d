"""Wire goldens: the exact request each documented example (and each wire case) sends, as the
mock server received it, compared with a committed golden file. Sync and async clients must
send the same bytes. Regenerate the files only with ``make goldens`` and read the diff.
"""

from __future__ import annotations

import ast
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from generator.load import load
from generator.parse import build_api

from .conftest import GENERATED, ROOT, SPEC
from .servers import MockServer
from .test_runtime import KINDS, WIRE_CASES, call, client_for

GOLDEN_DIR = ROOT / "tests" / "golden" / "wire"
UPDATE = os.environ.get("SDKGEN_UPDATE_GOLDENS") == "1"
# Headers that describe the connection or the machine, not the SDK's request.
VOLATILE = {"host", "accept-encoding", "connection"}


def page_examples() -> list[tuple[str, str, dict[str, Any]]]:
    """(name, method, arguments) for each example on the Container.Image page, read with
    ``ast.literal_eval``: the page's literals are data, never run here."""
    page = (GENERATED / "docs/sdks/containerimage/README.md").read_text()
    found = []
    for block in re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL):
        calls = [
            node
            for node in ast.walk(ast.parse(block))
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and ast.unparse(node.func.value) == "friendli.container.image"
        ]
        (node,) = calls
        assert isinstance(node.func, ast.Attribute)
        arguments = {kw.arg: ast.literal_eval(kw.value) for kw in node.keywords if kw.arg}
        found.append((f"page-{node.func.attr}", node.func.attr, arguments))
    return found


CASES = [(name, method, args) for name, method, args in page_examples()] + [
    (f"case-{index}-{method}", method, arguments)
    for index, (method, arguments, _) in enumerate(WIRE_CASES)
]


def normalize(request: dict[str, Any]) -> str:
    record = {
        "method": request["method"],
        "path": request["path"],
        "headers": {k: v for k, v in sorted(request["headers"].items()) if k not in VOLATILE},
        "body": request["body"],
    }
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name, method, arguments", CASES, ids=[c[0] for c in CASES])
def test_request_matches_wire_golden(
    mock: MockServer, kind: str, name: str, method: str, arguments: dict[str, Any]
) -> None:
    call(kind, method, client_for(mock), **arguments)
    (request,) = mock.requests()
    assert request["status"] == 200
    actual = normalize(request)
    golden = GOLDEN_DIR / f"{name}.json"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual)
    assert golden.is_file(), f"no golden {golden.name}: run make goldens and read the diff"
    assert actual == golden.read_text()


def test_page_examples_are_the_documented_ones() -> None:
    """One example per operation of the spec, in its order (derived, not written out)."""
    api = build_api(load(SPEC))
    names = [name for name, _, _ in page_examples()]
    assert names == ["page-" + "_".join(op.name_words) for op in api.operations]
    generate = page_examples()[0][2]
    assert generate["num_inference_steps"] == 10 and generate["control_images"][0][
        "image"
    ].endswith("cat.png")


def test_no_stray_goldens() -> None:
    expected = {f"{name}.json" for name, _, _ in CASES}
    assert {p.name for p in GOLDEN_DIR.glob("*.json")} == expected
