"""The Problem model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class ProblemTypedDict(TypedDict):
    title: str


class Problem(BaseModel):
    title: str

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
