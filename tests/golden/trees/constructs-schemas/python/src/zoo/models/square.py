"""The Square model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from pydantic import Field
from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class SquareTypedDict(TypedDict):
    shape_type: str
    size: NotRequired[float]


class Square(BaseModel):
    shape_type: str = Field(alias="shapeType")
    size: Optional[float] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
