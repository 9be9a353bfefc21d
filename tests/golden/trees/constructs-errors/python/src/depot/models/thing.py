"""The Thing model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class ThingTypedDict(TypedDict):
    id: int


class Thing(BaseModel):
    id: int

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
