"""The Level enum."""

from __future__ import annotations

from enum import Enum
from typing import Optional

from .._enums import unknown_member


class Level(int, Enum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

    @classmethod
    def _missing_(cls, value: object) -> Optional[Level]:
        """A value this SDK does not list yet: kept, as an ``UNKNOWN`` member."""
        return unknown_member(cls, value)
