"""Operations into the IR: paths and methods, parameters, bodies, responses, per-operation
servers and security, and the namespace tree their tags make."""

from __future__ import annotations

import re
from typing import Any

from .. import ir
from ..errors import Diagnostics, join_pointer
from ..load import LoadedSpec
from ..words import same_word, split_words
from .reading import HTTP_METHODS, PREFERRED_CONTENT, Reader, spec_field, spec_is_set, spec_text
from .schemas import SchemaParser


class OperationParser(Reader):
    """Turns the paths into IR operations; their types come from the schema parser."""

    def __init__(
        self, spec: LoadedSpec, diagnostics: Diagnostics, schema_parser: SchemaParser
    ) -> None:
        super().__init__(spec, diagnostics)
        self.schema_parser = schema_parser

    def operations(self) -> list[ir.Operation]:
        found: list[ir.Operation] = []
        seen_ids: dict[str, str] = {}
        for path, item in (self.doc.paths or {}).items():
            item_pointer = join_pointer("/paths", path)
            item, item_pointer = self.follow(item, item_pointer)
            for method in HTTP_METHODS:
                operation = getattr(item, method, None)
                if operation is None:
                    continue
                pointer = join_pointer(item_pointer, method)
                built = self.operation(path, method, item, operation, pointer)
                if built.operation_id in seen_ids:
                    raise self.fail(
                        join_pointer(pointer, "operationId"),
                        f"operationId {built.operation_id!r} is already used at "
                        f"{seen_ids[built.operation_id]}",
                    )
                seen_ids[built.operation_id] = pointer
                found.append(built)
        return found

    def operation(self, path: str, method: str, item: Any, op: Any, pointer: str) -> ir.Operation:
        operation_id = op.operationId or "".join(
            w.capitalize() for w in (method, *split_words(path))
        )
        tags = op.tags or []
        namespace = tuple(part for part in str(tags[0]).split(".") if part) if tags else ()
        name_words = self.method_words(op, operation_id, namespace)
        parameters = self.parameters(path, item, op, pointer)
        body = self.request_body(op, operation_id, pointer)
        responses = self.responses(op, operation_id, pointer)
        servers = self.servers(op.servers) or self.servers(item.servers)
        security_source = op.security if op.security is not None else self.doc.security
        security = tuple(tuple(requirement.keys()) for requirement in (security_source or []))
        known = (
            {s for s in (self.doc.components.securitySchemes or {})}
            if self.doc.components
            else set()
        )
        for alternative in security:
            for scheme in alternative:
                if scheme not in known:
                    raise self.fail(
                        join_pointer(pointer, "security"),
                        f"security scheme {scheme!r} is not defined in components/securitySchemes",
                    )
        return ir.Operation(
            operation_id=operation_id,
            namespace=namespace,
            name_words=name_words,
            method=method.upper(),
            path=path,
            summary=spec_text(op.summary),
            description=spec_text(op.description),
            parameters=parameters,
            request_body=body,
            responses=responses,
            servers=servers,
            security=security,
            deprecated=bool(op.deprecated),
            pointer=pointer,
        )

    def method_words(
        self, op: Any, operation_id: str, namespace: tuple[str, ...]
    ) -> tuple[str, ...]:
        """Name a method after its operationId, less the words its namespace already says.

        ``containerImagesGenerate`` in ``Container.Image`` becomes ``generate``; an
        ``x-sdk-name`` extension on the operation names it outright.
        """
        override = spec_field(op, "x-sdk-name")
        words = list(split_words(str(override) if isinstance(override, str) else operation_id))
        if not isinstance(override, str):
            namespace_words = [w for part in namespace for w in split_words(part)]
            stripped = list(words)
            for expected in namespace_words:
                if stripped and same_word(stripped[0], expected):
                    stripped.pop(0)
            if stripped:
                words = stripped
        if not words:
            raise self.fail("", f"operation {operation_id!r} has no usable name")
        return tuple(w.lower() for w in words)

    def parameters(self, path: str, item: Any, op: Any, pointer: str) -> tuple[ir.Parameter, ...]:
        merged: dict[tuple[str, str], tuple[Any, str]] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        sources = (
            (join_pointer(item_pointer, "parameters"), item.parameters),
            (join_pointer(pointer, "parameters"), op.parameters),
        )
        for base, params in sources:
            for index, param in enumerate(params or ()):
                param, param_pointer = self.follow(param, join_pointer(base, index))
                location = str(getattr(param.param_in, "value", param.param_in))
                merged[(param.name, location)] = (param, param_pointer)
        found = []
        for (name, location), (param, param_pointer) in merged.items():
            schema = param.param_schema
            if schema is None and param.content:
                schema = next(iter(param.content.values())).media_type_schema
            if schema is None:
                raise self.fail(param_pointer, f"parameter {name!r} has neither schema nor content")
            type_ = self.schema_parser.type_of(
                schema,
                join_pointer(param_pointer, "schema"),
                ir.SchemaName((op.operationId or path, name)),
            )
            raw_style = getattr(param.style, "value", param.style)
            style = (
                str(raw_style)
                if raw_style
                else ("form" if location in ("query", "cookie") else "simple")
            )
            found.append(
                ir.Parameter(
                    name=name,
                    location=location,  # type: ignore[arg-type]
                    type=type_,
                    required=bool(param.required) or location == "path",
                    description=spec_text(param.description),
                    example=param.example,
                    has_example=param.example is not None,
                    deprecated=bool(param.deprecated),
                    style=style,
                    explode=param.explode if param.explode is not None else style == "form",
                )
            )
        declared = {p.name for p in found if p.location == "path"}
        for template_name in re.findall(r"\{([^}/]+)\}", path):
            if template_name not in declared:
                raise self.fail(
                    pointer,
                    f"path parameter {{{template_name}}} of {path!r} is not declared",
                )
        return tuple(found)

    def pick_content(self, content: dict[str, Any]) -> tuple[str, Any]:
        for preferred in PREFERRED_CONTENT:
            if preferred in content:
                return preferred, content[preferred]
        for media_type, value in content.items():
            if media_type.endswith("+json"):
                return media_type, value
        media_type = next(iter(content))
        return media_type, content[media_type]

    def request_body(self, op: Any, operation_id: str, pointer: str) -> ir.RequestBody | None:
        if op.requestBody is None:
            return None
        body, body_pointer = self.follow(op.requestBody, join_pointer(pointer, "requestBody"))
        if not body.content:
            raise self.fail(body_pointer, "request body has no content")
        content_type, media = self.pick_content(body.content)
        media_pointer = join_pointer(body_pointer, "content", content_type)
        if media.media_type_schema is None:
            raise self.fail(media_pointer, "request body content has no schema")
        type_ = self.schema_parser.type_of(
            media.media_type_schema,
            join_pointer(media_pointer, "schema"),
            ir.SchemaName((operation_id, "RequestBody")),
        )
        example, has_example = media.example, spec_is_set(media, "example")
        if not has_example and media.examples:
            first = next(iter(media.examples.values()))
            first, _ = self.follow(first, media_pointer)
            example, has_example = first.value, True
        return ir.RequestBody(
            content_type=content_type,
            type=type_,
            required=bool(body.required),
            description=spec_text(body.description),
            example=example,
            has_example=has_example,
        )

    def responses(self, op: Any, operation_id: str, pointer: str) -> tuple[ir.Response, ...]:
        found = []
        for status, response in (op.responses or {}).items():
            status = str(status)
            response, response_pointer = self.follow(
                response, join_pointer(pointer, "responses", status)
            )
            content_type = type_ = None
            if response.content:
                content_type, media = self.pick_content(response.content)
                if media.media_type_schema is not None:
                    hint = (
                        (operation_id, "Response")
                        if status.startswith("2")
                        else (operation_id, status, "Error")
                    )
                    type_ = self.schema_parser.type_of(
                        media.media_type_schema,
                        join_pointer(response_pointer, "content", content_type, "schema"),
                        ir.SchemaName(hint),
                    )
            found.append(
                ir.Response(status.upper(), spec_text(response.description), content_type, type_)
            )
        if not found:
            raise self.fail(join_pointer(pointer, "responses"), "operation declares no responses")
        return tuple(found)

    def namespaces(self, operations: list[ir.Operation]) -> ir.Namespace:
        descriptions = {
            tuple(p for p in str(tag.name).split(".") if p): spec_text(tag.description)
            for tag in (self.doc.tags or [])
        }
        paths: list[tuple[str, ...]] = [()]
        for operation in operations:
            for depth in range(1, len(operation.namespace) + 1):
                prefix = operation.namespace[:depth]
                if prefix not in paths:
                    paths.append(prefix)

        def node(path: tuple[str, ...]) -> ir.Namespace:
            children = [p for p in paths if len(p) == len(path) + 1 and p[: len(path)] == path]
            return ir.Namespace(
                path=path,
                description=descriptions.get(path),
                operations=tuple(o for o in operations if o.namespace == path),
                children=tuple(node(child) for child in children),
            )

        return node(())
