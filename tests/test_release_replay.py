"""Three releases of the Friendli spec, played on a copy of this repository by the README's
"When the spec changes" procedure (``make update``, then ``make check``): an optional field
added, an operation added, and a breaking change (a field renamed, a nullable field made
required). After each, the generation names every change, the version and the changelog
follow the report, and ``make check`` passes again; after the last, the repository's own
golden and page tests pass on the copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml

from .conftest import ROOT

SPEC = Path("spec/friendli-container.yaml")
EDIT_BODY = "ContainerImageEditBody"
GENERATE_BODY = "ContainerImageGenerationBody"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The working tree as a clone would have it (tracked and new files, nothing ignored),
    with this checkout's venv and Node tools linked in rather than installed again."""
    copy = tmp_path_factory.mktemp("replay") / "repo"
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    (copy / ".venv").symlink_to(ROOT / ".venv")
    (copy / "tests/node/node_modules").symlink_to(ROOT / "tests/node/node_modules")
    # The copy's pinned files are as old as this checkout's: make sees the linked venv and
    # tools as set up and does not reinstall the generator from the copy (which would leave
    # the venv's sdkgen command pointing at a folder deleted after the test).
    for pinned in ("requirements.txt", "tests/node/package-lock.json"):
        stat = (ROOT / pinned).stat()
        os.utime(copy / pinned, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return copy


def _edit_spec(repo: Path, change: Callable[[dict[str, Any]], None]) -> None:
    spec = yaml.safe_load((repo / SPEC).read_text())
    change(spec)
    (repo / SPEC).write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))


def _make(repo: Path, target: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1798156800"}  # 2026-12-25
    env.pop("MAKEFLAGS", None)
    return subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


def _release(repo: Path, change: Callable[[dict[str, Any]], None]) -> str:
    _edit_spec(repo, change)
    generated = _make(repo, "update")
    assert generated.returncode == 0, generated.stderr
    checked = _make(repo, "check")
    assert checked.returncode == 0, checked.stderr
    return generated.stdout


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _add_field(spec: dict[str, Any]) -> None:
    _schemas(spec)[GENERATE_BODY]["properties"]["style"] = {
        "type": "string",
        "description": "The look of the image.",
    }


def _add_operation(spec: dict[str, Any]) -> None:
    spec["paths"]["/v1/images/models"] = {
        "get": {
            "operationId": "containerImagesModels",
            "tags": ["Container.Image"],
            "summary": "List models",
            "description": "The image models this container serves.",
            "responses": {
                "200": {
                    "description": "The models.",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": {"type": "string"}}
                        }
                    },
                }
            },
        }
    }


def _break(spec: dict[str, Any]) -> None:
    body = _schemas(spec)[EDIT_BODY]
    body["required"] = sorted({*body.get("required", []), "model"})
    properties = body["properties"]
    properties["guidance"] = properties.pop("guidance_scale")


def _changelog(repo: Path, target: str) -> str:
    return (repo / "generated" / target / "CHANGELOG.md").read_text()


@pytest.mark.slow
def test_three_releases_replayed_by_the_documented_procedure(repo: Path) -> None:
    schema = yaml.safe_load((repo / SPEC).read_text())["components"]["schemas"]
    assert "model" not in schema[EDIT_BODY].get("required", [])
    assert "guidance_scale" in schema[EDIT_BODY]["properties"]
    start = (repo / "generated/python/src/friendli/_version.py").read_text()
    assert '__version__: str = "0.1.0"' in start

    added = _release(repo, _add_field)
    assert "container.image.generate: optional parameter style added" in added
    assert "version 0.1.0 -> 0.1.1" in added

    operation = _release(repo, _add_operation)
    assert "container.image.models added" in operation
    assert "version 0.1.1 -> 0.1.2" in operation

    broken = _release(repo, _break)
    assert "API changes: major" in broken
    assert "container.image.edit: parameter model is now required" in broken
    assert "container.image.edit: parameter guidance_scale renamed to guidance" in broken
    assert "version 0.1.2 -> 0.2.0" in broken

    for target in ("python", "typescript"):
        log = _changelog(repo, target)
        entries = [line for line in log.splitlines() if line.startswith("## ")]
        assert entries == [
            "## 0.2.0 (2026-12-25)",
            "## 0.1.2 (2026-12-25)",
            "## 0.1.1 (2026-12-25)",
            "## 0.1.0",
        ]
        assert "### Breaking" in log.split("## 0.1.2")[0]
    version = (repo / "generated/python/src/friendli/_version.py").read_text()
    assert '__version__: str = "0.2.0"' in version
    assert '"version": "0.2.0"' in (repo / "generated/typescript/package.json").read_text()
    # The new signature makes the old call an error, not a request with "model": null.
    source = (repo / "generated/python/src/friendli/containerimage.py").read_text()
    assert "model: Nullable[str],\n" in source

    suite = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_golden.py",
            "tests/test_wire_goldens.py",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert suite.returncode == 0, suite.stdout[-3000:]
