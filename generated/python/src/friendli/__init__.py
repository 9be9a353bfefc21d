"""The Friendli Container image API."""

from . import errors, models, utils
from ._version import __api_version__, __version__
from .sdk import AsyncFriendli, SyncFriendli
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncFriendli",
    "Nullable",
    "OptionalNullable",
    "SyncFriendli",
    "UNSET",
    "Unset",
    "__api_version__",
    "__version__",
    "errors",
    "models",
    "utils",
]
