"""Shared paths and fixtures.

The tests of the SDKs' behaviour (runtime, wire, docs pages) run on a frozen copy of the
Friendli spec (``tests/fixtures/reference/``: the spec that produced the published page),
generated at session start: a routine change of ``spec/`` does not break them. The
committed output (``generated/``) is checked against the live spec as ``make check`` does."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
LIVE_SPEC = ROOT / "spec" / "friendli-container.yaml"
LIVE_CONFIG = ROOT / "spec" / "friendli-container.config.yaml"
COMMITTED = ROOT / "generated" / "python"
COMMITTED_TS = ROOT / "generated" / "typescript"
SPEC = FIXTURES / "reference" / "friendli-container.yaml"
CONFIG = FIXTURES / "reference" / "friendli-container.config.yaml"
# The published page, committed so that a clone alone can test against it; the shared copy
# beside the project (in CI and in developers' checkouts) is compared with it when present.
REFERENCE = FIXTURES / "reference" / "container-image.md"
SHARED_REFERENCE = ROOT.parent / "shared" / "reference" / "container-image.md"

# The tests format into a cache of their own (inherited by the generator processes they start),
# so they neither read nor fill the user's.
os.environ.setdefault("SDKGEN_CACHE_DIR", tempfile.mkdtemp(prefix="sdkgen-test-cache-"))


def _vehicle() -> Path:
    """The Friendli SDK from the frozen spec, generated once per session (and per xdist-less
    process); the tests import it and read its pages."""
    from generator.pipeline import generate_to

    out = Path(tempfile.mkdtemp(prefix="sdkgen-friendli-")) / "python"
    generate_to(SPEC, out, config_path=CONFIG)
    return out


GENERATED = _vehicle()

if str(GENERATED / "src") not in sys.path:
    sys.path.insert(0, str(GENERATED / "src"))


import subprocess  # noqa: E402

import pytest  # noqa: E402

GENERATOR = [sys.executable, "-m", "generator"]
FRIENDLI = ["generate", str(SPEC), "--config", str(CONFIG)]  # then --out DIR


def run_generator(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGS`` as a user runs it, from the project root."""
    return subprocess.run([*GENERATOR, *args], cwd=ROOT, capture_output=True, text=True, env=env)


@pytest.fixture(scope="session")
def mock_server():  # type: ignore[no-untyped-def]
    """One mock server process for the session, on the Friendli spec; reset per use."""
    from .servers import MockServer

    server = MockServer(SPEC)
    yield server
    server.stop()


@pytest.fixture
def mock(mock_server):  # type: ignore[no-untyped-def]
    mock_server.reset()
    return mock_server
