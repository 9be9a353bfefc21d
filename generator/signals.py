"""SIGINT and SIGTERM as exceptions, so that an interrupted run unwinds through every
``finally`` (the writer's cleanup above all), and a record of which arrived.

Kept free of heavy imports: ``python -m generator`` installs it before anything else loads.
A signal can land inside a library that turns the exception into its own error (pydantic-core
does, while it builds validators at import time); :data:`received` lets the CLI still report
the interrupt, with its exit code, instead of an internal error.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from types import FrameType
from typing import Iterator

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


@contextlib.contextmanager
def deferred() -> Iterator[None]:
    """SIGINT and SIGTERM held back for the block and delivered after it: for the steps that
    must not stop halfway (the swap of two folders, the removal of one). In the main thread
    only (where Python runs handlers); elsewhere the block runs as it is."""
    previous = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    if threading.current_thread() is not threading.main_thread() or None in previous.values():
        yield  # (None: a handler Python did not install, which it could not put back)
        return
    caught: list[int] = []
    for signum in previous:
        signal.signal(signum, lambda number, frame: caught.append(number))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if caught:
            signal.raise_signal(caught[0])
