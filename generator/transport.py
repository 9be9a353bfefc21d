"""The transport policy every generated SDK follows, whatever its language: which answers
are retried, the backoff defaults, what a client waits for by default.

This is the one place these numbers are written. Each target prints them into its docs and
README from here; each runtime (``generator/targets/<language>/runtime``) holds them as real
source, and ``tests/runtime`` checks that every runtime's values are these.
"""

from __future__ import annotations

from typing import Final

# Answers worth trying again: too many requests, and the server errors a retry can cure.
# No other 4XX is retried: the same request would fail the same way.
RETRYABLE_STATUSES: Final = (429, 500, 502, 503, 504)

# Exponential backoff, in milliseconds: each wait is ``initial_interval * exponent ** n``
# capped at ``max_interval``, shortened by a random share of up to ``jitter``; no attempt
# starts after ``max_elapsed_time``. A ``Retry-After`` header (seconds or an HTTP date)
# replaces the computed wait.
BACKOFF_DEFAULTS: Final = {
    "initial_interval": 500,
    "max_interval": 60000,
    "exponent": 1.5,
    "max_elapsed_time": 3600000,
    "jitter": 0.5,
}

# Connection failures and timeouts are retried only when a caller asks.
RETRY_CONNECTION_ERRORS: Final = False


def statuses_text(conjunction: str = "or") -> str:
    """``429, 500, 502, 503 or 504``: the retried statuses as docs write them."""
    *head, last = (str(status) for status in RETRYABLE_STATUSES)
    return f"{', '.join(head)} {conjunction} {last}"
