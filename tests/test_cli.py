"""The command line on good and bad input: exit codes, messages with JSON pointers, and an
output folder that a failure leaves exactly as it was."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
import textwrap
from pathlib import Path

import pytest

from generator.write import read_tree

from .conftest import CONFIG, FIXTURES, FRIENDLI, GENERATOR, ROOT, SPEC, run_generator

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
    return run_generator(*args)


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
    assert "stray.txt" not in stale.stderr  # the team's own file: never the generator's
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


def test_errors_name_the_line_where_the_loader_knows_it(tmp_path: Path) -> None:
    text = (FIXTURES / "broken" / "dangling-ref.yaml").read_text()
    spec = write(tmp_path, text)
    result = run("generate", str(spec), "--out", str(tmp_path / "out"))
    line = text.splitlines().index('            schema: {$ref: "#/components/schemas/Dog"}') + 1
    assert f"{spec}:{line}: " in result.stderr


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


def test_an_interrupted_write_leaves_the_old_tree_and_no_staging(tmp_path: Path) -> None:
    from generator.write import write_tree

    out = tmp_path / "out"
    write_tree(out, {"a.txt": "old\n", "pkg/b.py": "old = 1\n"})
    before = read_tree(out)

    class Interrupting(dict[str, str]):
        def items(self):  # type: ignore[no-untyped-def, override]
            yield "a.txt", "new\n"
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_tree(out, Interrupting({"a.txt": "new\n"}), force=True)  # no lock: force
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9])
def test_a_signal_during_generation_leaves_old_or_new_output_never_half(
    tmp_path: Path, sig: int, delay: float
) -> None:
    out = tmp_path / "out"
    old_spec = write(tmp_path, GOOD, "old.yaml")
    assert run("generate", str(old_spec), "--out", str(out)).returncode == 0
    old = read_tree(out)
    reference = tmp_path / "reference"  # the same generation, over the same earlier output
    shutil.copytree(out, reference)
    assert (
        run("generate", str(SPEC), "--config", str(CONFIG), "--out", str(reference)).returncode == 0
    )
    new = read_tree(reference)
    process = subprocess.Popen(
        [*GENERATOR, *FRIENDLI, "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    after = read_tree(out)
    assert after in (old, new), "the output is the old tree or the complete new one, never a mix"
    if process.returncode == 0:
        assert after == new
    else:
        # 128 + signal from the handlers; a signal landing inside the interpreter's own
        # start-up or shut-down may still end the process the default way (-signal).
        assert process.returncode in (128 + sig, -sig), stderr
        if process.returncode == 128 + sig:
            assert "Traceback" not in stderr
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers == ["old.yaml", "out", "reference"], "staging left behind"


def test_regenerating_rewrites_only_changed_files(tmp_path: Path) -> None:
    from generator.write import write_tree

    out = tmp_path / "out"
    write_tree(out, {"same.txt": "same\n", "changed.txt": "old\n"})
    same_inode = (out / "same.txt").stat().st_ino
    changed_inode = (out / "changed.txt").stat().st_ino
    write_tree(out, {"same.txt": "same\n", "changed.txt": "new\n", "added.txt": "+\n"}, force=True)
    assert (out / "same.txt").stat().st_ino == same_inode
    assert (out / "changed.txt").stat().st_ino != changed_inode
    assert read_tree(out) == {"added.txt": b"+\n", "changed.txt": b"new\n", "same.txt": b"same\n"}


MUTUAL_TLS = GOOD.replace(
    "components:\n  schemas:",
    "security: [{key: []}]\ncomponents:\n  securitySchemes:\n    key: {type: mutualTLS}\n  schemas:",
)


def test_an_unsupported_construct_is_a_warning_and_strict_makes_it_fatal(tmp_path: Path) -> None:
    spec = write(tmp_path, MUTUAL_TLS)
    out = tmp_path / "out"
    result = run("generate", str(spec), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (
        f"warning: {spec}: /components/securitySchemes/key: security scheme 'key'" in result.stderr
    )
    assert "1 warning: 1 unsupported-security" in result.stderr
    modules = [p.read_text() for p in (out / "src/pets").glob("*.py")]
    (namespace,) = [m for m in modules if '"createPet"' in m]  # the rest is still generated
    assert 'security=(("key",),)' in namespace  # no credential can satisfy it: none is sent
    strict = run("generate", str(spec), "--out", str(tmp_path / "strict"), "--strict")
    assert strict.returncode == 2
    assert "/components/securitySchemes/key" in strict.stderr
    assert not (tmp_path / "strict").exists()
