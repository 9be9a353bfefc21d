"""The GetQueryKeyResponse model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class GetQueryKeyResponseTypedDict(TypedDict):
    ok: bool


class GetQueryKeyResponse(BaseModel):
    ok: bool

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
