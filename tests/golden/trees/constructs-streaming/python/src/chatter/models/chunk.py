"""The Chunk model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class ChunkTypedDict(TypedDict):
    index: int
    text: str


class Chunk(BaseModel):
    index: int
    text: str

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
