"""Responses from the spec: its examples where it has them, else a value built from the schema."""

from __future__ import annotations

import base64
import json
from typing import Any

from .spec import Spec

_STRING_FORMATS = {
    "byte": base64.b64encode(b"mock image bytes").decode("ascii"),
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.test/",
    "email": "user@example.test",
}


def example_for(spec: Spec, media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        first = spec._deref(next(iter(examples.values())))
        if isinstance(first, dict) and "value" in first:
            return first["value"]
    return synthesize(spec, media.get("schema") or {}, depth=0)


def synthesize(
    spec: Spec,
    schema: Any,
    depth: int,
    examples: bool = True,
    required_elsewhere: frozenset[str] = frozenset(),
) -> Any:
    """A value the schema allows: its own examples where it has them (``examples=False``
    ignores them: a spec's examples are not always valid against it), else one built from
    its types."""
    schema = spec._deref(schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    if examples and "example" in schema:
        return schema["example"]
    if examples and isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return next((v for v in schema["enum"] if v is not None), None)
    if "default" in schema:
        return schema["default"]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            options = [o for o in schema[key] if spec._deref(o).get("type") != "null"]
            if len(options) < len(schema[key]) and depth > 1:
                return None  # nullable: stop a recursive schema here
            chosen = (options or schema[key])[0]
            value = synthesize(spec, chosen, depth + 1, examples)
            discriminator = schema.get("discriminator")
            if isinstance(discriminator, dict) and isinstance(value, dict):
                value[discriminator["propertyName"]] = _discriminator_value(
                    spec, discriminator, chosen
                )
            return value
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        # One part may require what another defines: each part fills in the whole's required.
        required = (
            frozenset(
                name
                for part in [schema, *schema["allOf"]]
                for name in (spec._deref(part) or {}).get("required") or ()
            )
            | required_elsewhere
        )
        for part in schema["allOf"]:
            value = synthesize(spec, part, depth + 1, examples, required)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        wanted = set(schema.get("required") or []) | required_elsewhere
        return {
            name: synthesize(spec, prop, depth + 1, examples)
            for name, prop in (schema.get("properties") or {}).items()
            if name in wanted or depth == 0
        }
    if kind == "array":
        if depth >= 5:  # deep enough: an empty list is valid where an item may not be
            return []
        return [synthesize(spec, schema.get("items") or {}, depth + 1, examples)]
    if kind == "string":
        return _STRING_FORMATS.get(schema.get("format", ""), "string")
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return True
    return None


_EVENT_FIELDS = {"data", "event", "id", "retry"}


def event_stream(spec: Spec, media: dict[str, Any], count: int = 2) -> bytes:
    """A ``text/event-stream`` body: ``count`` events from the example or the schema, then
    ``data: [DONE]``. A schema that describes whole events (``data`` beside ``event``, ``id``
    or ``retry``) gives their fields; any other describes each event's data."""
    value = example_for(spec, media)
    schema = spec._deref(media.get("schema") or {})
    names = set((schema.get("properties") or {}) if isinstance(schema, dict) else ())
    envelope = "data" in names and len(names) > 1 and names <= _EVENT_FIELDS
    lines: list[str] = []
    for number in range(count):
        fields = dict(value) if envelope and isinstance(value, dict) else {"data": value}
        for name in ("event", "id", "retry"):
            if name in fields:
                lines.append(f"{name}: {fields[name]}")
        data = fields.get("data")
        text = data if isinstance(data, str) else json.dumps(data)
        lines += [f"data: {line}" for line in text.split("\n")]
        lines.append("")
    lines += ["data: [DONE]", "", ""]
    return "\n".join(lines).encode("utf-8")


def _discriminator_value(spec: Spec, discriminator: dict[str, Any], member: Any) -> str:
    """The discriminator value that selects ``member``: its mapping key, else the value the
    member pins with a ``const`` or one-value ``enum``, else its name."""
    ref = str(member.get("$ref", "")) if isinstance(member, dict) else ""
    name = ref.rsplit("/", 1)[-1]
    for value, target in (discriminator.get("mapping") or {}).items():
        if target in (ref, name):
            return str(value)
    pinned = _pinned(spec, member, str(discriminator["propertyName"]), depth=0)
    return pinned if pinned is not None else name


def _pinned(spec: Spec, schema: Any, name: str, depth: int) -> str | None:
    """The string a schema's property ``name`` must be (``const``, or an ``enum``'s first
    value), looking through ``allOf`` parts."""
    schema = spec._deref(schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    prop = spec._deref((schema.get("properties") or {}).get(name))
    if isinstance(prop, dict):
        if isinstance(prop.get("const"), str):
            return str(prop["const"])
        if isinstance(prop.get("enum"), list) and prop["enum"] and isinstance(prop["enum"][0], str):
            return str(prop["enum"][0])
    for part in schema.get("allOf") or ():
        found = _pinned(spec, part, name, depth + 1)
        if found is not None:
            return found
    return None
