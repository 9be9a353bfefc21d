"""Retry policy: which failures are retried, and how long to wait between attempts.

Retried: HTTP 429, 500, 502, 503 and 504, and (when ``retry_connection_errors`` is set)
connection failures and timeouts. Waits grow exponentially from ``initial_interval`` to
``max_interval``, each shortened by a random share of up to ``jitter``; a ``Retry-After``
header sets the wait instead. No attempt starts after ``max_elapsed_time``.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass, field
from typing import Optional

import httpx

RETRYABLE_STATUS_CODES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class BackoffStrategy:
    """Exponential backoff. Intervals and times are in milliseconds."""

    initial_interval: int = 500
    max_interval: int = 60000
    exponent: float = 1.5
    max_elapsed_time: int = 3600000
    jitter: float = 0.5

    def __post_init__(self) -> None:
        if (
            self.initial_interval < 0
            or self.max_interval < 0
            or self.max_elapsed_time < 0
        ):
            raise ValueError("backoff intervals and times must not be negative")
        if self.exponent < 1:
            raise ValueError("backoff exponent must be at least 1")
        if not 0 <= self.jitter <= 1:
            raise ValueError("backoff jitter must be between 0 and 1")

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (0 for the first)."""
        interval = min(
            self.initial_interval * self.exponent**attempt, self.max_interval
        )
        return interval * (1 - self.jitter * random.random()) / 1000


@dataclass(frozen=True)
class RetryConfig:
    """When to retry a request. ``strategy`` is ``"backoff"`` (retry) or ``"none"``."""

    strategy: str = "backoff"
    backoff: BackoffStrategy = field(default_factory=BackoffStrategy)
    retry_connection_errors: bool = False

    def __post_init__(self) -> None:
        if self.strategy not in ("backoff", "none"):
            raise ValueError(
                f"unknown retry strategy {self.strategy!r}: use 'backoff' or 'none'"
            )


def retry_after(response: httpx.Response) -> Optional[float]:
    """The wait the server asks for, in seconds, from ``Retry-After`` (seconds or a date)."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())
