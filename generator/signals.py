"""SIGINT and SIGTERM as exceptions, so that an interrupted run unwinds through every
``finally`` (the writer's cleanup above all), and a record of which arrived.

Kept free of heavy imports: ``python -m generator`` installs it before anything else loads.
A signal can land inside a library that turns the exception into its own error (pydantic-core
does, while it builds validators at import time); :data:`received` lets the CLI still report
the interrupt, with its exit code, instead of an internal error.
"""

from __future__ import annotations

import signal
from types import FrameType

received: int | None = None  # the signal that arrived, if any


class Interrupted(BaseException):
    """Raised in the main thread when SIGTERM arrives, like KeyboardInterrupt for SIGINT."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise(signum: int, frame: FrameType | None) -> None:
    global received
    received = signum
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Interrupted(signum)


def install() -> None:
    signal.signal(signal.SIGTERM, _raise)
    signal.signal(signal.SIGINT, _raise)
