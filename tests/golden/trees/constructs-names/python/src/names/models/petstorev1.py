"""The PetStoreV1 model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class PetStoreV1TypedDict(TypedDict):
    c: NotRequired[str]


class PetStoreV1(BaseModel):
    c: Optional[str] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
