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
from .servers import MockServer

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


def run_example(code: str, site: Path, **env: str) -> subprocess.CompletedProcess[str]:
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
def test_reference_page_examples_run_against_the_mock_server(
    installed: Path, mock: MockServer, index: int
) -> None:
    """The page's code, unchanged, pointed at the mock server by FRIENDLI_SERVER_URL."""
    block = python_blocks(REFERENCE.read_text())[index]
    result = run_example(block, installed, FRIENDLI_SERVER_URL=mock.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "image=b'\\x89PNG\\r\\n\\x1a\\n'"
    (request,) = mock.requests()
    assert request["status"] == 200, "the mock server rejected the page's request"
    assert request["path"] == ["/v1/images/generations", "/v1/images/edits"][index]
    assert request["headers"]["authorization"] == "Bearer t0ken"


def test_every_python_block_of_the_generated_docs_runs(installed: Path, mock: MockServer) -> None:
    """README and Container.Image page: each block is a program that succeeds against the
    mock server. An example that names a server names the spec's; it is pointed here."""
    pages = [GENERATED / "README.md", GENERATED / "docs/sdks/containerimage/README.md"]
    blocks = [block for page in pages for block in python_blocks(page.read_text())]
    assert len(blocks) >= 8
    for block in blocks:
        mock.reset()
        code = block.replace('"http://localhost:8080"', repr(mock.url))
        result = run_example(code, installed, FRIENDLI_SERVER_URL=mock.url)
        assert result.returncode == 0, f"{block}\n{result.stderr}"
        assert "PNG" in result.stdout, block
        statuses = [r["status"] for r in mock.requests()]
        assert statuses == [200], f"{block}\n{statuses}"


def test_generated_sdk_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "src/friendli"],
        cwd=GENERATED,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
