"""Whether a spec's example is a value of the type it illustrates, as the SDKs check values.

The docs' usage snippets pass a request body's, a parameter's or a property's example to the
SDK as it is written; an example that the schema beside it rejects (a string where an object
is declared, a required field left out, ``2025-10-15T13:51:12Z`` for a ``date``) makes a
documented call that raises before it sends anything. Careless specs have many: the parser
keeps an example only when it fits (the first that fits, of several), and says which did not.

The rules are JSON Schema's as the SDKs apply them to what a caller passes: a model takes
the keys it declares (and, with ``additionalProperties``, others of that type) and needs its
required ones; an enum takes its values; a union any member's value; numbers are not
booleans; a ``date`` is a day, not an instant; ``byte`` is base64. Formats the SDKs do not
check are not checked.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import re
from typing import Any, Mapping

from .. import ir

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def misfit(
    value: Any, type_: ir.TypeRef, schemas: Mapping[ir.SchemaName, ir.NamedSchema]
) -> str | None:
    """Why ``value`` is not a value of ``type_``, where in it (``at a.b[0]: ...``); None
    when it is one."""
    found = _misfit(value, type_, schemas, ())
    if found is None:
        return None
    where, why = found
    return f"at {_path(where)}: {why}" if where else why


def _misfit(
    value: Any,
    type_: ir.TypeRef,
    schemas: Mapping[ir.SchemaName, ir.NamedSchema],
    where: tuple[str | int, ...],
) -> tuple[tuple[str | int, ...], str] | None:
    if isinstance(type_, ir.Nullable):
        return None if value is None else _misfit(value, type_.inner, schemas, where)
    if isinstance(type_, ir.Primitive):
        why = _primitive_misfit(value, type_)
        return None if why is None else (where, why)
    if isinstance(type_, ir.ArrayType):
        if not isinstance(value, list):
            return where, f"{_kind(value)} where a list is declared"
        for index, item in enumerate(value):
            found = _misfit(item, type_.items, schemas, (*where, index))
            if found is not None:
                return found
        return None
    if isinstance(type_, ir.MapType):
        if not isinstance(value, dict):
            return where, f"{_kind(value)} where an object is declared"
        for key, item in value.items():
            found = _misfit(item, type_.values, schemas, (*where, str(key)))
            if found is not None:
                return found
        return None
    schema = schemas.get(type_.name)
    if schema is None:  # (a name the IR does not hold: nothing to check against)
        return None
    if isinstance(schema, ir.EnumSchema):
        if any(_same(value, allowed) for allowed in schema.values):
            return None
        return where, f"{_shown(value)} is not one of the enum's values"
    if isinstance(schema, ir.UnionSchema):
        reasons = [_misfit(value, variant, schemas, where) for variant in schema.variants]
        if any(reason is None for reason in reasons) or not reasons:
            return None
        return reasons[0]
    return _object_misfit(value, schema, schemas, where)


def _object_misfit(
    value: Any,
    schema: ir.ObjectSchema,
    schemas: Mapping[ir.SchemaName, ir.NamedSchema],
    where: tuple[str | int, ...],
) -> tuple[tuple[str | int, ...], str] | None:
    if not isinstance(value, dict):
        return where, f"{_kind(value)} where an object is declared"
    declared = {p.name: p for p in schema.properties}
    for required in schema.properties:
        if required.required and required.name not in value:
            return (*where, required.name), "required, and missing"
    for key, item in value.items():
        prop = declared.get(key)
        if prop is not None:
            found = _misfit(item, prop.type, schemas, (*where, key))
        elif schema.additional_properties is not None:
            found = _misfit(item, schema.additional_properties, schemas, (*where, key))
        else:
            found = (*where, str(key)), "not a property of the schema"
        if found is not None:
            return found
    return None


def _primitive_misfit(value: Any, type_: ir.Primitive) -> str | None:
    kind = type_.kind
    if kind == "any":
        return None
    if kind == "boolean":
        return None if isinstance(value, bool) else f"{_kind(value)} where a boolean is declared"
    if kind in ("integer", "number"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"{_kind(value)} where a number is declared"
        if kind == "integer" and isinstance(value, float) and not value.is_integer():
            return f"{value!r} where an integer is declared"
        return None
    if not isinstance(value, str):
        return f"{_kind(value)} where a string is declared"
    if type_.format == "date" and not _is_day(value):
        return f"{_shown(value)} is not a date (YYYY-MM-DD)"
    if type_.format == "date-time" and _instant(value) is None:
        return f"{_shown(value)} is not a date-time (RFC 3339)"
    if type_.format == "byte" and not _is_base64(value):
        return f"{_shown(value)} is not base64"
    return None


def _is_base64(text: str) -> bool:
    try:
        base64.b64decode(text, validate=True)
        return True
    except binascii.Error:
        return False


def _is_day(text: str) -> bool:
    if _DAY.fullmatch(text):
        try:
            datetime.date.fromisoformat(text)
            return True
        except ValueError:
            return False
    instant = _instant(text)  # an instant at midnight passes for its day (pydantic's rule)
    return instant is not None and instant.time() == datetime.time() and not instant.utcoffset()


def _instant(text: str) -> datetime.datetime | None:
    try:
        return datetime.datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return None


def _same(value: Any, allowed: Any) -> bool:
    """JSON equality: ``1`` is ``1.0``, ``true`` is not ``1``."""
    if isinstance(value, bool) or isinstance(allowed, bool):
        return isinstance(value, bool) and isinstance(allowed, bool) and value == allowed
    return bool(value == allowed)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _path(where: tuple[str | int, ...]) -> str:
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text
