"""Features"""

from . import errors, models, utils
from ._version import __version__
from .sdk import AsyncFeatures, Features
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncFeatures",
    "Nullable",
    "OptionalNullable",
    "Features",
    "UNSET",
    "Unset",
    "__version__",
    "errors",
    "models",
    "utils",
]
