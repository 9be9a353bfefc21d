"""The Dog model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class DogTypedDict(TypedDict):
    kind: str
    name: str
    barks: NotRequired[bool]


class Dog(BaseModel):
    kind: str
    name: str
    barks: Optional[bool] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
