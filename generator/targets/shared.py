"""Decisions every target makes the same way, read off the IR: how a response body is read,
which error responses get typed errors, whether an event stream's schema describes whole
events, which security schemes the client takes. Targets differ in names and types, not in
these, so both SDKs behave alike on the wire.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import ir, markdown

EVENT_FIELDS = frozenset({"data", "event", "id", "retry"})
# The backoff the READMEs' retry examples set (snake-case names; each target spells them).
EXAMPLE_BACKOFF = (
    ("initial_interval", "1"),
    ("max_interval", "50"),
    ("exponent", "1.1"),
    ("max_elapsed_time", "100"),
)


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def response_kind(content_type: str | None) -> str:
    """How a success body is read: ``json``, ``text``, ``bytes``, ``sse`` or ``none``."""
    if content_type is None:
        return "none"
    media = media_type(content_type)
    if media in ("application/json", "*/*") or media.endswith("+json"):
        return "json"
    if media == "text/event-stream":
        return "sse"
    if media.startswith("text/") or media in ("application/xml", "application/x-yaml"):
        return "text"
    return "bytes"


def flattens(content_type: str) -> bool:
    """Whether an object body becomes a method's own parameters: JSON and form bodies do."""
    media = media_type(content_type)
    return media.endswith("json") or media in (
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    )


def success_response(op: ir.Operation) -> ir.Response | None:
    return next((r for r in op.responses if r.is_success), None)


def typed_error_responses(op: ir.Operation) -> list[ir.Response]:
    """The operation's non-2XX responses whose JSON body has a schema: each gets a typed error."""
    return [
        r
        for r in op.responses
        if not r.is_success and r.type is not None and response_kind(r.content_type) == "json"
    ]


def is_event_envelope(api: ir.Api, response: ir.Response | None) -> bool:
    """Whether an event stream's schema describes whole events (``data`` beside ``event``,
    ``id`` or ``retry``) rather than each event's data."""
    if response is None or not isinstance(response.type, ir.Named):
        return False
    schema = api.schema(response.type.name)
    if not isinstance(schema, ir.ObjectSchema):
        return False
    names = {p.name for p in schema.properties}
    return "data" in names and len(names) > 1 and names <= EVENT_FIELDS


def stream_alternative(response: ir.Response | None) -> ir.Response | None:
    """The event stream a success response offers beside its primary (JSON, bytes) body: what
    the server answers when the caller asks to stream. As a response of its own."""
    if response is None or response_kind(response.content_type) == "sse":
        return None
    for content in response.alternatives:
        if response_kind(content.content_type) == "sse":
            return ir.Response(response.status, None, content.content_type, content.type)
    return None


def has_event_streams(api: ir.Api) -> bool:
    return any(
        response_kind(r.content_type) == "sse" or stream_alternative(r) is not None
        for op in api.operations
        for r in op.responses
        if r.is_success
    )


def client_security_schemes(api: ir.Api) -> list[tuple[ir.SecurityScheme, bool]]:
    """The schemes some operation uses, in spec order, each with whether it is the client's
    token: the first bearer-like one (HTTP bearer, OAuth2, OpenID Connect all send a bearer
    token), which the configured environment variable fills."""
    used = {name for op in api.operations for alt in op.security for name in alt}
    found = []
    token_taken = False
    for scheme in api.security_schemes:
        if scheme.name not in used:
            continue
        is_token = scheme.kind in ("http-bearer", "oauth2") and not token_taken
        token_taken = token_taken or is_token
        found.append((scheme, is_token))
    return found


def status_label(status: str) -> str:
    """A response status as docs and error tables write it: ``404``, ``4XX``, ``default``."""
    return "default" if status == "DEFAULT" else status


def property_text(prop: ir.Property) -> str:
    """A property's description with what its access means: read-only fields are never
    sent, write-only ones never come back."""
    text = prop.description or ""
    if prop.read_only:
        text = ("Read-only: set by the server, never sent. " + text).strip()
    if prop.write_only:
        text = ("Write-only: sent, never returned. " + text).strip()
    return text


def tag_example(union: ir.UnionSchema, member: ir.TypeRef, value: object) -> object:
    """An example of a union's ``member`` with the discriminator value that selects that
    member set, so the example validates."""
    found = union.discriminator
    if found and isinstance(value, dict) and isinstance(member, ir.Named):
        tag = found.value_for(member.name)
        if tag is not None:
            value[found.property_name] = tag
    return value


# A placeholder string the SDKs take for a format they check ("<value>" is no date, nor
# base64: this is "<value>" in base64).
FORMAT_PLACEHOLDERS = {
    "date": "2025-01-01",
    "date-time": "2025-01-01T00:00:00Z",
    "byte": "PHZhbHVlPg==",
}


