"""The Response model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class ResponseTypedDict(TypedDict):
    b: NotRequired[str]


class Response(BaseModel):
    b: Optional[str] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
