"""The Problem model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Optional

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class ProblemTypedDict(TypedDict):
    """A problem, as RFC 9457 has it."""

    title: str
    status: NotRequired[int]


class Problem(BaseModel):
    """A problem, as RFC 9457 has it."""

    title: str
    status: Optional[int] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
