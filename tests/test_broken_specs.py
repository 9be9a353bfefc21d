"""The broken-spec corpus (tests/fixtures/broken): each input fails with exactly the message
in its ``.expected`` snapshot, exit code 2, no traceback, and the output folder untouched.

Snapshots are rewritten with ``make goldens``; read the diff before committing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.write import read_tree

from .conftest import FIXTURES, FRIENDLI, run_generator

CORPUS = FIXTURES / "broken"
CASES = sorted(p for p in CORPUS.iterdir() if p.suffix in (".yaml", ".json"))
UPDATE = os.environ.get("SDKGEN_UPDATE_GOLDENS") == "1"


def generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return run_generator("generate", str(spec), "--out", str(out))


@pytest.fixture(scope="module")
def earlier_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("earlier") / "python"
    assert run_generator(*FRIENDLI, "--out", str(out)).returncode == 0
    return out


@pytest.mark.parametrize("spec", CASES, ids=[p.name for p in CASES])
def test_broken_spec_fails_with_its_snapshot_message(
    spec: Path, earlier_output: Path, tmp_path: Path
) -> None:
    out = tmp_path / "python"
    shutil.copytree(earlier_output, out)
    before = read_tree(out)
    result = generate(spec, out)
    message = result.stderr.replace(str(spec), "<spec>")
    snapshot = spec.with_suffix(".expected")
    if UPDATE:
        snapshot.write_text(message)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert message == snapshot.read_text()
    assert message.startswith("error: <spec>"), "the message names the file first"
    assert read_tree(out) == before, "the earlier output must be left byte for byte"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["python"], "no staging folder left"


def test_every_snapshot_has_its_case() -> None:
    snapshots = {p.stem for p in CORPUS.glob("*.expected")}
    assert snapshots == {p.stem for p in CASES}
