"""The whole pipeline, stage by stage: load, parse, plan, render, format, then write or check.

Each stage lives in its own module; this one only strings them together so that the CLI,
the tests and the benchmarks run exactly the same steps.
"""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator

import jinja2

from . import format as formatting
from . import incremental, record, tracking
from . import render as rendering
from . import release as releases
from .changes import Report, compare
from .config import Config, load_config
from .errors import Diagnostics, InternalError, InvalidOutput, SpecError, UsageError
from .ir import Api
from .load import load
from .parse import build_api
from .release import Release
from .surface import surface
from .targets import OutputFile, get_target
from .write import LOCK_FILE, TreeWriter, changes

# The stages follow references depth first (a component holding the next, as a chain of
# schemas does, costs about ten calls a link): Python's default of 1,000 calls ended a
# legal spec at about 150 links, as an internal error. This allows some 10,000 links;
# since 3.11 Python calls nest on the heap, not on the C stack, so the depth is safe.
RECURSION_LIMIT = 100_000


@contextlib.contextmanager
def _deep_references(spec: Path) -> Iterator[None]:
    """Room for a spec whose schemas refer to each other in long chains. Past that room the
    cause cannot be told apart: a chain longer than any real spec's, or a bug of ours that
    never ends (a placeholder for a node that requires a node did); an internal error that
    names both, not a crash."""
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, RECURSION_LIMIT))
    try:
        yield
    except RecursionError:
        raise InternalError(
            f"internal error: generating from {spec} nested deeper than the generator "
            f"follows: its schemas hold each other in a chain over {RECURSION_LIMIT // 10:,} "
            "links long, or this is a bug of ours (rerun with --debug and report it)"
        ) from None
    finally:
        sys.setrecursionlimit(previous)


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
    # Made from the last generation (only descriptions changed): the files it rewrote.
    # None: every file was made (:mod:`generator.incremental`).
    rewritten: tuple[str, ...] | None = None


@dataclass
class _Planned:
    """A generation up to its files' text: every stage that may refuse the spec has run."""

    api: Api
    config: Config
    diagnostics: Diagnostics
    release: Release
    files: list[OutputFile]  # to render and format
    environment: jinja2.Environment
    made: dict[str, str]  # the changelog and the lock, already made
    symbols: Any  # the names the target planned with (None: a target that keeps none)

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
    recorder: incremental.Recorder | None = None,
) -> _Planned:
    target_impl = get_target(target)
    loaded = load(spec)
    if recorder is not None:
        recorder.loaded(spec, loaded.raw)
    diagnostics = Diagnostics()
    config = load_config(config_path, loaded.model.info.title, loaded.model.info.version)
    api = build_api(loaded, diagnostics, dict(config.pagination))
    del loaded  # the document and its model: the IR holds what the stages after need
    make_symbols = getattr(target_impl, "symbols", None)
    names = make_symbols(api, config, diagnostics) if make_symbols is not None else None
    public = surface(api, config, target, names)
    lock = releases.read_lock(previous) if previous is not None else None
    release = releases.plan_release(
        lock, public, config.package_version if config.version_pinned else None, api.version
    )
    # The surfaces (tens of megabytes each on a large API) go before the planner comes.
    del lock
    public_text = releases.surface_text(public)
    del public
    config = replace(config, package_version=release.version)
    if recorder is not None:
        recorder.planning(config)
    if names is not None:
        planned = target_impl.plan(api, config, diagnostics, names)  # type: ignore[call-arg]
    else:
        planned = target_impl.plan(api, config, diagnostics)
    symbols = getattr(planned, "symbols", None)
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
    names = [*made, *(f.path for f in planned if f.path not in made)]
    made[LOCK_FILE] = releases.lock_text(spec, api.title, api.version, release, public_text, names)
    del public_text
    planned = [f for f in planned if f.path not in made]
    return _Planned(api, config, diagnostics, release, planned, environment, made, symbols)


@contextlib.contextmanager
def _formatting(target: str) -> Iterator[formatting.Formatting]:
    """The format stage of one generation, begun before the spec is read (a formatter's
    helper process starts while this one is small) and closed on the way out: its answer
    when the body completed (which may still raise), stopped when it failed."""
    stage = formatting.Formatting(get_target(target).formatters)
    try:
        yield stage
    except BaseException:
        stage.close(completed=False)
        raise
    stage.close()


@contextlib.contextmanager
def _blaming(planned: _Planned) -> Iterator[None]:
    """A generated file its check refused is the team's to fix when their templates overlay
    wrote it."""
    try:
        yield
    except InvalidOutput as exc:
        output = next((f for f in planned.files if f.path == exc.path), None)
        template = rendering.from_overlay(planned.environment, output) if output else None
        if template is None:
            raise
        raise UsageError(
            f"{exc.path}, written by the templates overlay's {template}, is {exc.problem}"
        ) from None


