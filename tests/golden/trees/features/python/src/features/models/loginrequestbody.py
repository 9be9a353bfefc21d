"""The LoginRequestBody model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, List, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class LoginRequestBodyTypedDict(TypedDict):
    user: str
    scopes: NotRequired[List[str]]


class LoginRequestBody(BaseModel):
    user: str
    scopes: Optional[List[str]] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
