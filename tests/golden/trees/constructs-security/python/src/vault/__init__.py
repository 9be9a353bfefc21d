"""Vault"""

from . import errors, models, utils
from ._version import __api_version__, __version__
from .sdk import AsyncVault, Vault
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncVault",
    "Nullable",
    "OptionalNullable",
    "Vault",
    "UNSET",
    "Unset",
    "__api_version__",
    "__version__",
    "errors",
    "models",
    "utils",
]
