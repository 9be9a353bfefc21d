"""Regeneration after only descriptions changed: the files that read a changed text, and
nothing else, are made again.

A full generation that is recorded (:func:`generator.pipeline.regenerate` with a cache)
keeps beside its record: the spec it read (its bytes, and where each text is in them when
it is JSON), its planned files pickled with the IR and the names they were made with, and
which IR fields hold each description or summary of the spec (the very string the
document held: :class:`Recorder`). While it ran, :mod:`generator.tracking` noted which
file, and which entry of the public surface, read each of those texts, and which files
print the package version.

The next regeneration into the same folder, with the same generator, config, templates and
target, compares its spec with the kept one. When the only differences are texts of
``description`` and ``summary`` keys that the IR holds (each a non-blank string before and
after, so that no "this text, else that one" choice in the parser turns), and no such text
was read outside one file (a parser comparing two schemas reads their descriptions, and
so decides something with them), the kept state is loaded, the texts put in, and only
the files and surface entries that read a changed text are made again; the lock gets the
new spec digest and those entries, the changelog the report's entry, and the files that
print the version the version that entry gives, as a full run would.
Anything else, or anything that cannot be read, and the generation runs in full: this
path only ever declines. ``tests/test_incremental.py`` holds it to the full run's output
byte for byte.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import hashlib
import json
import marshal
import os
import pickle
import re
import stat
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator

from . import format as formatting
from . import record, tracking
from . import release as releases
from . import render as rendering
from .changes import bump_version, compare
from .config import Config
from .errors import Diagnostics, InvalidOutput, Problem, SpecError, escape_pointer_token
from .ir import Api
from .jsontext import dumps as json_text
from .load import line_of, read_document
from .release import Lock, Release
from .surface import SURFACE_READER, Names, entries
from .targets import OutputFile, get_target
from .write import LOCK_FILE

STATE_FORMAT = 1
TEXT_KEYS = frozenset({"description", "summary"})
# More changed texts than this is a rewrite of the spec's docs: a full run is as quick.
MOST_TEXTS = 500
_MARSHAL_VERSION = 2  # no back-references: equal values give equal bytes


def text_leaves(document: Any) -> tuple[dict[int, tuple[str, list[str]]], list[str]]:
    """Every description and summary string of ``document``: by identity, the string and
    the pointers that hold it (YAML's aliases give one string several); and the pointers
    in the document's order (the text's, for a JSON spec)."""
    found: dict[int, tuple[str, list[str]]] = {}
    ordered: list[str] = []
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        node, pointer = stack.pop()
        if type(node) is dict:
            later: list[tuple[Any, str]] = []
            for key, value in node.items():
                token = key if "~" not in key and "/" not in key else escape_pointer_token(key)
                if type(value) is dict or type(value) is list:
                    later.append((value, f"{pointer}/{token}"))
                elif type(value) is str and key in TEXT_KEYS:
                    later.append((value, f"{pointer}/{token}"))
            stack.extend(reversed(later))
        elif type(node) is list:
            stack.extend(
                (value, f"{pointer}/{index}")
                for index, value in reversed(list(enumerate(node)))
                if type(value) is dict or type(value) is list
            )
        else:
            ordered.append(pointer)
            found.setdefault(id(node), (node, []))[1].append(pointer)
    return found, ordered


# A description or summary key with a string value, in JSON text. A string cannot hold an
# unescaped quote, so a match starts a key unless its quote is escaped (checked apart).
_TEXT_KEY = re.compile(rb'"(?:description|summary)"[ \t\r\n]*:[ \t\r\n]*"')
_STRING_REST = re.compile(rb'(?:[^"\\]|\\.)*"', re.DOTALL)


@dataclass(frozen=True)
class _Offsets:
    """Where each description and summary string of a JSON spec starts in its bytes (just
    after the opening quote), in the order of the text, with its pointer."""

    starts: list[int]
    pointers: list[str]


def _offsets(text: bytes, pointers: list[str]) -> _Offsets | None:
    """The kept spec's text offsets (``pointers``: its texts in the document's order), or
    None when the text and the document disagree on how many texts there are (a key
    written twice in one object: the document keeps one)."""
    starts = []
    for match in _TEXT_KEY.finditer(text):
        quote = match.start()
        backslashes = len(text[max(0, quote - 16) : quote]) - len(
            text[max(0, quote - 16) : quote].rstrip(b"\\")
        )
        if backslashes % 2 == 0:
            starts.append(match.end())
    return _Offsets(starts, pointers) if len(starts) == len(pointers) else None


def _one_text_change(old: bytes, new: bytes, offsets: _Offsets) -> dict[str, str] | None:
    """The one text that differs, when the two specs' bytes differ only inside one
    description or summary string; None otherwise (a full comparison decides)."""
    head = _common_prefix(old, new)
    if head == len(old) == len(new):
        return {}
    tail = _common_prefix(old[::-1], new[::-1])
    index = bisect.bisect_right(offsets.starts, head) - 1
    if index < 0:
        return None
    start = offsets.starts[index]
    ends = []
    for text in (old, new):
        rest = _STRING_REST.match(text, start)
        if rest is None:
            return None
        ends.append(rest.end())  # just after the closing quote
    # The change lies inside the string in both texts, and everything after it is equal.
    if len(old) - ends[0] > tail or len(new) - ends[1] > tail:
        return None
    if len(old) - ends[0] != len(new) - ends[1]:
        return None
    try:
        before = json.loads(old[start - 1 : ends[0]])
        after = json.loads(new[start - 1 : ends[1]])
    except ValueError:
        return None
    if before == after:
        return {}
    if not isinstance(after, str) or not before.strip() or not after.strip():
        raise _Declined
    return {offsets.pointers[index]: after}


def _common_prefix(a: bytes, b: bytes) -> int:
    """How many leading bytes ``a`` and ``b`` share (compared a block at a time in C)."""
    size = min(len(a), len(b))
    low, block = 0, 1 << 16
    while low < size and a[low : low + block] == b[low : low + block]:
        low += block
    high = min(low + block, size)
    while low < high:  # a[:low] == b[:low]; the first difference is below high
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


class _Declined(Exception):
    """The change is not one this path makes; the generation runs in full."""


def text_changes(old: Any, new: Any) -> dict[str, str]:
    """The description and summary texts that differ between two documents, by pointer,
    or :class:`_Declined` when anything else differs (a key, a value, an order)."""
    changed: dict[str, str] = {}
    stack: list[tuple[Any, Any, str]] = [(old, new, "")]
    while stack:
        a, b, pointer = stack.pop()
        if type(a) is not type(b):
            raise _Declined
        if type(a) is dict:
            if list(a) != list(b):
                raise _Declined
            pairs: Iterator[tuple[Any, Any, Any]] = ((k, a[k], b[k]) for k in a)
        elif type(a) is list:
            if len(a) != len(b):
                raise _Declined
            pairs = ((i, x, y) for i, (x, y) in enumerate(zip(a, b)))
        else:
            raise _Declined
        for key, x, y in pairs:
            if type(x) is str and type(y) is str and key in TEXT_KEYS and type(a) is dict:
                if x != y:
                    if not x.strip() or not y.strip():
                        raise _Declined  # a text that appears or goes: a choice may turn
                    token = escape_pointer_token(key)
                    changed[f"{pointer}/{token}"] = y
                    if len(changed) > MOST_TEXTS:
                        raise _Declined
                continue
            if type(x) is dict or type(x) is list:
                if _bytes(x) != _bytes(y):
                    token = escape_pointer_token(str(key))
                    stack.append((x, y, f"{pointer}/{token}"))
            elif type(x) is not type(y) or x != y:
                raise _Declined
    return changed


def _bytes(value: Any) -> bytes:
    """A value's bytes, order included (``==`` on dicts is blind to key order, which the
    output is not)."""
    try:
        return marshal.dumps(value, _MARSHAL_VERSION)
    except ValueError:  # not plain data
        raise _Declined from None


@dataclass
class _State:
    """What a recorded full generation keeps for the next one (pickled)."""

    format: int
    target: str
    api: Api
    config: Config  # the planner's: its package version is the one the files carry
    symbols: Any  # the target's names (generator.targets.parts.SymbolsBase)
    files: list[OutputFile]  # every planned file but the lock and the changelog
    version_readers: frozenset[str]  # who read the package version


# Each text of the spec the IR holds: the pointers that held the string, the fields
# (object, name) that hold it now, and who read it (generator/tracking.py). Pickled after
# the state, in the same stream.
_Texts = list[tuple[tuple[str, ...], list[tuple[Any, str]], frozenset[str]]]


class Recorder:
    """The part of a full generation that keeps what the next one needs: the pipeline calls
    :meth:`loaded` with the spec before it lets the document go, and :meth:`write_state`
    once every file is written; :func:`keep` then puts both beside the run's record."""

    def __init__(self, cache: Path, out: Path, target: str) -> None:
        self._leaves: dict[int, tuple[str, list[str]]] = {}
        self.offsets: _Offsets | None = None  # a JSON spec's texts in its bytes
        self._place = record.companion(cache, out, target, ".state")
        self.state_file: Path | None = None  # the state, once written (a temporary file)

    def loaded(self, spec: Path, document: Any) -> None:
        # (The leaves keep each text alive, as tracking.watch asks.)
        self._leaves, ordered = text_leaves(document)
        tracking.watch(self._leaves.keys())
        if _suffix(spec) == ".json":  # (what the loader dropped shows as a count apart)
            with contextlib.suppress(OSError):
                self.offsets = _offsets(spec.read_bytes(), ordered)

    def planning(self, config: Config) -> None:
        """The config the files are planned with: reads of its package version are noted
        too (a release that bumps it makes only the files that print it again)."""
        version = tracking.value(config, "package_version")
        self._leaves.setdefault(id(version), (version, []))  # (no pointer: not the spec's)
        tracking.watch(self._leaves.keys())

    def write_state(
        self, target: str, api: Api, config: Config, symbols: Any, files: list[OutputFile]
    ) -> None:
        """Pickle the :class:`_State` and its texts to a temporary file. Nothing when it
        cannot be (a target's planner holding a function made on the fly: its SDKs then
        regenerate in full, as they do without a cache)."""
        grouped: dict[int, list[tuple[Any, str]]] = {}
        leaves = self._leaves
        for obj, name in tracking.holders():
            text = tracking.value(obj, name)
            held = leaves.get(id(text))
            if held is not None and held[0] is text and held[1]:  # (the version has none)
                grouped.setdefault(id(text), []).append((obj, name))
        texts: _Texts = [
            (tuple(leaves[key][1]), holders, tracking.readers_of(leaves[key][0]))
            for key, holders in grouped.items()
        ]
        version = tracking.readers_of(tracking.value(config, "package_version"))
        state = _State(STATE_FORMAT, target, api, config, symbols, files, version)
        try:
            self._place.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self._place.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as stream:
                pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dump(state)
                pickler.dump(texts)
            self.state_file = Path(temporary)
        except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
            with contextlib.suppress(OSError):
                os.unlink(temporary)

    def discard(self) -> None:
        if self.state_file is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.state_file)
            self.state_file = None


