"""The ContainerImageGenerationBodyResponseFormat enum."""

from __future__ import annotations

from enum import Enum
from typing import Optional

from .._enums import unknown_member


class ContainerImageGenerationBodyResponseFormat(str, Enum):
    """The format in which the generated image will be returned. One of `raw` and `jpeg`."""

    RAW = "raw"
    JPEG = "jpeg"

    @classmethod
    def _missing_(
        cls, value: object
    ) -> Optional[ContainerImageGenerationBodyResponseFormat]:
        """A value this SDK does not list yet: kept, as an ``UNKNOWN`` member."""
        return unknown_member(cls, value)
