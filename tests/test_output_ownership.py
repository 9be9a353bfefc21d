"""An output folder lives in an SDK repository: the generator owns only the files it wrote
(listed in its lock); a team's own files survive every regeneration, a file it no longer
writes goes, and a folder it has never written to is refused without ``--force``."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

SPEC = """\
openapi: 3.1.0
info: {title: Pets, version: "1.0.0"}
servers: [{url: "https://pets.example.test"}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [Pets]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Pet"}}
components:
  schemas:
    Pet: {type: object, properties: {name: {type: string}}}
    Toy: {type: object, properties: {size: {type: integer}}}
"""

TEAM_FILES = {
    ".git/config": "[core]\n",
    "LICENSE": "MIT, by the team\n",
    "examples/demo.py": "print('hand-written')\n",
    "src/pets/models/team_helpers.py": "HELPER = 1\n",  # inside a folder the SDK writes
    "node_modules/x/index.js": "module.exports = 1;\n",
}


def _generate(spec: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _write_team_files(out: Path) -> None:
    for path, text in TEAM_FILES.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text)


def test_a_teams_files_survive_regeneration_and_are_not_stale(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    out = tmp_path / "sdk"
    assert _generate(spec, out).returncode == 0
    _write_team_files(out)
    assert _generate(spec, out).returncode == 0
    for path, text in TEAM_FILES.items():
        assert (out / path).read_text() == text, path
    checked = _generate(spec, out, "--check")
    assert checked.returncode == 0, checked.stderr
    owned = json.loads((out / "sdkgen.lock").read_text())["files"]
    assert "src/pets/models/pet.py" in owned and "LICENSE" not in owned

    # The spec drops a model: its files go, the team's stay.
    spec.write_text(
        SPEC.replace("    Toy: {type: object, properties: {size: {type: integer}}}\n", "")
    )
    assert (out / "src/pets/models/toy.py").is_file()
    assert _generate(spec, out).returncode == 0
    assert not (out / "src/pets/models/toy.py").exists()
    for path, text in TEAM_FILES.items():
        assert (out / path).read_text() == text, path


def test_a_folder_never_generated_into_is_refused_without_force(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    out = tmp_path / "repo"
    _write_team_files(out)
    refused = _generate(spec, out)
    assert refused.returncode == 64
    assert f"{out.resolve()}: the folder has files and no sdkgen.lock" in refused.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == sorted(
        TEAM_FILES
    )
    assert _generate(spec, out, "--force").returncode == 0
    assert (out / "src/pets/models/pet.py").is_file()
    for path, text in TEAM_FILES.items():
        assert (out / path).read_text() == text, path


def test_a_team_file_where_the_sdk_now_writes_one_stops_the_run(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    out = tmp_path / "sdk"
    assert _generate(spec, out).returncode == 0
    (out / "src/pets/models/rock.py").write_text("# the team's\n")
    spec.write_text(SPEC + "    Rock: {type: object, properties: {mass: {type: number}}}\n")
    stopped = _generate(spec, out)
    assert stopped.returncode == 64
    assert "rock.py: not a file this generator wrote" in stopped.stderr
    assert (out / "src/pets/models/rock.py").read_text() == "# the team's\n"


def test_the_output_folder_mode_follows_the_umask(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    out = tmp_path / "sdk"
    previous = os.umask(0o022)
    try:
        assert _generate(spec, out).returncode == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o755
    assert stat.S_IMODE((out / "README.md").stat().st_mode) == 0o644


def test_a_link_where_the_sdk_writes_a_folder_stops_the_run(tmp_path: Path) -> None:
    spec = tmp_path / "pets.yaml"
    spec.write_text(SPEC)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "repo"
    out.mkdir()
    (out / "src").symlink_to(elsewhere)
    stopped = _generate(spec, out, "--force")
    assert stopped.returncode == 64
    assert "the SDK writes a folder here" in stopped.stderr
    assert list(elsewhere.iterdir()) == []
