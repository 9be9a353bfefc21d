"""The whole pipeline, stage by stage: load, parse, plan, render, format, then write or check.

Each stage lives in its own module; this one only strings them together so that the CLI,
the tests and the benchmarks run exactly the same steps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from . import format as formatting
from . import render as rendering
from . import release as releases
from .changes import Report, compare
from .config import Config, load_config
from .errors import Diagnostics, SpecError
from .ir import Api
from .load import load
from .parse import build_api
from .release import Release
from .surface import surface
from .targets import get_target
from .write import LOCK_FILE, changes, write_tree


@dataclass(frozen=True)
class Generated:
    api: Api
    config: Config
    files: dict[str, str]  # relative path -> text, sorted by path
    diagnostics: Diagnostics
    release: Release


def generate(
    spec: Path,
    target: str = "python",
    config_path: Path | None = None,
    strict: bool = False,
    previous: Path | None = None,
    templates: Path | None = None,
) -> Generated:
    """Run every stage but writing; raises GeneratorError subclasses on bad input, and on any
    warning when ``strict``. ``previous`` is the output folder of the last generation: its
    lock and changelog make this one a release of the same SDK (:mod:`generator.release`)."""
    target_impl = get_target(target)
    loaded = load(spec)
    diagnostics = Diagnostics()
    config = load_config(config_path, loaded.model.info.title, loaded.model.info.version)
    api = build_api(loaded, diagnostics, dict(config.pagination))
    del loaded  # the document and its model: the IR holds what the stages after need
    public = surface(api, config, target)
    lock = releases.read_lock(previous) if previous is not None else None
    release = releases.plan_release(
        lock, public, config.package_version if config.version_pinned else None, api.version
    )
    config = replace(config, package_version=release.version)
    planned = target_impl.plan(api, config, diagnostics)
    if strict and diagnostics.warnings:
        raise SpecError(diagnostics.warnings[0])
    overlay = templates or config.templates
    rendered = rendering.render(planned, rendering.environment(target, overlay=overlay))
    kinds = {f.path: f.kind for f in planned}
    del planned  # with it the planner's names and types, no longer needed
    formatted = formatting.format_files(rendered, kinds, target_impl.formatters)
    changelog = previous / releases.CHANGELOG_FILE if previous is not None else None
    formatted[releases.CHANGELOG_FILE] = releases.changelog_text(
        changelog.read_text(encoding="utf-8") if changelog and changelog.is_file() else None,
        release,
        api.title,
        api.version,
    )
    formatted[LOCK_FILE] = releases.lock_text(
        spec, api.title, api.version, release, public, list(formatted)
    )
    return Generated(api, config, dict(sorted(formatted.items())), diagnostics, release)


def generate_to(
    spec: Path,
    out: Path,
    target: str = "python",
    config_path: Path | None = None,
    strict: bool = False,
    force: bool = False,
    templates: Path | None = None,
) -> Generated:
    generated = generate(spec, target, config_path, strict, previous=out, templates=templates)
    write_tree(out, generated.files, force=force)
    return generated


def check(
    spec: Path,
    out: Path,
    target: str = "python",
    config_path: Path | None = None,
    templates: Path | None = None,
) -> tuple[list[str], Generated]:
    """What a regeneration into ``out`` would change, and the generation it would be."""
    generated = generate(spec, target, config_path, previous=out, templates=templates)
    return changes(out, generated.files), generated


def diff_specs(
    old: Path, new: Path, config_path: Path | None = None, target: str = "python"
) -> Report:
    """The API-change report between two specs, in the terms of ``target``'s SDK."""
    get_target(target)
    surfaces = []
    for spec in (old, new):
        loaded = load(spec)
        config = load_config(config_path, loaded.model.info.title, loaded.model.info.version)
        api = build_api(loaded, Diagnostics(), dict(config.pagination))
        surfaces.append(surface(api, config, target))
    return compare(surfaces[0], surfaces[1])
