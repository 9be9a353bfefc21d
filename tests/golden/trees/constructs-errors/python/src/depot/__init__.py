"""Depot"""

from . import errors, models, utils
from ._version import __api_version__, __version__
from .sdk import AsyncDepot, Depot
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncDepot",
    "Nullable",
    "OptionalNullable",
    "Depot",
    "UNSET",
    "Unset",
    "__api_version__",
    "__version__",
    "errors",
    "models",
    "utils",
]
