"""The Cafe model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class CafeTypedDict(TypedDict):
    f: NotRequired[str]


class Cafe(BaseModel):
    f: Optional[str] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
