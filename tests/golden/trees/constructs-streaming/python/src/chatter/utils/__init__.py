"""Configuration helpers: retry policies, raw responses; event streams."""

from .raw import RawResponse
from .retries import BackoffStrategy, RetryConfig
from .eventstreaming import AsyncEventStream, EventStream

__all__ = [
    "AsyncEventStream",
    "BackoffStrategy",
    "EventStream",
    "RawResponse",
    "RetryConfig",
]
