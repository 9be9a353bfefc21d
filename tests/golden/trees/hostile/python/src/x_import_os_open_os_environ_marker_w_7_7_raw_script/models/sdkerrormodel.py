"""The SDKErrorModel model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class SDKErrorModelTypedDict(TypedDict):
    x: NotRequired[str]


class SDKErrorModel(BaseModel):
    x: Optional[str] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
