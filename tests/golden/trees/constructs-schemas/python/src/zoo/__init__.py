"""Zoo"""

from . import errors, models, utils
from ._version import __api_version__, __version__
from .sdk import AsyncZoo, Zoo
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncZoo",
    "Nullable",
    "OptionalNullable",
    "Zoo",
    "UNSET",
    "Unset",
    "__api_version__",
    "__version__",
    "errors",
    "models",
    "utils",
]
