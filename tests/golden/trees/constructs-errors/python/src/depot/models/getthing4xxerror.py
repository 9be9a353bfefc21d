"""The GetThing4XXError model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, List

from pydantic import Field
from typing_extensions import TypedDict

from ..types import BaseModel


class GetThing4XXErrorTypedDict(TypedDict):
    fields_: List[str]


class GetThing4XXError(BaseModel):
    fields_: List[str] = Field(alias="fields")

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
