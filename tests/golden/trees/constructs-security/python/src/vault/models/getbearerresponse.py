"""The GetBearerResponse model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class GetBearerResponseTypedDict(TypedDict):
    ok: bool


class GetBearerResponse(BaseModel):
    ok: bool

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
