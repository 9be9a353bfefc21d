"""The PetStoreV12 model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class PetStoreV12TypedDict(TypedDict):
    d: NotRequired[str]


class PetStoreV12(BaseModel):
    d: Optional[str] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
