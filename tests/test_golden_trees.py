"""Golden-record trees: every fixture spec's whole output, both targets, committed under
``tests/golden/trees/<fixture>/<target>/`` and compared byte for byte. A change to a template,
a planner or a runtime shows up as a reviewable diff of the SDKs it changes, not only of the
Friendli one. ``make goldens`` rewrites them from what the generator writes now: read the diff
before committing it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.write import read_tree

from .conftest import FIXTURES, ROOT

UPDATE = os.environ.get("SDKGEN_UPDATE_GOLDENS") == "1"
TREES = ROOT / "tests" / "golden" / "trees"
SPECS = {
    "constructs-errors": FIXTURES / "constructs" / "errors.yaml",
    "constructs-names": FIXTURES / "constructs" / "names.yaml",
    "constructs-schemas": FIXTURES / "constructs" / "schemas.yaml",
    "constructs-security": FIXTURES / "constructs" / "security.yaml",
    "constructs-streaming": FIXTURES / "constructs" / "streaming.yaml",
    "features": FIXTURES / "features" / "features.yaml",
    "hostile": FIXTURES / "hostile" / "hostile.json",
}
TARGETS = ("python", "typescript")


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("fixture", sorted(SPECS))
def test_fixture_output_is_its_golden_tree(fixture: str, target: str) -> None:
    fresh = {
        path: text.encode("utf-8") for path, text in generate(SPECS[fixture], target).files.items()
    }
    golden = TREES / fixture / target
    if UPDATE:
        if golden.exists():
            shutil.rmtree(golden)  # the golden folder is ours alone: rewritten whole
        for path, data in fresh.items():
            (golden / path).parent.mkdir(parents=True, exist_ok=True)
            (golden / path).write_bytes(data)
    committed = read_tree(golden)
    assert sorted(fresh) == sorted(
        committed
    ), f"{fixture}/{target}: file lists differ (make goldens)"
    changed = [path for path in fresh if fresh[path] != committed[path]]
    assert (
        changed == []
    ), f"{fixture}/{target}: {changed} differ from the golden tree (make goldens)"


def test_every_fixture_spec_has_a_golden_tree() -> None:
    specs = {p for p in (FIXTURES / "constructs").glob("*.yaml")} | {
        FIXTURES / "features" / "features.yaml",
        FIXTURES / "hostile" / "hostile.json",
    }
    assert specs == set(SPECS.values())
