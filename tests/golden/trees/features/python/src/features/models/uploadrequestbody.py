"""The UploadRequestBody model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel, File


class UploadRequestBodyTypedDict(TypedDict):
    file: File
    caption: NotRequired[str]


class UploadRequestBody(BaseModel):
    file: File
    caption: Optional[str] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
