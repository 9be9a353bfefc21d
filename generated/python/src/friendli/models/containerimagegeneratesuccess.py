"""The ContainerImageGenerateSuccess model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import Base64Bytes, BaseModel


class ContainerImageGenerateSuccessTypedDict(TypedDict):
    """The generated image."""

    image: bytes
    """The generated image, in the requested format (`raw` or `jpeg`)."""


class ContainerImageGenerateSuccess(BaseModel):
    """The generated image."""

    image: Base64Bytes
    """The generated image, in the requested format (`raw` or `jpeg`)."""

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
