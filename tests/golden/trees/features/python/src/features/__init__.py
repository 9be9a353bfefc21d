"""Features"""

from . import errors, models, utils
from ._version import __api_version__, __version__
from .sdk import AsyncFeatures, Features
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncFeatures",
    "Nullable",
    "OptionalNullable",
    "Features",
    "UNSET",
    "Unset",
    "__api_version__",
    "__version__",
    "errors",
    "models",
    "utils",
]
