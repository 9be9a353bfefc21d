"""Chatter"""

from . import errors, models, utils
from ._version import __api_version__, __version__
from .sdk import AsyncChatter, Chatter
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncChatter",
    "Nullable",
    "OptionalNullable",
    "Chatter",
    "UNSET",
    "Unset",
    "__api_version__",
    "__version__",
    "errors",
    "models",
    "utils",
]
