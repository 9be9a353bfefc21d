"""Configuration helpers: retry policies."""

from .retries import BackoffStrategy, RetryConfig

__all__ = ["BackoffStrategy", "RetryConfig"]