def keep(
    cache: Path, out: Path, target: str, spec: Path, context: str, recorder: Recorder
) -> dict[str, Any] | None:
    """Put a full generation's state and spec beside its record (``context``: the first of
    its :func:`generator.record.digests`); the record's extra section, or None when they
    could not be kept."""
    if recorder.state_file is None:
        return None
    offsets = recorder.offsets
    try:
        spec_copy = record.companion(cache, out, target, ".spec" + _suffix(spec))
        record.write_atomically(spec_copy, spec.read_bytes())
        record.write_atomically(
            record.companion(cache, out, target, ".offsets"),
            marshal.dumps((offsets.starts, offsets.pointers) if offsets is not None else None),
        )
        os.replace(recorder.state_file, record.companion(cache, out, target, ".state"))
        recorder.state_file = None
    except OSError:
        recorder.discard()
        return None
    return {"state": STATE_FORMAT, "context": context, "patched": {}}


def _suffix(spec: Path) -> str:
    return ".json" if spec.suffix.lower() == ".json" else ".yaml"


@dataclass(frozen=True)
class Regenerated:
    """A regeneration made from the last one: what it wrote and what to record."""

    api: Api
    config: Config
    paths: tuple[str, ...]
    diagnostics: Diagnostics
    release: Release
    rewritten: tuple[str, ...]


