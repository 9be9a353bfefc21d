"""The GetBasicResponse model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class GetBasicResponseTypedDict(TypedDict):
    ok: bool


class GetBasicResponse(BaseModel):
    ok: bool

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
