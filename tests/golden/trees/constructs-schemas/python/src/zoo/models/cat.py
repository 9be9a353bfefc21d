"""The Cat model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class CatTypedDict(TypedDict):
    kind: str
    name: str
    indoor: NotRequired[bool]


class Cat(BaseModel):
    kind: str
    name: str
    indoor: Optional[bool] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