def regenerate(
    spec: Path,
    out: Path,
    target: str,
    cache: Path,
    context: str,
    inputs: str,
    strict: bool,
    last: dict[str, Any],
    templates: Path | None = None,
) -> Regenerated | None:
    """Regenerate ``out`` from its last recorded generation (``last``, its files as it left
    them: :func:`generator.record.last`) when only texts changed (the module doc); None when
    this path declines, and nothing was written. ``templates``: the overlay the command
    names (the config's otherwise), whose files the ``context`` digest covers."""
    extra = last.get("extra")
    if not isinstance(extra, dict) or extra.get("state") != STATE_FORMAT:
        return None
    if extra.get("context") != context:
        return None
    # The formatters' helpers start while the state loads (a syntax check's interpreter).
    stage = formatting.Formatting(get_target(target).formatters)
    try:
        base = record.companion(cache, out, target, ".spec" + _suffix(spec))
        spec_bytes = spec.read_bytes()
        changes = _spec_changes(base, spec, spec_bytes, _kept_offsets(cache, out, target))
        with _no_collection():
            with open(record.companion(cache, out, target, ".state"), "rb") as stream:
                unpickler = pickle.Unpickler(stream)
                state = unpickler.load()
                if not isinstance(state, _State) or state.format != STATE_FORMAT:
                    raise _Declined
                texts: _Texts = unpickler.load()
        if state.target != target:
            raise _Declined
        made = _patch(texts, changes, dict(extra.get("patched") or {}))
        regenerated = _make(
            spec, spec_bytes, out, target, last, state, made, strict, stage, templates
        )
    except (
        _Declined,
        SpecError,
        InvalidOutput,
        OSError,
        pickle.UnpicklingError,
        EOFError,
        ValueError,
        TypeError,  # (a kept file another version of this module wrote)
    ):
        stage.close(completed=False)
        return None
    except BaseException:
        stage.close(completed=False)
        raise
    files = record.restated(last, out, regenerated.rewritten)
    if files is not None:
        record.save(
            cache,
            out,
            target,
            inputs,
            files,
            regenerated.diagnostics.warnings,
            regenerated.release.version,
            regenerated.api.version,
            {**extra, "patched": changes},
        )
    return regenerated


