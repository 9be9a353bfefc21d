"""The Friendli Container image API."""

from . import errors, models, utils
from ._version import __version__
from .sdk import AsyncFriendli, SyncFriendli
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncFriendli",
    "Nullable",
    "OptionalNullable",
    "SyncFriendli",
    "UNSET",
    "Unset",
    "__version__",
    "errors",
    "models",
    "utils",
]
