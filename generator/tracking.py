"""Which generated file read which text of the spec: what a regeneration after descriptions
changed needs to render only the files those texts reach (:mod:`generator.incremental`).

The IR's descriptions and summaries, and the records that copy them, are dataclass fields
read through :class:`TextField`, a data descriptor. While a generation records
(:func:`recording`), a read of a watched text (a string of the spec's document:
:func:`watch`) notes who read it: the file being rendered (:func:`reader`), an entry of the
public surface, or :data:`GLOBAL` for a read outside any one file (parsing, planning),
which no file can be made again for alone. Reads are noted by the string itself, not by
the field: every field that holds the same string holds the same text of the spec, and a
copy made for one file and dropped after is read as the string it holds.

Every object given a watched text is remembered (weakly), so that the fields holding each
text can be found at the end (:func:`holders`). Outside a recording a read costs one
Python call and notes nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import weakref
from typing import Any, Collection, Iterator, TypeVar

GLOBAL = "\x00global"  # a read outside any one file
T = TypeVar("T")

_reader: str = GLOBAL
_recording = False
_copying = False  # within :func:`replace`: reads are a copy's, not noted
_watched: Collection[int] = frozenset()  # the ids of the spec's texts (kept alive meanwhile)
_reads: dict[int, set[str]] = {}  # who read each text
_made: list[tuple[weakref.ref[Any], str]] = []


class TextField:
    """A text field of a frozen dataclass, read through this descriptor so that reads can
    be noted. Installed on the class after the dataclass is made (:func:`track`); values
    live in the instance's ``__dict__`` under the field's own name, so pickling, equality
    and ``dataclasses.replace`` see an ordinary field."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name]
        if _recording and not _copying and id(value) in _watched:
            readers = _reads.get(id(value))
            if readers is None:
                _reads[id(value)] = readers = set()
            readers.add(_reader)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        obj.__dict__[self.name] = value
        if _recording and id(value) in _watched:
            _made.append((weakref.ref(obj), self.name))


def track(cls: type, *names: str) -> None:
    """Read ``cls``'s fields ``names`` through :class:`TextField`."""
    for name in names:
        setattr(cls, name, TextField(name))


def copy(obj: Any, name: str) -> Any:
    """``obj.name`` without noting a read, for another tracked field that holds it as it
    is (a record's copy of a parameter's description): what reads the copy reads the text."""
    return obj.__dict__[name]


value = copy  # a field's text as it is, for this module's users that only look


def replace(obj: T, /, **changes: Any) -> T:
    """:func:`dataclasses.replace`, without noting its reads: the new object holds the same
    texts, and what reads it reads them (the parser setting an operation's pages, a planner
    loosening a read-only field's requirement)."""
    global _copying
    copying, _copying = _copying, True
    try:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    finally:
        _copying = copying


def patch(obj: Any, name: str, text: str) -> None:
    """Give a tracked field of a (frozen) object a new text, as a regeneration does."""
    obj.__dict__[name] = text


@contextlib.contextmanager
def recording() -> Iterator[None]:
    """Note every read of a watched text until the block ends."""
    global _recording, _reader, _watched
    _made.clear()
    _reads.clear()
    _recording, _reader, _watched = True, GLOBAL, frozenset()
    try:
        yield
    finally:
        _recording, _reader, _watched = False, GLOBAL, frozenset()
        _made.clear()
        _reads.clear()


def watch(texts: Collection[int]) -> None:
    """The ids of the strings whose reads are noted: the spec's texts, which the caller
    keeps alive until the recording ends (so no other object takes an id meanwhile)."""
    global _watched
    _watched = texts


def reader(name: str) -> None:
    """Reads from now on are ``name``'s (a file's path, a surface entry's key)."""
    global _reader
    _reader = name


def readers_of(text: str) -> frozenset[str]:
    """Who read ``text`` (a watched string) while the generation recorded."""
    return frozenset(_reads.get(id(text), ()))


def holders() -> Iterator[tuple[Any, str]]:
    """Every live object given a watched text while recording, with the field holding it."""
    for ref, name in _made:
        obj = ref()
        if obj is not None:
            yield obj, name
