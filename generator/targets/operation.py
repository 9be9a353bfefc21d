"""One record per operation: the wire facts every target prints, derived once from the IR.

A target names things and prints this record in its language; it never re-derives how a
request travels (servers, media types, the response kind, security alternatives, parameter
styles, which error answers have typed bodies). Pagination, raw responses and stream
overloads belong here too when they land, so that every target gets them alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from .. import ir, tracking
from .shared import (
    flattens,
    is_event_envelope,
    response_kind,
    stream_alternative,
    success_response,
    typed_error_responses,
)


@dataclass(frozen=True)
class Input:
    """One value a caller passes: a parameter, a field of a body whose fields become the
    method's own inputs, or the whole body (``wire`` is None then)."""

    wire: str | None  # the spec's name
    location: str  # path, query, header, cookie, or body (a body field or the whole body)
    type: ir.TypeRef
    required: bool
    description: str | None
    example: Any
    has_example: bool
    style: str = "form"  # parameters: as the spec resolves it
    explode: bool = True


@dataclass(frozen=True)
class FlatBody:
    """An object body (JSON, form or multipart) whose properties a method takes one by one."""

    schema: ir.ObjectSchema
    fields: tuple[Input, ...]  # every property a caller may send (read-only ones are not)
    example: Any  # the body's example, None when it has none


@dataclass(frozen=True)
class OperationRecord:
    """How one operation travels, as both SDK runtimes need it."""

    operation: ir.Operation
    servers: tuple[str, ...]  # the operation's own (or its path's) servers, variables at defaults
    request_content_type: str | None
    accept: str  # the success answer's media type, or */*
    response_kind: str  # json, text, bytes, sse or none
    response_content_type: str | None
    response_type: ir.TypeRef | None  # the success body's schema, when it has one
    sse_envelope: bool  # an event stream whose schema describes whole events
    security: tuple[tuple[str, ...], ...]  # alternatives, each a set of scheme names
    typed_errors: tuple[ir.Response, ...]  # error answers whose JSON body has a schema
    inputs: tuple[Input, ...]  # the parameters (path, query, header, cookie), in spec order
    flat_body: FlatBody | None  # the body's fields as inputs, when it is an object body
    whole_body: Input | None  # the body as one input (when not flattened, or a target prefers)
    # The event stream the success answer may be instead of its primary body (an LLM API's
    # JSON or a stream of chunks): its event type (None: text), whether that describes whole
    # events, and the body's boolean ``stream`` field that asks for it, when there is one.
    streams: bool = False
    stream_type: ir.TypeRef | None = None
    stream_envelope: bool = False
    stream_flag: Input | None = None

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def path(self) -> str:
        return self.operation.path


def operation_record(api: ir.Api, op: ir.Operation) -> OperationRecord:
    rb = op.request_body
    flat_body = None
    whole_body = None
    if rb is not None:
        target = api.schema(rb.type.name) if isinstance(rb.type, ir.Named) else None
        if isinstance(target, ir.ObjectSchema) and flattens(rb.content_type):
            fields = tuple(
                Input(
                    p.name,
                    "body",
                    p.type,
                    p.required and not p.read_only,  # write-only: required of callers
                    tracking.copy(p, "description"),
                    p.example,
                    p.has_example,
                )
                for p in target.properties
                if not p.read_only  # the server sets it: not an input
            )
            flat_body = FlatBody(target, fields, rb.example if rb.has_example else None)
        whole_body = Input(
            None,
            "body",
            rb.type,
            rb.required,
            tracking.copy(rb, "description"),
            rb.example,
            rb.has_example,
        )
    success = success_response(op)
    content_type = success.content_type if success is not None else None
    kind = response_kind(content_type)
    stream = stream_alternative(success)
    stream_flag = None
    if stream is not None and flat_body is not None:
        stream_flag = next(
            (
                f
                for f in flat_body.fields
                if f.wire == "stream" and not f.required and _is_boolean(f.type)
            ),
            None,
        )
    return OperationRecord(
        operation=op,
        servers=tuple(server.default_url for server in op.servers),
        request_content_type=rb.content_type if rb is not None else None,
        accept=(
            content_type or "*/*"
            if stream is None or stream.content_type is None
            else f"{content_type}, {stream.content_type}"
        ),
        response_kind=kind,
        response_content_type=content_type or None,
        response_type=success.type if success is not None else None,
        sse_envelope=kind == "sse" and is_event_envelope(api, success),
        security=op.security,
        typed_errors=tuple(r for r in typed_error_responses(op) if r.type is not None),
        inputs=tuple(
            Input(
                p.name,
                p.location,
                p.type,
                p.required,
                tracking.copy(p, "description"),
                p.example,
                p.has_example,
                p.style,
                p.explode,
            )
            for p in op.parameters
        ),
        flat_body=flat_body,
        whole_body=whole_body,
        streams=stream is not None,
        stream_type=stream.type if stream is not None else None,
        stream_envelope=is_event_envelope(api, stream),
        stream_flag=stream_flag,
    )


# A record's copies of the IR's texts are read through the same descriptor (the copies are
# taken without noting a read: only what reads the copy reads the text).
tracking.track(Input, "description")


def _is_boolean(type_: ir.TypeRef) -> bool:
    while isinstance(type_, ir.Nullable):
        type_ = type_.inner
    return isinstance(type_, ir.Primitive) and type_.kind == "boolean"


def operation_records(api: ir.Api) -> dict[str, OperationRecord]:
    """Every operation's record, by operationId (unique: the loader enforces it)."""
    return {op.operation_id: operation_record(api, op) for op in api.operations}


def documented_value(
    given: Input,
    body_example: Any,
    placeholder: Callable[[ir.TypeRef], Any],
    schemas: Mapping[ir.SchemaName, ir.NamedSchema],
) -> tuple[bool, Any]:
    """The value a documented call passes for an input, and whether it passes one at all:
    the body example's value for a body field, else the input's own example, else a
    placeholder when it is required; optional inputs without an example are left out. A
    file is always the target's stand-in for file content: a spec's example of one is a
    string that names it (``"<binary image file>"``), which no SDK sends as a file."""
    example = body_example if isinstance(body_example, dict) else {}
    shown, value = False, None
    if given.location == "body" and given.wire is not None and given.wire in example:
        shown, value = True, example[given.wire]
    elif given.has_example:
        shown, value = True, given.example
    if (shown or given.required) and holds_file(schemas, given.type):
        return True, placeholder(given.type)
    if shown:
        return True, value
    if given.required:
        return True, placeholder(given.type)
    return False, None


def holds_file(
    schemas: Mapping[ir.SchemaName, ir.NamedSchema],
    t: ir.TypeRef,
    seen: frozenset[ir.SchemaName] = frozenset(),
) -> bool:
    """Whether ``t`` is file content (``format: binary``), or a list or union of it."""
    while isinstance(t, (ir.Nullable, ir.ArrayType)):
        t = t.inner if isinstance(t, ir.Nullable) else t.items
    if isinstance(t, ir.Primitive):
        return t.kind == "string" and t.format == "binary"
    schema = schemas.get(t.name) if isinstance(t, ir.Named) and t.name not in seen else None
    if isinstance(schema, ir.UnionSchema):
        return any(holds_file(schemas, v, seen | {schema.name}) for v in schema.variants)
    return False
