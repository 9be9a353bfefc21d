"""Shared paths and fixtures. The generated SDK is imported from ``generated/python/src``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "friendli-container.yaml"
CONFIG = ROOT / "spec" / "friendli-container.config.yaml"
GENERATED = ROOT / "generated" / "python"
REFERENCE = ROOT.parent / "shared" / "reference" / "container-image.md"
FIXTURES = ROOT / "tests" / "fixtures"

if str(GENERATED / "src") not in sys.path:
    sys.path.insert(0, str(GENERATED / "src"))
