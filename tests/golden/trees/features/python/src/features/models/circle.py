"""The Circle model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class CircleTypedDict(TypedDict):
    radius: float


class Circle(BaseModel):
    radius: float

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
