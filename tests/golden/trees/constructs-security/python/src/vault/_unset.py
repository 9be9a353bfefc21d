"""``UNSET`` versus ``None``, kept free of pydantic so that importing the SDK stays fast.

An optional field that may also be ``null`` has three states on the wire: absent, ``null`` and
a value. ``UNSET`` is the absent state; ``None`` is ``null``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Dict, Optional, TypeVar, Union

from typing_extensions import Final, TypeAlias

if TYPE_CHECKING:
    import pydantic
    from pydantic_core import core_schema

T = TypeVar("T")


class Unset:
    """The type of :data:`UNSET`: a field or parameter the caller did not give."""

    _instance: ClassVar[Optional["Unset"]] = None

    def __new__(cls) -> "Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: Dict[int, Any]) -> "Unset":
        return self

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: "pydantic.GetCoreSchemaHandler"
    ) -> "core_schema.CoreSchema":
        from pydantic_core import core_schema

        return core_schema.is_instance_schema(
            cls,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda _: None
            ),
        )


UNSET: Final = Unset()

Nullable: TypeAlias = Union[T, None]
"""A value that may be ``null`` on the wire."""

OptionalNullable: TypeAlias = Union[T, None, Unset]
"""A value that may be absent (``UNSET``), ``null`` (``None``) or given."""
