"""The Status enum."""

from __future__ import annotations

from enum import Enum
from typing import Optional

from .._enums import unknown_member


class Status(str, Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"

    @classmethod
    def _missing_(cls, value: object) -> Optional[Status]:
        """A value this SDK does not list yet: kept, as an ``UNKNOWN`` member."""
        return unknown_member(cls, value)
