"""Every Python block of every generated README and docs page type-checks as a user's program
would: with ``mypy --strict`` and with pyright in strict mode (both pinned: mypy in
requirements.txt, pyright in tests/node/package.json).

The SDKs are the Friendli SDK (from the frozen spec) and the fixtures' golden trees (kept
equal to what the generator writes by test_golden_trees). Beside the documented blocks, the
checkers read the calls users write that the docs do not happen to show (an enum by its value,
a tuple of models and dicts), and one call that must be refused, so that a checker which
cannot see the SDK (an import resolved to ``Any``) fails the test instead of passing it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GENERATED, ROOT

TREES = ROOT / "tests" / "golden" / "trees"
PYRIGHT = ROOT / "tests" / "node" / "node_modules" / "pyright" / "index.js"
BLOCK = re.compile(r"^```python\n(.*?)^```$", flags=re.MULTILINE | re.DOTALL)

# What a user writes that the docs need not show: each must type-check.
USER_CALLS = """\
from friendli import SyncFriendli, models

with SyncFriendli(token="t") as friendli:
    friendli.container.image.generate(
        prompt="a cat",
        response_format="jpeg",
        control_images=(models.ImageInput(image="a"), {"image": "b"}),
    )
    friendli.container.image.edit(
        prompt="a cat",
        image=[{"image": "a"}],
        response_format=models.ContainerImageEditBodyResponseFormat.RAW,
    )
"""
# The one call each checker must refuse: a value the enum does not have.
REFUSED_CALL = """\
from friendli import SyncFriendli

with SyncFriendli(token="t") as friendli:
    friendli.container.image.generate(prompt="a cat", response_format="png")
"""


def sdk_roots() -> list[Path]:
    return [GENERATED, *sorted(TREES.glob("*/python"))]


def documented_blocks(root: Path) -> list[tuple[str, str]]:
    """(where, code) for each fenced Python block of an SDK's README and docs pages."""
    pages = [root / "README.md", *sorted((root / "docs").rglob("*.md"))]
    return [
        (f"{page.relative_to(root)} block {n + 1}", code)
        for page in pages
        for n, code in enumerate(BLOCK.findall(page.read_text(encoding="utf-8")))
    ]


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder of one file per block (and the two calls above); the file's name → where
    the block comes from."""
    folder = tmp_path_factory.mktemp("doc-blocks")
    origin: dict[str, str] = {}
    for root in sdk_roots():
        sdk = root.parent.name if root != GENERATED else "friendli"
        for where, code in documented_blocks(root):
            name = f"block_{len(origin):04d}.py"
            (folder / name).write_text(code, encoding="utf-8")
            origin[name] = f"{sdk}: {where}"
    (folder / "user_calls.py").write_text(USER_CALLS, encoding="utf-8")
    origin["user_calls.py"] = "user calls"
    (folder / "refused_call.py").write_text(REFUSED_CALL, encoding="utf-8")
    origin["refused_call.py"] = "refused call"
    return folder, origin


def by_file(lines: list[tuple[str, str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for file, message in lines:
        found.setdefault(Path(file).name, []).append(message)
    return found


def test_sdks_document_python_blocks() -> None:
    """The search finds blocks in every SDK (a changed fence would otherwise check nothing)."""
    for root in sdk_roots():
        assert len(documented_blocks(root)) >= 5, root


def test_documented_blocks_pass_mypy_strict(programs: tuple[Path, dict[str, str]]) -> None:
    folder, origin = programs
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(r / "src") for r in sdk_roots())}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary"]
        + ["--cache-dir", str(folder / ".mypy_cache"), "."],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
    )
    lines = [
        (line.split(":", 1)[0], line)
        for line in result.stdout.splitlines()
        if ": error:" in line or ": note:" in line
    ]
    errors = by_file(lines)
    assert "refused_call.py" in errors, "mypy did not see the SDK's types:\n" + result.stdout
    refused = errors.pop("refused_call.py")
    assert any('"response_format"' in line for line in refused), refused
    assert not errors, "\n".join(f"{origin[f]}:\n  " + "\n  ".join(m) for f, m in errors.items())


def test_documented_blocks_pass_pyright_strict(programs: tuple[Path, dict[str, str]]) -> None:
    folder, origin = programs
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.9",
        "extraPaths": [str(r / "src") for r in sdk_roots()],
        "include": ["."],
    }
    (folder / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        ["node", str(PYRIGHT), "-p", "pyrightconfig.json", "--outputjson"]
        + ["--pythonpath", sys.executable],
        cwd=folder,
        capture_output=True,
        text=True,
    )
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == len(origin), report["summary"]
    lines = [(d["file"], d["message"]) for d in report["generalDiagnostics"]]
    errors = by_file(lines)
    assert "refused_call.py" in errors, "pyright did not see the SDK's types"
    refused = errors.pop("refused_call.py")
    assert any('"response_format"' in message for message in refused), refused
    assert not errors, "\n".join(f"{origin[f]}:\n  " + "\n  ".join(m) for f, m in errors.items())