def _texts(planned: _Planned, stage: formatting.Formatting) -> Iterator[tuple[str, str]]:
    """Every file's final text, one at a time: the ones already made, then each planned file
    rendered and formatted."""
    yield from planned.made.items()
    for output, text in rendering.render_each(planned.files, planned.environment):
        yield output.path, stage(output.path, output.kind, text)


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
    with _deep_references(spec), _formatting(target) as stage:
        planned = _plan(spec, target, config_path, strict, previous, templates)
        with _blaming(planned):
            files = dict(sorted(_texts(planned, stage)))
            stage.close()
    return Generated(planned.api, planned.config, files, planned.diagnostics, planned.release)


def generate_to(
    spec: Path,
    out: Path,
    target: str = "python",
    config_path: Path | None = None,
    strict: bool = False,
    force: bool = False,
    templates: Path | None = None,
    recorder: incremental.Recorder | None = None,
) -> Written:
    """Generate into ``out``, each file written as it is made (:class:`TreeWriter`: ``out``
    changes only when the last is written, all at once). A ``recorder`` keeps what a
    regeneration needs to start from this one (:mod:`generator.incremental`)."""
    with _deep_references(spec), _formatting(target) as stage:
        planned = _plan(spec, target, config_path, strict, out, templates, recorder)
        paths = planned.paths
        with TreeWriter(out, paths, force) as tree, _blaming(planned):
            for path, text in _texts(planned, stage):
                tree.write(path, text)
            stage.close()  # every file checked before the swap
            tree.commit()
        if recorder is not None and planned.symbols is not None:
            recorder.write_state(
                target, planned.api, planned.config, planned.symbols, planned.files
            )
    return Written(planned.api, planned.config, paths, planned.diagnostics, planned.release)


def unchanged(
    spec: Path,
    out: Path,
    target: str = "python",
    config_path: Path | None = None,
    templates: Path | None = None,
) -> record.Unchanged | None:
    """The last generation into ``out``, when it read the same inputs and every file it
    wrote is as it left it (:mod:`generator.record`): a full run would change nothing."""
    recorded = _record_key(spec, target, config_path, templates)
    if recorded is None:
        return None
    cache, _, inputs = recorded
    return record.unchanged(cache, out, target, inputs, spec)


def _record_key(
    spec: Path, target: str, config_path: Path | None, templates: Path | None
) -> tuple[Path, str, str] | None:
    """The cache that keeps records, and the digests of this run's inputs without the spec's
    bytes and with them (:func:`generator.record.digests`); None when there is no cache, or
    the inputs cannot be read (the run then says why)."""
    cache = formatting.default_cache_dir()
    both = record.digests(spec, target, config_path, templates) if cache else None
    return (cache, *both) if cache is not None and both is not None else None


def regenerate(
    spec: Path,
    out: Path,
    target: str = "python",
    config_path: Path | None = None,
    strict: bool = False,
    force: bool = False,
    templates: Path | None = None,
    full: bool = False,
) -> Written | record.Unchanged:
    """:func:`generate_to`, unless nothing changed since the last generation into ``out``
    (and not ``full``): then that generation stands, its warnings with it; or only some
    descriptions changed: then only the files that read them are made again
    (:mod:`generator.incremental`). A full run is recorded for the next."""
    recorded = _record_key(spec, target, config_path, templates)
    if recorded is None:
        return generate_to(spec, out, target, config_path, strict, force, templates)
    cache, context, inputs = recorded
    last = record.last(cache, out, target) if not full else None
    if last is not None:
        kept = record.as_unchanged(last, out, inputs, spec)
        if kept is not None:
            if strict and kept.warnings:
                raise SpecError(kept.warnings[0])
            return kept
        made = incremental.regenerate(
            spec, out, target, cache, context, inputs, strict, last, templates
        )
        if made is not None:
            return Written(
                made.api, made.config, made.paths, made.diagnostics, made.release, made.rewritten
            )
    recorder = incremental.Recorder(cache, out, target)
    try:
        with tracking.recording():
            written = generate_to(
                spec, out, target, config_path, strict, force, templates, recorder
            )
    except BaseException:
        recorder.discard()
        raise
    # Read again: an input edited while this run read it must not be recorded as read.
    extra = None
    if record.inputs_digest(spec, target, config_path, templates) == inputs:
        extra = incremental.keep(cache, out, target, spec, context, recorder)
        record.save(
            cache,
            out,
            target,
            inputs,
            written.paths,
            written.diagnostics.warnings,
            written.release.version,
            written.api.version,
            extra,
        )
    recorder.discard()  # (what keep did not take)
    return written


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
        with _deep_references(spec):
            loaded = load(spec)
            config = load_config(config_path, loaded.model.info.title, loaded.model.info.version)
            api = build_api(loaded, Diagnostics(), dict(config.pagination))
            surfaces.append(surface(api, config, target))
    return compare(surfaces[0], surfaces[1])
