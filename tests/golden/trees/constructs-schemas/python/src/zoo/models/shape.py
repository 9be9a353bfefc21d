"""The Shape union and its TypedDict twin."""

from __future__ import annotations

from typing import Any, Dict, Optional, Union

from pydantic import Discriminator, Tag
from typing_extensions import Annotated, TypeAlias

from ..types import discriminator_tag
from .circle import Circle, CircleTypedDict
from .square import Square, SquareTypedDict

# The value of "shapeType" -> the member it selects, by class name.
_TAGS: Dict[str, str] = {
    "Circle": "Circle",
    "Square": "Square",
}


def _tag(value: Any) -> Optional[str]:
    return discriminator_tag(value, "shapeType", _TAGS)


Shape: TypeAlias = Annotated[
    Union[
        Annotated[Circle, Tag("Circle")],
        Annotated[Square, Tag("Square")],
    ],
    Discriminator(_tag),
]

ShapeTypedDict: TypeAlias = Union[CircleTypedDict, SquareTypedDict]
