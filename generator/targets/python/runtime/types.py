"""Types shared by the models: ``UNSET`` versus ``None``, and the models' base class.

An optional field that may also be ``null`` has three states on the wire: absent, ``null`` and
a value. ``UNSET`` is the absent state; ``None`` is ``null``. A field that is optional but not
nullable is simply omitted when it is ``None``.
"""

from __future__ import annotations

import base64
import binascii
from typing import IO, Any, ClassVar, Dict, FrozenSet, Optional, Tuple, TypeVar, Union

import pydantic
from pydantic import (
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    PlainValidator,
    model_serializer,
)
from pydantic_core import core_schema
from typing_extensions import Annotated, Final, TypeAlias

from ._unset import UNSET, Nullable, OptionalNullable, Unset

__all__ = [
    "UNSET",
    "Base64Bytes",
    "BaseModel",
    "File",
    "FileContent",
    "Nullable",
    "OptionalNullable",
    "Unset",
    "discriminator_tag",
]


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


def discriminator_tag(
    value: Any, property_name: str, tags: Dict[str, str]
) -> Optional[str]:
    """The member of a discriminated union ``value`` belongs to: by its discriminator
    property when it is raw data, by its class when it is already a model. ``None`` (no
    member) makes validation fail with the discriminator named in the error."""
    if isinstance(value, dict):
        key = value.get(property_name)
        return tags.get(key) if isinstance(key, str) else None
    if isinstance(value, pydantic.BaseModel):
        return type(value).__name__
    return None


REQUEST_CONTEXT: Final = "sdk_request"
"""The context key of a request: validated, dicts may use the API's field names and an unknown
key is an error; serialized, models leave out their read-only fields."""


FileContent = Union[bytes, IO[bytes]]


def _file(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if hasattr(value, "read"):
        return value
    if (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and isinstance(value[0], str)
        and (isinstance(value[1], (bytes, bytearray)) or hasattr(value[1], "read"))
        and (len(value) == 2 or isinstance(value[2], str))
    ):
        return value
    raise ValueError(
        "expected a file: bytes, a binary file object, or (filename, content[, content type])"
    )


File = Annotated[
    Union[FileContent, Tuple[str, FileContent], Tuple[str, FileContent, str]],
    PlainValidator(_file),
]
"""A file to upload (``format: binary``): bytes, a binary file object (read when sent, as a
stream for multipart bodies), or ``(filename, content)`` / ``(filename, content, type)``."""


class BaseModel(pydantic.BaseModel):
    """Base of every model: omits ``UNSET`` fields, and ``None`` where ``null`` is not allowed."""

    # Built by Python names (arguments, TypedDict-shaped dicts); the SDK reads answers by the
    # spec's names explicitly. A request's dicts may also use the spec's names (see
    # _request_names). Fields an answer has and the spec does not (yet) are kept: reachable
    # as attributes and in model_extra, so a server that adds one loses nothing.
    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=False,
        arbitrary_types_allowed=True,
        protected_namespaces=(),
        extra="allow",
    )

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset()
    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset()

    @pydantic.model_validator(mode="before")
    @classmethod
    def _request_names(cls, data: Any, info: pydantic.ValidationInfo) -> Any:
        """In a request, a dict may name a field as the API does (``schema``) or as the SDK
        does (``schema_``); the SDK's name wins where one field's name is another's wire
        name. A key that is neither is an error: it is never dropped, nor sent unchecked.
        """
        if not isinstance(data, dict) or not (
            isinstance(info.context, dict) and info.context.get(REQUEST_CONTEXT) is True
        ):
            return data
        fields = cls.model_fields
        by_wire = {
            f.alias: name for name, f in fields.items() if f.alias and f.alias != name
        }
        named: Dict[str, Any] = {}
        for key, value in data.items():
            name = (
                key
                if key in fields
                else by_wire.get(key) if isinstance(key, str) else None
            )
            if name is None or (name != key and name in data):
                known = ", ".join(sorted(f.alias or n for n, f in fields.items()))
                raise ValueError(f"unknown field {key!r} (known: {known})")
            named[name] = value
        return named

    @model_serializer(mode="wrap")
    def _serialize(
        self,
        handler: pydantic.SerializerFunctionWrapHandler,
        info: pydantic.SerializationInfo,
    ) -> Any:
        data = handler(self)
        if not isinstance(data, dict):
            return data
        # The SDK serializes request bodies with this context: read-only fields stay home.
        request = (
            isinstance(info.context, dict) and info.context.get(REQUEST_CONTEXT) is True
        )
        for name, field in type(self).model_fields.items():
            value = getattr(self, name)
            if (
                value is UNSET
                or (value is None and name not in self._sdk_nullable)
                or (request and name in self._sdk_read_only)
            ):
                # Only the key this dump uses: another field's alias may be this one's name.
                data.pop((field.alias or name) if info.by_alias else name, None)
        return data
