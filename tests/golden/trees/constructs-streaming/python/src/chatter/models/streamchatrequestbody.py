"""The StreamChatRequestBody model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class StreamChatRequestBodyTypedDict(TypedDict):
    prompt: str


class StreamChatRequestBody(BaseModel):
    prompt: str

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
