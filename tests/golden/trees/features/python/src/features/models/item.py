"""The Item model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, List, Optional, Sequence, Union

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel, Nullable


class ItemTypedDict(TypedDict):
    id: int
    name: str
    parent: Nullable[ItemTypedDict]
    children: NotRequired[Sequence[Union[Item, ItemTypedDict]]]
    shape: NotRequired[ItemShapeTypedDict]


class Item(BaseModel):
    id: int
    name: str
    parent: Nullable[Item] = None
    children: Optional[List[Item]] = None
    shape: Optional[ItemShape] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({"parent"})


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .itemshape import ItemShape, ItemShapeTypedDict
