"""Names"""

from . import errors, models, utils
from ._version import __api_version__, __version__
from .sdk import AsyncNames, Names
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncNames",
    "Nullable",
    "OptionalNullable",
    "Names",
    "UNSET",
    "Unset",
    "__api_version__",
    "__version__",
    "errors",
    "models",
    "utils",
]
