"""The whole pipeline, stage by stage: load, parse, plan, render, format, then write or check.

Each stage lives in its own module; this one only strings them together so that the CLI,
the tests and the benchmarks run exactly the same steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import format as formatting
from . import render as rendering
from .config import Config, load_config
from .errors import Diagnostics, SpecError
from .ir import Api
from .load import load
from .parse import build_api
from .targets import get_target
from .write import changes, write_tree


@dataclass(frozen=True)
class Generated:
    api: Api
    config: Config
    files: dict[str, str]  # relative path -> text, sorted by path
    diagnostics: Diagnostics


def generate(
    spec: Path, target: str = "python", config_path: Path | None = None, strict: bool = False
) -> Generated:
    """Run every stage but writing; raises GeneratorError subclasses on bad input, and on any
    warning when ``strict``."""
    target_impl = get_target(target)
    loaded = load(spec)
    diagnostics = Diagnostics()
    api = build_api(loaded, diagnostics)
    config = load_config(config_path, api.title, api.version)
    planned = target_impl.plan(api, config, diagnostics)
    if strict and diagnostics.warnings:
        raise SpecError(diagnostics.warnings[0])
    rendered = rendering.render(planned, rendering.environment(target))
    python_paths = {f.path for f in planned if f.kind == "python"}
    typescript_paths = frozenset(f.path for f in planned if f.kind == "typescript")
    formatted = formatting.format_files(rendered, python_paths, typescript_paths=typescript_paths)
    return Generated(api, config, dict(sorted(formatted.items())), diagnostics)


def generate_to(
    spec: Path,
    out: Path,
    target: str = "python",
    config_path: Path | None = None,
    strict: bool = False,
) -> Generated:
    generated = generate(spec, target, config_path, strict)
    write_tree(out, generated.files)
    return generated


def stale_files(
    spec: Path, out: Path, target: str = "python", config_path: Path | None = None
) -> list[str]:
    """The files of ``out`` that a regeneration would change (empty when up to date)."""
    return changes(out, generate(spec, target, config_path).files)
