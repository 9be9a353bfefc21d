"""The ContainerImageEditBodyImage union and its TypedDict twin."""

from __future__ import annotations

from typing import List, Sequence, Union

from typing_extensions import TypeAlias

from .imageinput import ImageInput, ImageInputTypedDict

ContainerImageEditBodyImage: TypeAlias = Union[ImageInput, List[ImageInput]]
"""The image(s) to edit. Must be in a supported image format."""

ContainerImageEditBodyImageTypedDict: TypeAlias = Union[
    ImageInputTypedDict, Sequence[Union[ImageInput, ImageInputTypedDict]]
]
