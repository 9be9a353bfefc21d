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


def construct(name: str, package: str, out: Path) -> Iterator[Construct]:
    """Generate ``constructs/NAME.yaml`` into OUT, import PACKAGE from it, serve the spec."""
    spec = CONSTRUCTS / f"{name}.yaml"
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
