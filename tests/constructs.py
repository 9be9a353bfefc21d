"""Generate an SDK from a construct fixture, import it, and run a mock server on the same spec.

Each ``tests/test_constructs_*.py`` module takes one fixture under ``tests/fixtures/constructs``
end to end: the generator's output is imported as a package of its own (named after the
fixture's title) and called over real sockets against ``python -m mockserver``.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from generator.pipeline import generate_to

from .conftest import FIXTURES
from .servers import MockServer

CONSTRUCTS = FIXTURES / "constructs"


@dataclass
class Construct:
    package: Any  # the generated package, imported
    mock: MockServer
    out: Path

    def last(self) -> dict[str, Any]:
        """The last request the mock server received."""
        return self.mock.requests()[-1]


def construct(name: str | Path, package: str, out: Path) -> Iterator[Construct]:
    """Generate ``constructs/NAME.yaml`` (or the spec at a path) into OUT, import PACKAGE
    from it, and serve the spec."""
    spec = name if isinstance(name, Path) else CONSTRUCTS / f"{name}.yaml"
    generate_to(spec, out)
    sys.path.insert(0, str(out / "src"))
    mock = MockServer(spec)
    try:
        yield Construct(importlib.import_module(package), mock, out)
    finally:
        mock.stop()
        sys.path.remove(str(out / "src"))
        for module in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[module]


def run_doc_snippets(built: Construct, env_prefix: str) -> list[str]:
    """Run every Python block of the generated docs in a fresh interpreter, pointed at the
    mock server through the SDK's server-URL variable (an example that names the spec's
    server is pointed there too); returns their outputs."""
    import os
    import re
    import subprocess

    outputs = []
    pages = sorted((built.out / "docs").rglob("*.md")) + [built.out / "README.md"]
    for page in pages:
        for block in re.findall(r"```python\n(.*?)```", page.read_text(), flags=re.DOTALL):
            default = built.package.sdk.DEFAULT_SERVER_URL
            code = block.replace(repr(default).replace("'", '"'), repr(built.mock.url))
            env = {
                **os.environ,
                "PYTHONPATH": str(built.out / "src"),
                f"{env_prefix}_SERVER_URL": built.mock.url,
                f"{env_prefix}_TOKEN": "t0ken",
            }
            result = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
            )
            assert result.returncode == 0, f"{page}:\n{code}\n{result.stderr}"
            outputs.append(result.stdout)
    return outputs
