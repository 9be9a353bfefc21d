"""Stands in for the SDK's generated ``utils/__init__.py`` (its exports depend on the
features an SDK uses); never copied."""

from .eventstreaming import AsyncEventStream, EventStream
from .retries import BackoffStrategy, RetryConfig

__all__ = ["AsyncEventStream", "BackoffStrategy", "EventStream", "RetryConfig"]
