"""The command line on good and bad input: exit codes, messages with JSON pointers, and an
output folder that a failure leaves exactly as it was."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.write import read_tree

from .conftest import CONFIG, ROOT, SPEC

GOOD = """\
openapi: 3.1.0
info: {title: Pets, version: 1.0.0}
servers: [{url: "https://pets.test"}]
paths:
  /pets:
    post:
      operationId: createPet
      tags: [Pets]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Pet"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True
    )


def write(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def test_generate_then_check_reports_up_to_date_then_stale(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("generate", str(SPEC), "--config", str(CONFIG), "--out", str(out)).returncode == 0
    checked = run("generate", str(SPEC), "--config", str(CONFIG), "--out", str(out), "--check")
    assert checked.returncode == 0, checked.stderr
    (out / "README.md").write_text("edited by hand\n")
    (out / "stray.txt").write_text("not generated\n")
    (out / "src/friendli/sdk.py").unlink()
    stale = run("generate", str(SPEC), "--config", str(CONFIG), "--out", str(out), "--check")
    assert stale.returncode == 1
    assert "~ README.md" in stale.stderr
    assert "- stray.txt" in stale.stderr
    assert "+ src/friendli/sdk.py" in stale.stderr
    assert (out / "README.md").read_text() == "edited by hand\n", "--check must write nothing"


def test_a_spec_without_config_takes_its_names_from_the_title(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("generate", str(write(tmp_path, GOOD)), "--out", str(out))
    assert result.returncode == 0, result.stderr
    sdk = (out / "src/pets/sdk.py").read_text()
    assert "class Pets:" in sdk and "class AsyncPets:" in sdk
    code = (
        "import httpx, json\n"
        "from pets import Pets\n"
        "seen = []\n"
        "def answer(request):\n"
        "    seen.append(request)\n"
        "    return httpx.Response(200, json={'name': 'Rex'})\n"
        "with Pets(client=httpx.Client(transport=httpx.MockTransport(answer))) as pets:\n"
        "    pet = pets.pets.create_pet(name='Rex')\n"
        "print(pet.name, seen[0].url, seen[0].content.decode())\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(out / "src")},
        capture_output=True,
        text=True,
    )
    assert ran.stdout.strip() == 'Rex https://pets.test/pets {"name":"Rex"}', ran.stderr


BROKEN = {
    "dangling-ref": (
        GOOD.replace(
            'schema: {$ref: "#/components/schemas/Pet"}\n      responses',
            'schema: {$ref: "#/components/schemas/Dog"}\n      responses',
        ),
        "/paths/~1pets/post/requestBody/content/application~1json/schema/$ref",
        "points at nothing",
    ),
    "external-ref": (
        GOOD.replace(
            '{$ref: "#/components/schemas/Pet"}\n      responses',
            '{$ref: "other.yaml#/Pet"}\n      responses',
        ),
        "/paths/~1pets/post/requestBody/content/application~1json/schema/$ref",
        "leaves this document",
    ),
    "ref-loop": (
        GOOD + "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n",
        "/components/schemas/A/$ref",
        "reference loop",
    ),
    "bad-version": (
        GOOD.replace("openapi: 3.1.0", "openapi: 2.0"),
        "/openapi",
        "unsupported OpenAPI version",
    ),
    "missing-info": (
        GOOD.replace("info: {title: Pets, version: 1.0.0}\n", ""),
        "#",
        "missing required field 'info'",
    ),
    "duplicate-operation-id": (
        GOOD.replace(
            "  /pets:\n",
            "  /dogs:\n    get:\n      operationId: createPet\n      responses: {'200': {description: ok}}\n  /pets:\n",
        ),
        "/paths/~1pets/post/operationId",
        "already used",
    ),
    "undeclared-path-parameter": (
        GOOD.replace("  /pets:\n", "  /pets/{petId}:\n"),
        "/paths/~1pets~1{petId}/post",
        "{petId}",
    ),
    "body-without-content": (
        GOOD.replace(
            '        required: true\n        content:\n          application/json:\n            schema: {$ref: "#/components/schemas/Pet"}\n      responses',
            "        required: true\n        content: {}\n      responses",
        ),
        "/paths/~1pets/post/requestBody",
        "no content",
    ),
    "contradictory-enum": (
        GOOD.replace("name: {type: string}", "name: {type: integer, enum: [a, b]}"),
        "/components/schemas/Pet/properties/name",
        "enum values are strings",
    ),
    "not-yaml": ("openapi: [3.1.0\ninfo: {", "#", "not valid YAML"),
    "empty": ("", "#", "the file is empty"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_specs_fail_with_file_and_pointer_and_leave_output_untouched(
    tmp_path: Path, case: str
) -> None:
    text, pointer, message = BROKEN[case]
    spec = write(tmp_path, text)
    out = tmp_path / "out"
    assert run("generate", str(SPEC), "--config", str(CONFIG), "--out", str(out)).returncode == 0
    before = read_tree(out)
    result = run("generate", str(spec), "--out", str(out))
    assert result.returncode == 2, result.stderr
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"error: {spec}"), line
    assert f": {pointer}: " in line, line
    assert message in line, line
    assert "Traceback" not in result.stderr
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "out",
        "spec.yaml",
    ], "no staging left behind"


def test_errors_name_the_line_where_the_loader_knows_it(tmp_path: Path) -> None:
    spec = write(tmp_path, BROKEN["dangling-ref"][0])
    result = run("generate", str(spec), "--out", str(tmp_path / "out"))
    expected_line = (
        BROKEN["dangling-ref"][0]
        .splitlines()
        .index('            schema: {$ref: "#/components/schemas/Dog"}')
        + 1
    )
    assert f"{spec}:{expected_line}: " in result.stderr


def test_a_directory_or_missing_file_is_a_spec_error(tmp_path: Path) -> None:
    assert run("generate", str(tmp_path), "--out", str(tmp_path / "o")).returncode == 2
    missing = run("generate", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "o"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_usage_errors_exit_64(tmp_path: Path) -> None:
    assert run("generate", str(SPEC)).returncode == 64  # no --out
    assert run("generate", str(SPEC), "--out", "x", "--target", "cobol").returncode == 64
    config = write(tmp_path, "package_name: friendli\npackage_nmae: typo\n", "config.yaml")
    bad = run("generate", str(SPEC), "--out", str(tmp_path / "o"), "--config", str(config))
    assert bad.returncode == 64 and "package_nmae" in bad.stderr
    hostile = write(tmp_path, "package_name: 'os; import shutil'\n", "hostile.yaml")
    assert (
        run(
            "generate", str(SPEC), "--out", str(tmp_path / "o"), "--config", str(hostile)
        ).returncode
        == 64
    )


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    spec = write(tmp_path, "")
    result = run("--debug", "generate", str(spec), "--out", str(tmp_path / "o"))
    assert result.returncode == 2 and "Traceback" in result.stderr
