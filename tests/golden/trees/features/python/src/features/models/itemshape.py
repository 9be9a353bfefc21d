"""The ItemShape union and its TypedDict twin."""

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .circle import Circle, CircleTypedDict
from .square import Square, SquareTypedDict

ItemShape: TypeAlias = Union[Circle, Square]

ItemShapeTypedDict: TypeAlias = Union[CircleTypedDict, SquareTypedDict]
