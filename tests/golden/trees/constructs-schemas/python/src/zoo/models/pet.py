"""The Pet union and its TypedDict twin."""

from __future__ import annotations

from typing import Any, Dict, Optional, Union

from pydantic import Discriminator, Tag
from typing_extensions import Annotated, TypeAlias

from ..types import discriminator_tag
from .cat import Cat, CatTypedDict
from .dog import Dog, DogTypedDict

# The value of "kind" -> the member it selects, by class name.
_TAGS: Dict[str, str] = {
    "cat": "Cat",
    "kitty": "Cat",
    "dog": "Dog",
}


def _tag(value: Any) -> Optional[str]:
    return discriminator_tag(value, "kind", _TAGS)


Pet: TypeAlias = Annotated[
    Union[
        Annotated[Cat, Tag("Cat")],
        Annotated[Dog, Tag("Dog")],
    ],
    Discriminator(_tag),
]

PetTypedDict: TypeAlias = Union[CatTypedDict, DogTypedDict]
