"""The ContainerImageEditBodyResponseFormat enum."""

from __future__ import annotations

from enum import Enum


class ContainerImageEditBodyResponseFormat(str, Enum):
    """The format in which the generated image will be returned. One of `raw` and `jpeg`."""

    RAW = "raw"
    JPEG = "jpeg"
