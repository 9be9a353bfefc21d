"""The Account model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Literal, Optional, Union

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class AccountTypedDict(TypedDict):
    id: NotRequired[int]
    """Read-only: set by the server, never sent. Assigned by the server."""
    name: str
    password: NotRequired[str]
    """Write-only: sent, never returned."""
    status: NotRequired[Union[Status, Literal["active", "suspended"]]]
    level: NotRequired[Union[Level, Literal[1, 2, 3]]]


class Account(BaseModel):
    id: Optional[int] = None
    """Read-only: set by the server, never sent. Assigned by the server."""
    name: str
    password: Optional[str] = None
    """Write-only: sent, never returned."""
    status: Optional[Status] = None
    level: Optional[Level] = None

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({"id"})


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .level import Level
from .status import Status
