"""The Odd model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from pydantic import Field
from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class OddTypedDict(TypedDict):
    class_: str
    type: NotRequired[str]
    list_: NotRequired[int]
    id: NotRequired[int]
    self_: NotRequired[str]
    model_config_: NotRequired[str]
    kebab_case: NotRequired[str]
    dot_name: NotRequired[str]
    field_9_lives: NotRequired[int]
    naive: NotRequired[bool]
    camel_case: NotRequired[str]
    camel_case2: NotRequired[str]


class Odd(BaseModel):
    class_: str = Field(alias="class")
    type: Optional[str] = None
    list_: Optional[int] = Field(default=None, alias="list")
    id: Optional[int] = None
    self_: Optional[str] = Field(default=None, alias="self")
    model_config_: Optional[str] = Field(default=None, alias="model_config")
    kebab_case: Optional[str] = Field(default=None, alias="kebab-case")
    dot_name: Optional[str] = Field(default=None, alias="dot.name")
    field_9_lives: Optional[int] = Field(default=None, alias="9lives")
    naive: Optional[bool] = Field(default=None, alias="naïve")
    camel_case: Optional[str] = Field(default=None, alias="camelCase")
    camel_case2: Optional[str] = Field(default=None, alias="camel_case")

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
