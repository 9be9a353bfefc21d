"""The Class enum."""

from __future__ import annotations

from enum import Enum
from typing import Optional

from .._enums import unknown_member


class Class(str, Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value: object) -> Optional[Class]:
        """A value this SDK does not list yet: kept, as an ``UNKNOWN`` member."""
        return unknown_member(cls, value)
