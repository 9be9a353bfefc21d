"""The SDKErrorModel model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class SDKErrorModelTypedDict(TypedDict):
    """The API's own error shape, named like the SDK's base error."""

    code: str


class SDKErrorModel(BaseModel):
    """The API's own error shape, named like the SDK's base error."""

    code: str

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
