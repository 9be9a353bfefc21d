"""SIGTERM as an exception, so that an interrupted run unwinds through every ``finally``.

Kept free of heavy imports: ``python -m generator`` installs it before anything else loads.
"""

from __future__ import annotations

import signal
from types import FrameType


class Interrupted(BaseException):
    """Raised in the main thread when SIGTERM arrives, like KeyboardInterrupt for SIGINT."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


def install() -> None:
    signal.signal(signal.SIGTERM, _raise)
