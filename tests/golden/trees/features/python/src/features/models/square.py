"""The Square model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class SquareTypedDict(TypedDict):
    side: float


class Square(BaseModel):
    side: float

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
