"""Types shared by the models: ``UNSET`` versus ``None``, and the models' base class.

An optional field that may also be ``null`` has three states on the wire: absent, ``null`` and
a value. ``UNSET`` is the absent state; ``None`` is ``null``. A field that is optional but not
nullable is simply omitted when it is ``None``.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, ClassVar, Dict, FrozenSet, Optional, TypeVar, Union

import pydantic
from pydantic import BeforeValidator, ConfigDict, PlainSerializer, model_serializer
from pydantic_core import core_schema
from typing_extensions import Annotated, Final, TypeAlias

from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = ["UNSET", "Base64Bytes", "BaseModel", "Nullable", "OptionalNullable", "Unset"]


def _decode_base64(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except binascii.Error as exc:
            raise ValueError(f"not valid base64: {exc}") from None
    return value


def _encode_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


Base64Bytes = Annotated[
    bytes,
    BeforeValidator(_decode_base64),
    PlainSerializer(_encode_base64, return_type=str, when_used="json"),
]
"""Bytes that travel as base64 text: decoded when read, encoded when sent."""


class BaseModel(pydantic.BaseModel):
    """Base of every model: omits ``UNSET`` fields, and ``None`` where ``null`` is not allowed."""

    model_config = ConfigDict(
        populate_by_name=True, arbitrary_types_allowed=True, protected_namespaces=()
    )

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset()

    @model_serializer(mode="wrap")
    def _serialize(self, handler: pydantic.SerializerFunctionWrapHandler) -> Any:
        data = handler(self)
        if not isinstance(data, dict):
            return data
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if value is UNSET or (value is None and name not in self._sdk_nullable):
                data.pop(field.alias or name, None)
                data.pop(name, None)
        return data
