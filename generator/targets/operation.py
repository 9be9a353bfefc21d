"""One record per operation: the wire facts every target prints, derived once from the IR.

A target names things and prints this record in its language; it never re-derives how a
request travels (servers, media types, the response kind, security alternatives, parameter
styles, which error answers have typed bodies). Pagination, raw responses and stream
overloads belong here too when they land, so that every target gets them alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir
from .shared import is_event_envelope, response_kind, success_response, typed_error_responses


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
    parameters: tuple[ir.Parameter, ...]  # path, query, header and cookie, in spec order
    typed_errors: tuple[ir.Response, ...]  # error answers whose JSON body has a schema

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
    success = success_response(op)
    content_type = success.content_type if success is not None else None
    kind = response_kind(content_type)
    return OperationRecord(
        operation=op,
        servers=tuple(server.default_url for server in op.servers),
        request_content_type=op.request_body.content_type if op.request_body else None,
        accept=content_type or "*/*",
        response_kind=kind,
        response_content_type=content_type or None,
        response_type=success.type if success is not None else None,
        sse_envelope=kind == "sse" and is_event_envelope(api, success),
        security=op.security,
        parameters=op.parameters,
        typed_errors=tuple(r for r in typed_error_responses(op) if r.type is not None),
    )


def operation_records(api: ir.Api) -> dict[str, OperationRecord]:
    """Every operation's record, by operationId (unique: the loader enforces it)."""
    return {op.operation_id: operation_record(api, op) for op in api.operations}
