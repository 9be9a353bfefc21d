"""The Model1StPlace model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class Model1StPlaceTypedDict(TypedDict):
    e: NotRequired[str]


class Model1StPlace(BaseModel):
    e: Optional[str] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