def placeholder(
    schemas: Mapping[ir.SchemaName, ir.NamedSchema],
    t: ir.TypeRef,
    file_value: Callable[[ir.Primitive], Any],
    within: frozenset[ir.SchemaName] = frozenset(),
) -> Any:
    """A value of type ``t`` for a documented call that has no example: a neutral scalar,
    an enum's first value, an object with its required (sendable) properties, a union's first
    member tagged for its discriminator. ``file_value`` gives the target's stand-in for file
    content (or None where a primitive is not one). A schema that requires itself (a node's
    required, nullable parent) ends the value: ``null`` where allowed, else an empty object
    (``within`` holds the schemas being filled)."""
    if isinstance(t, ir.Nullable):
        if isinstance(t.inner, ir.Named) and t.inner.name in within:
            return None
        return placeholder(schemas, t.inner, file_value, within)
    if isinstance(t, ir.Primitive):
        content = file_value(t)
        if content is not None:
            return content
        if t.kind == "string" and t.format in FORMAT_PLACEHOLDERS:
            return FORMAT_PLACEHOLDERS[t.format]
        scalars = {"string": "<value>", "integer": 0, "number": 0.0, "boolean": False}
        return scalars.get(t.kind, "<value>")
    if isinstance(t, ir.ArrayType):
        return []
    if isinstance(t, ir.Named):
        schema = schemas[t.name]
        if isinstance(schema, ir.EnumSchema):
            return schema.values[0]
        if t.name in within:
            return {}
        inside = within | {t.name}
        if isinstance(schema, ir.ObjectSchema):
            return {
                p.name: placeholder(schemas, p.type, file_value, inside)
                for p in schema.properties
                if p.required and not p.read_only
            }
        if isinstance(schema, ir.UnionSchema) and schema.variants:
            # The first member that does not lead back into the value being filled.
            member = next(
                (v for v in schema.variants if not (isinstance(v, ir.Named) and v.name in inside)),
                schema.variants[0],
            )
            return tag_example(schema, member, placeholder(schemas, member, file_value, inside))
    return {}


def name_typed_errors(
    api: ir.Api,
    schema_name: Callable[[ir.SchemaName], str],
    inline_name: Callable[[tuple[str, ...]], str],
    claim: Callable[[str], str],
) -> dict[ir.TypeRef, str]:
    """A typed error class for each distinct JSON body of an error response, in spec order:
    named after its schema (``schema_name``), or after the operation and status for a body
    with no schema of its own (``inline_name``); ``claim`` makes each unique."""
    found: dict[ir.TypeRef, str] = {}
    for op in api.operations:
        for response in typed_error_responses(op):
            assert response.type is not None
            if response.type in found:
                continue
            if isinstance(response.type, ir.Named):
                base = schema_name(response.type.name)
            else:
                base = inline_name((op.operation_id, response.status.lower(), "error"))
            found[response.type] = claim(base)
    return found


def typed_error_rows(op: ir.Operation, class_of: Callable[[ir.TypeRef], str]) -> list[list[str]]:
    """Rows of an operation's Errors table for its typed errors, one per class: the class (in
    the SDK's ``errors`` module), the statuses that raise it, its content type."""
    by_class: dict[str, list[ir.Response]] = {}
    for response in typed_error_responses(op):
        assert response.type is not None
        by_class.setdefault(class_of(response.type), []).append(response)
    return [
        [
            f"errors.{name}",
            ", ".join(status_label(r.status) for r in found),
            markdown.cell(found[0].content_type or ""),
        ]
        for name, found in by_class.items()
    ]


def operation_doc_heading(op: ir.Operation, method: str, language: str) -> dict[str, Any]:
    """What every target's operation page says of an operation before its own parts: the
    method's name, summary and description, deprecation, and the usage-snippet marker."""
    return {
        "name": method,
        "summary": markdown.cell(op.summary) if op.summary else None,
        "description": markdown.paragraph(op.description or op.summary or ""),
        "deprecated": op.deprecated,
        "snippet_comment": (
            f'<!-- UsageSnippet language="{language}" '
            f'operationID="{markdown.attribute(op.operation_id)}" '
            f'method="{op.method.lower()}" path="{markdown.attribute(op.path)}" -->'
        ),
    }


def version_line(api: ir.Api, package_version: str) -> str:
    """The README's sentence on versions: the SDK's, and the API's it was generated from."""
    return (
        f"Version {markdown.inline(package_version)}, generated from "
        f"{markdown.inline(api.title)} {markdown.inline(api.version)} (the spec's "
        "`info.version`); what changed in each version is in [CHANGELOG.md](CHANGELOG.md)."
    )


def log_env(package: str) -> str:
    """The environment variable that turns an SDK's debug logging on (``=debug``), named after
    its package as its other variables are: ``friendli`` -> ``FRIENDLI_LOG``."""
    return re.sub(r"[^A-Za-z0-9]+", "_", package).strip("_").upper() + "_LOG"


@dataclass(frozen=True)
class PageNames:
    """An operation's :class:`ir.Pagination` in a target's names: attribute paths through
    the answer's models, and the method's argument names for the query parameters."""

    style: str
    items: tuple[str, ...]
    param: str | None
    next: tuple[str, ...]
    next_from_item: str | None
    has_more: tuple[str, ...]
    limit: str | None


def page_names(
    schemas: Mapping[ir.SchemaName, ir.NamedSchema],
    op: ir.Operation,
    answer: ir.TypeRef,
    field_name: Callable[[ir.SchemaName, str], str],
    argument_name: Callable[[str], str],
) -> PageNames | None:
    """``op``'s pages in a target's names: ``field_name(schema, wire)`` names a model's
    field, ``argument_name(wire)`` the method's argument for a query parameter."""
    pages = op.pagination
    if pages is None:
        return None

    def path(start: ir.TypeRef, wire_path: tuple[str, ...]) -> tuple[str, ...]:
        names = []
        t = start
        for wire in wire_path:
            while isinstance(t, ir.Nullable):
                t = t.inner
            assert isinstance(t, ir.Named), (op.operation_id, wire_path)
            schema = schemas[t.name]
            assert isinstance(schema, ir.ObjectSchema), (op.operation_id, wire_path)
            names.append(field_name(t.name, wire))
            t = next(p.type for p in schema.properties if p.name == wire)
        return tuple(names)

    return PageNames(
        style=pages.style,
        items=path(answer, pages.items),
        param=argument_name(pages.param) if pages.param else None,
        next=path(answer, pages.next),
        next_from_item=(
            path(pages.item_type, (pages.next_from_item,))[0] if pages.next_from_item else None
        ),
        has_more=path(answer, pages.has_more),
        limit=argument_name(pages.limit) if pages.limit else None,
    )