def _kept_offsets(cache: Path, out: Path, target: str) -> _Offsets | None:
    """The kept spec's text offsets (:class:`Recorder`), if it is JSON."""
    kept = marshal.loads(record.companion(cache, out, target, ".offsets").read_bytes())
    return _Offsets(*kept) if kept is not None else None


def _spec_changes(
    base: Path, spec: Path, spec_bytes: bytes, offsets: _Offsets | None
) -> dict[str, str]:
    """The texts that differ between the kept spec and this one (:func:`text_changes`),
    from their bytes when one text changed in a JSON spec, else from both documents."""
    old, new = base.read_bytes(), spec_bytes
    if offsets is not None and _suffix(spec) == ".json":
        found = _one_text_change(old, new, offsets)
        if found is not None:
            return found
    return text_changes(read_document(base), read_document(spec))


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """Unpickling a large IR makes a million objects and no garbage: collecting while it
    does, or after it (they are then moved out of the collector's sight), only rescans
    them (GitHub's: 0.7 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _patch(texts: _Texts, changes: dict[str, str], patched: dict[str, str]) -> set[str]:
    """Put this spec's texts into the kept IR (which holds the kept spec's); the readers
    of every text that differs from the last generation's (``patched``: its texts that
    differed from the kept spec's). :class:`_Declined` when such a text was read outside
    any one file, or a changed text is not one the IR holds."""
    found: set[str] = set()
    held: set[str] = set()
    for pointers, holders, readers in texts:
        held.update(pointers)
        given = {changes[p] for p in pointers if p in changes}
        if len(given) > 1 or given and any(p not in changes for p in pointers):
            raise _Declined  # one string in several places (YAML aliases), not all alike now
        kept = tracking.value(*holders[0])
        text = given.pop() if given else kept
        if text != patched.get(pointers[0], kept):
            if tracking.GLOBAL in readers:
                raise _Declined
            found |= readers
        if text is not kept:
            for obj, name in holders:
                tracking.patch(obj, name, text)
    if any(p not in held for p in changes):
        raise _Declined  # a text no field holds (an example's): what it reaches is unknown
    return found


def _make(
    spec: Path,
    spec_bytes: bytes,
    out: Path,
    target: str,
    last: dict[str, Any],
    state: _State,
    readers: set[str],
    strict: bool,
    stage: formatting.Formatting,
    templates: Path | None,
) -> Regenerated:
    """Make the files ``readers`` name and the lock and changelog, then write what
    changed."""
    warnings = _warnings(last, spec)
    if strict and warnings:
        raise SpecError(warnings[0])
    lock_path, changelog_path = out / LOCK_FILE, out / releases.CHANGELOG_FILE
    lock = lock_path.read_bytes()  # (15 MB for GitHub: edited as bytes, not decoded)
    sections: dict[str, set[str]] = {"operations": set(), "models": set()}
    for reader in readers:
        if reader.startswith(SURFACE_READER):
            section, key = reader[len(SURFACE_READER) :].split(" ", 1)
            sections[section].add(key)
    spans = {
        (section, key): _entry_span(lock, section, key)
        for section, keys in sections.items()
        for key in keys
    }
    old_entries = {place: json.loads(lock[start:end]) for place, (start, end) in spans.items()}
    new_entries = entries(state.api, state.config, target, state.symbols, old_entries)
    naming = get_target(target).surface_names
    arguments = naming.argument_format if naming is not None else Names.argument_format
    report = compare(_mini(old_entries, arguments, "old"), _mini(new_entries, arguments, "new"))
    config = state.config
    previous_version, api_version = str(last["package_version"]), str(last["api_version"])
    version = (
        config.package_version
        if config.version_pinned
        else bump_version(previous_version, report.bump)
    )
    edits = [
        (start, end, json_text(new_entries[place], 3).encode())
        for place, (start, end) in spans.items()
    ]
    edits.append(_digest_edit(lock, "sha256:" + hashlib.sha256(spec_bytes).hexdigest()))
    if version != config.package_version:
        printed = state.version_readers
        if tracking.GLOBAL in printed:
            raise _Declined
        readers = readers | printed
        tracking.patch(config, "package_version", version)
        edits.append(_member_edit(lock, "package_version", version))
    release = Release(version, Lock(previous_version, api_version, None), report)
    # Python files first: their syntax check (in a helper process) runs while the rest is
    # made.
    chosen = sorted(
        (f for f in state.files if f.path in readers), key=lambda f: (f.kind != "python", f.path)
    )
    texts: dict[str, str | bytes] = {}
    environment = rendering.environment(target, overlay=templates or config.templates)
    for output, text in rendering.render_each(chosen, environment):
        texts[output.path] = stage(output.path, output.kind, text)
    texts[LOCK_FILE] = _edited(lock, edits)
    texts[releases.CHANGELOG_FILE] = releases.changelog_text(
        changelog_path.read_text(encoding="utf-8") if changelog_path.is_file() else None,
        release,
        state.api.title,
        state.api.version,
    )
    stage.close()  # every file checked before any is written
    rewritten = _write(out, texts)
    paths = tuple(sorted(last["files"]))
    diagnostics = Diagnostics()
    diagnostics.warnings.extend(warnings)
    return Regenerated(state.api, config, paths, diagnostics, release, rewritten)


def _warnings(last: dict[str, Any], spec: Path) -> tuple[Problem, ...]:
    """The last generation's warnings: a text that changed changes none of them, but in a
    YAML spec it may move them to other lines."""
    kept = record.recorded_warnings(last, spec)
    if _suffix(spec) == ".json":  # a JSON string holds no line break: no line moved
        return kept
    return tuple(replace(w, line=line_of(spec, w.pointer) if w.line else None) for w in kept)


def _mini(entries: dict[tuple[str, str], Any], arguments: str, which: str) -> dict[str, Any]:
    """A surface of only the changed entries (``which``: before or after), ordered as the
    lock orders them, for the report."""
    surface: dict[str, Any] = {
        "api_version": "",
        "argument_format": arguments,
        "servers": [],
        "credentials": {},
        "operations": {},
        "models": {},
    }
    for section, key in sorted(entries):
        surface[section][key] = entries[section, key]
    return surface


def _entry_span(lock: bytes, section: str, key: str) -> tuple[int, int]:
    """Where the surface entry ``section``/``key`` is in the lock's text (the lock is
    indented JSON with sorted keys: a section's entries are three spaces deep)."""
    head = lock.index(f'\n  "{section}": {{'.encode())
    name = f"\n   {json.dumps(key, ensure_ascii=False)}: ".encode()
    start = lock.index(name, head) + len(name)
    end = lock.index(b"\n   }", start) + len(b"\n   }")
    return start, end


