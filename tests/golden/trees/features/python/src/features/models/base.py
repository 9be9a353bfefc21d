"""The Base model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class BaseTypedDict(TypedDict):
    id: int


class Base(BaseModel):
    id: int

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
