"""The Event model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class EventTypedDict(TypedDict):
    event: str
    id: NotRequired[str]
    data: ChunkTypedDict


class Event(BaseModel):
    event: str
    id: Optional[str] = None
    data: Chunk

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .chunk import Chunk, ChunkTypedDict
