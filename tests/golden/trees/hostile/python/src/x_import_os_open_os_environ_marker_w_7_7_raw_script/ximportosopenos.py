"""x\"\"\"; import os; open(os"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime

if TYPE_CHECKING:
    from .ximportosopenosenvironmarkerw77rawscript2 import (
        AsyncXImportOsOpenOsEnvironMARKERW77RawScript2,
        XImportOsOpenOsEnvironMARKERW77RawScript2,
    )


class XImportOsOpenOs:
    """x\"\"\"; import os; open(os"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def environ_marker_w_7_7_raw_script(
        self,
    ) -> XImportOsOpenOsEnvironMARKERW77RawScript2:
        """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```: imported on first use."""
        from .ximportosopenosenvironmarkerw77rawscript2 import (
            XImportOsOpenOsEnvironMARKERW77RawScript2,
        )

        return XImportOsOpenOsEnvironMARKERW77RawScript2(self._runtime)


class AsyncXImportOsOpenOs:
    """x\"\"\"; import os; open(os"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def environ_marker_w_7_7_raw_script(
        self,
    ) -> AsyncXImportOsOpenOsEnvironMARKERW77RawScript2:
        """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```: imported on first use."""
        from .ximportosopenosenvironmarkerw77rawscript2 import (
            AsyncXImportOsOpenOsEnvironMARKERW77RawScript2,
        )

        return AsyncXImportOsOpenOsEnvironMARKERW77RawScript2(self._runtime)
