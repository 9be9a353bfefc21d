"""The generated package as a user gets it: installed with pip, type-checked, and its
documented examples run against a local server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GENERATED, REFERENCE
from .localserver import LocalServer, Reply

pytestmark = pytest.mark.slow


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``pip install generated/python`` into a folder of its own (no deps: they are here)."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "--target",
            str(target),
            str(GENERATED),
        ],
        check=True,
        capture_output=True,
    )
    return target


def run_example(
    code: str, site: Path, server: LocalServer, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(site), "FRIENDLI_TOKEN": "t0ken", **env},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=site.parent,
    )


def test_installed_package_ships_its_modules_and_py_typed(installed: Path) -> None:
    package = installed / "friendli"
    assert (package / "py.typed").is_file()
    assert (package / "models" / "imageinput.py").is_file()
    assert not (installed / "src").exists()


@pytest.mark.parametrize("index", [0, 1], ids=["generate", "edit"])
def test_reference_page_examples_run_against_a_local_server(installed: Path, index: int) -> None:
    block = python_blocks(REFERENCE.read_text())[index]
    code = block.replace(
        'token=os.getenv("FRIENDLI_TOKEN", ""),',
        'token=os.getenv("FRIENDLI_TOKEN", ""),\n    server_url=os.environ["EXAMPLE_SERVER"],',
    )
    assert code != block
    with LocalServer(Reply()) as server:
        result = run_example(code, installed, server, EXAMPLE_SERVER=server.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "image=b'hello'"
    request = server.requests[0]
    assert request.path == ["/v1/images/generations", "/v1/images/edits"][index]
    assert request.headers["Authorization"] == "Bearer t0ken"
    assert request.json()["model"] == "(adapter-route)"


def test_every_readme_example_runs_against_a_local_server(installed: Path) -> None:
    blocks = python_blocks((GENERATED / "README.md").read_text())
    assert len(blocks) >= 6
    for block in blocks:
        with LocalServer(Reply()) as server:
            # An example that names a server names the spec's; point it here instead.
            code = block.replace('"http://localhost:8080"', repr(server.url))
            result = run_example(code, installed, server, FRIENDLI_SERVER_URL=server.url)
        assert result.returncode == 0, f"{block}\n{result.stderr}"
        assert "hello" in result.stdout, block
        assert len(server.requests) == 1, block


def test_generated_sdk_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "src/friendli"],
        cwd=GENERATED,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
