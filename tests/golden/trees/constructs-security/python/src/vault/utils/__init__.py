"""Configuration helpers: retry policies, raw responses."""

from .raw import RawResponse
from .retries import BackoffStrategy, RetryConfig

__all__ = ["BackoffStrategy", "RawResponse", "RetryConfig"]
