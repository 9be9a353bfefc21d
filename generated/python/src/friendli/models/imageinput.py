"""The ImageInput model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class ImageInputTypedDict(TypedDict):
    """An input image, given by URL or inline as base64-encoded data."""

    image: str
    """The URL of the image, or the image itself as base64-encoded data (optionally as a `data:` URL)."""


class ImageInput(BaseModel):
    """An input image, given by URL or inline as base64-encoded data."""

    image: str
    """The URL of the image, or the image itself as base64-encoded data (optionally as a `data:` URL)."""

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
