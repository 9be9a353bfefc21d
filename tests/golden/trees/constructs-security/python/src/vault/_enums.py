"""Enums that tolerate values the SDK does not know yet.

APIs add enum values over time. Every generated enum accepts a value it does not list as a
member of its own named ``UNKNOWN``: it equals its value, survives a round trip, and is not
among the members that iterating the enum lists. Only values of the enum's base type (a
string for a string enum) are accepted this way; anything else still fails validation.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, Optional, Type, TypeVar

E = TypeVar("E", bound=Enum)


def unknown_member(cls: Type[E], value: object) -> Optional[E]:
    """The stand-in member for ``value``, or ``None`` when it has the wrong type."""
    base = next((b for b in cls.__mro__ if b in (str, int, float)), None)
    if base is None or isinstance(value, bool) or not isinstance(value, base):
        return None
    make: Any = (
        base.__new__
    )  # str.__new__(cls, value): how Enum builds mixed-in members
    member: E = make(cls, value)
    member._name_ = "UNKNOWN"
    member._value_ = value
    return member
