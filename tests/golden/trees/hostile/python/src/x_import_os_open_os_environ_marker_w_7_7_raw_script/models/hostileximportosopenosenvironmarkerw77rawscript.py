"""The HostileXImportOsOpenOsEnvironMARKERW77RawScript enum."""

from __future__ import annotations

from enum import Enum
from typing import Optional

from .._enums import unknown_member


class HostileXImportOsOpenOsEnvironMARKERW77RawScript(str, Enum):
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""

    X_IMPORT_OS_OPEN_OS_ENVIRON_MARKER_W_7_7_RAW_SCRIPT = 'x"""; import os; open(os.environ["MARKER"], "w"); """ {{ 7*7 }} {% raw %} */ \\ \' | <script>`\u202e\x00\x07 ```'
    IMPORT_OS = "__import__('os')"
    DEF = "def"
    VALUE_1_X = "1x"
    EMPTY = ""
    A_B = "a|b"

    @classmethod
    def _missing_(
        cls, value: object
    ) -> Optional[HostileXImportOsOpenOsEnvironMARKERW77RawScript]:
        """A value this SDK does not list yet: kept, as an ``UNKNOWN`` member."""
        return unknown_member(cls, value)
