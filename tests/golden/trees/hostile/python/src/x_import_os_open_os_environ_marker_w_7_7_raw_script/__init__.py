"""x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```
# Heading
```python
boom
```"""

from . import errors, models, utils
from ._version import __api_version__, __version__
from .sdk import (
    AsyncXImportOsOpenOsEnvironMARKERW77RawScript,
    XImportOsOpenOsEnvironMARKERW77RawScript,
)
from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "AsyncXImportOsOpenOsEnvironMARKERW77RawScript",
    "Nullable",
    "OptionalNullable",
    "XImportOsOpenOsEnvironMARKERW77RawScript",
    "UNSET",
    "Unset",
    "__api_version__",
    "__version__",
    "errors",
    "models",
    "utils",
]
