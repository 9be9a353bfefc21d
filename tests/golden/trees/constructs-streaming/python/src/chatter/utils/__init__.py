"""Configuration helpers: retry policies; event streams."""

from .retries import BackoffStrategy, RetryConfig
from .eventstreaming import AsyncEventStream, EventStream

__all__ = ["AsyncEventStream", "BackoffStrategy", "EventStream", "RetryConfig"]
