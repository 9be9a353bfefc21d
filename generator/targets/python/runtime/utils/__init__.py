"""Stands in for the SDK's generated ``utils/__init__.py`` (its exports depend on the
features an SDK uses); never copied."""

from .eventstreaming import AsyncEventStream, EventStream
from .pagination import AsyncPage, PageSpec, SyncPage
from .raw import RawResponse
from .retries import BackoffStrategy, RetryConfig

__all__ = [
    "AsyncEventStream",
    "AsyncPage",
    "BackoffStrategy",
    "EventStream",
    "PageSpec",
    "RawResponse",
    "RetryConfig",
    "SyncPage",
]
