"""The whole pipeline, stage by stage: load, parse, plan, render, format, then write or check.

Each stage lives in its own module; this one only strings them together so that the CLI,
the tests and the benchmarks run exactly the same steps.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

import jinja2

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
from .targets import OutputFile, get_target
from .write import LOCK_FILE, TreeWriter, changes


@dataclass(frozen=True)
class Generated:
    api: Api
    config: Config
    files: dict[str, str]  # relative path -> text, sorted by path
    diagnostics: Diagnostics
    release: Release


@dataclass(frozen=True)
class Written:
    """A generation written as it was made: its files' paths (their text went to the disk)."""

    api: Api
    config: Config
    paths: tuple[str, ...]  # sorted
    diagnostics: Diagnostics
    release: Release


@dataclass
class _Planned:
    """A generation up to its files' text: every stage that may refuse the spec has run."""

    api: Api
    config: Config
    diagnostics: Diagnostics
    release: Release
    files: list[OutputFile]  # to render and format
    environment: jinja2.Environment
    formatters: tuple[formatting.Formatter, ...]
    made: dict[str, str]  # the changelog and the lock, already made

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted({*self.made, *(f.path for f in self.files)}))


def _plan(
    spec: Path,
    target: str,
    config_path: Path | None,
    strict: bool,
    previous: Path | None,
    templates: Path | None,
) -> _Planned:
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
    environment = rendering.environment(target, overlay=templates or config.templates)
    changelog = previous / releases.CHANGELOG_FILE if previous is not None else None
    made = {
        releases.CHANGELOG_FILE: releases.changelog_text(
            changelog.read_text(encoding="utf-8") if changelog and changelog.is_file() else None,
            release,
            api.title,
            api.version,
        )
    }
    # The lock needs only the file list and the surface: made now, the surface let go.
    names = [*made, *(f.path for f in planned if f.path not in made)]
    made[LOCK_FILE] = releases.lock_text(spec, api.title, api.version, release, public, names)
    planned = [f for f in planned if f.path not in made]
    return _Planned(
        api, config, diagnostics, release, planned, environment, target_impl.formatters, made
    )


def _texts(planned: _Planned, cache_dir: Path | None = None) -> Iterator[tuple[str, str]]:
    """Every file's final text, one at a time: the ones already made, then each planned file
    rendered and formatted."""
    yield from planned.made.items()
    formatter = formatting.Formatting(planned.formatters, cache_dir)
    try:
        for output, text in rendering.render_each(planned.files, planned.environment):
            yield output.path, formatter(output.path, output.kind, text)
    except BaseException:
        formatter.close(completed=False)
        raise
    formatter.close()


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
    planned = _plan(spec, target, config_path, strict, previous, templates)
    files = dict(sorted(_texts(planned)))
    return Generated(planned.api, planned.config, files, planned.diagnostics, planned.release)


def generate_to(
    spec: Path,
    out: Path,
    target: str = "python",
    config_path: Path | None = None,
    strict: bool = False,
    force: bool = False,
    templates: Path | None = None,
) -> Written:
    """Generate into ``out``, each file written as it is made (:class:`TreeWriter`: ``out``
    changes only when the last is written, all at once)."""
    planned = _plan(spec, target, config_path, strict, out, templates)
    with TreeWriter(out, planned.paths, force) as tree:
        for path, text in _texts(planned):
            tree.write(path, text)
        tree.commit()
    return Written(planned.api, planned.config, planned.paths, planned.diagnostics, planned.release)


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
