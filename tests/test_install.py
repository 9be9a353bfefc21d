"""The generator as an API team installs it: a wheel with the templates and the runtimes as
package data and only its runtime dependencies, whose ``sdkgen`` command generates, from a
folder that is not this checkout, exactly what the checkout generates."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from generator.pipeline import generate_to
from generator.write import read_tree

from .conftest import CONFIG, ROOT, SPEC


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the folder it is installed into with pip --target)."""
    root = tmp_path_factory.mktemp("install")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(root / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (root / "dist").glob("sdkgen-*.whl")
    site = root / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return wheel, site


@pytest.mark.slow
def test_the_wheel_carries_templates_and_runtimes_and_no_tests(
    installed: tuple[Path, Path],
) -> None:
    wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    templates = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "templates").rglob("*.j2"))
    for template in templates:
        assert f"generator/{template}" in names, template
    assert "generator/targets/python/runtime/_runtime.py" in names
    assert any(n.startswith("generator/targets/typescript/runtime/") for n in names)
    assert not [n for n in names if n.startswith(("tests/", "generated/", "mockserver/"))]
    metadata = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        .decode()
    )
    requires = sorted(
        line.split(" ")[1].split("==")[0]
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    )
    assert requires == ["black", "jinja2", "openapi-pydantic", "pydantic", "pyyaml", "yamlcore"]


@pytest.mark.slow
def test_the_installed_command_generates_what_the_checkout_does(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, site = installed
    elsewhere = tmp_path / "team-repo"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run(
        [
            str(site / "bin" / "sdkgen"),
            "generate",
            str(SPEC),
            "--config",
            str(CONFIG),
            "--out",
            "sdk",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    reference = tmp_path / "reference"
    generate_to(SPEC, reference, config_path=CONFIG)
    assert read_tree(elsewhere / "sdk") == read_tree(reference)
    where = subprocess.run(
        [sys.executable, "-c", "import generator; print(generator.__file__)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert where.stdout.startswith(str(site)), "the installed copy ran, not the checkout"
    diff = subprocess.run(
        [str(site / "bin" / "sdkgen"), "diff", str(SPEC), str(SPEC), "--format", "json"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert diff.returncode == 0 and '"bump": "none"' in diff.stdout