def _digest_edit(lock: bytes, digest: str) -> tuple[int, int, bytes]:
    """The edit that gives the lock's ``spec`` member ``digest``."""
    start = lock.index(b'\n  "digest": "') + len(b'\n  "digest": "')
    return start, lock.index(b'"', start), digest.encode()


def _member_edit(lock: bytes, key: str, text: str) -> tuple[int, int, bytes]:
    """The edit that sets the lock's top-level string member ``key`` to ``text``."""
    start = lock.index(f'\n "{key}": '.encode()) + len(f'\n "{key}": '.encode())
    end = lock.index(b"\n", start)
    comma = lock[end - 1 : end] == b","
    return start, end - comma, json.dumps(text, ensure_ascii=False).encode()


def _edited(text: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """``text`` with each (start, end, replacement) made; the spans do not overlap."""
    pieces, at = [], 0
    for start, end, replacement in sorted(edits):
        pieces += [text[at:start], replacement]
        at = end
    pieces.append(text[at:])
    return b"".join(pieces)


def _write(out: Path, texts: dict[str, str | bytes]) -> tuple[str, ...]:
    """Write each text whose file differs, each atomically and with the mode the file had,
    all after every one was made."""
    rewritten = []
    for path, text in sorted(texts.items()):
        target = out / path
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            continue
        record.write_atomically(target, data, stat.S_IMODE(target.stat().st_mode))
        rewritten.append(path)
    return tuple(rewritten)
