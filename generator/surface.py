"""The public surface of a generated SDK, as plain data: what a caller can name and rely on.

Every method (by its place in the client tree), its arguments (name, type, required,
nullable), what it returns and raises, every model (fields, enum values, union members) with
the direction it travels in, the client's credentials and servers. It is computed from the IR
with a target's names, stored in the output's lock file by ``generate``, and
compared by :mod:`generator.changes`: a change report needs only two surfaces, so the next
generation can report against the last without the old spec.

Descriptions are kept as short digests: a report needs to know that docs changed, not what
they said, and a lock file of a large API stays small.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Iterator

from . import ir, tracking
from .config import Config
from .errors import Diagnostics
from .targets.operation import Input
from .targets.parts import SymbolsBase
from .targets.shared import success_response

SURFACE_FORMAT = 2  # 2: keyed by the target's own names


@dataclass(frozen=True)
class Argument:
    name: str
    given: Input


@dataclass(frozen=True)
class Field:
    name: str
    prop: ir.Property
    required_in_request: bool


class Names:
    """How one target names what a caller touches; the surface is keyed by these names, so
    a report over it speaks that SDK's language."""

    symbols: SymbolsBase
    # How a report writes an argument (``{op}`` the method, ``{name}`` the argument).
    argument_format = "{op}({name}=)"

    def __init__(self, api: ir.Api, config: Config) -> None:
        raise NotImplementedError

    @classmethod
    def adopting(cls, symbols: SymbolsBase) -> Names:
        """Names read from ``symbols``, the target's planner's (made with the same API and
        config), instead of computing them again."""
        names = cls.__new__(cls)
        names.adopt(symbols)
        return names

    def adopt(self, symbols: SymbolsBase) -> None:
        raise NotImplementedError

    def class_name(self, name: ir.SchemaName) -> str:
        raise NotImplementedError

    def method_names(self, node: ir.Namespace) -> list[str]:
        raise NotImplementedError

    def attribute(self, path: tuple[str, ...]) -> str:
        raise NotImplementedError

    def arguments(self, op: ir.Operation) -> list[Argument]:
        raise NotImplementedError

    def fields(self, schema: ir.ObjectSchema) -> list[Field]:
        raise NotImplementedError

    def credentials(self) -> dict[str, str]:
        raise NotImplementedError


class SpecNames(Names):
    """The spec's own names, for a target that brings no naming of its own: operation ids'
    words, schema names, wire names."""

    def __init__(self, api: ir.Api, config: Config) -> None:
        self.adopt(SymbolsBase(api, config, Diagnostics()))

    def adopt(self, symbols: SymbolsBase) -> None:
        self.symbols = symbols

    def class_name(self, name: ir.SchemaName) -> str:
        return ".".join(name.parts)

    def method_names(self, node: ir.Namespace) -> list[str]:
        return ["_".join(op.name_words) for op in node.operations]

    def attribute(self, path: tuple[str, ...]) -> str:
        return path[-1]

    def arguments(self, op: ir.Operation) -> list[Argument]:
        record = self.symbols.records[op.operation_id]
        given = list(record.inputs)
        if record.flat_body is not None:
            given += record.flat_body.fields
        elif record.whole_body is not None:
            given.append(record.whole_body)
        return [Argument(g.wire or "body", g) for g in given]

    def fields(self, schema: ir.ObjectSchema) -> list[Field]:
        return [Field(p.name, p, p.required and not p.read_only) for p in schema.properties]

    def credentials(self) -> dict[str, str]:
        return {s.name: s.kind for s in self.symbols.api.security_schemes}


def docs_digest(*texts: str | None) -> str:
    joined = "\x00".join(t or "" for t in texts)
    return hashlib.sha256(joined.encode()).hexdigest()[:12] if joined.strip("\x00") else ""


SURFACE_READER = "\x00surface "


def surface_reader(section: str, key: str) -> str:
    """The reader name of one entry of the surface (``operations`` or ``models``), for the
    texts its digests read (:mod:`generator.tracking`)."""
    return f"{SURFACE_READER}{section} {key}"


class _Builder:
    def __init__(
        self, api: ir.Api, config: Config, target: str, symbols: SymbolsBase | None = None
    ) -> None:
        self.api = api
        from .targets import get_target

        self.target = target
        naming = get_target(target).surface_names or SpecNames
        self.names = naming.adopting(symbols) if symbols is not None else naming(api, config)
        self.symbols = self.names.symbols
        self.schemas = self.symbols.schemas

    def type_text(self, t: ir.TypeRef | None) -> str:
        """A type as the report shows it: model names as the SDK spells them."""
        if t is None:
            return "none"
        if isinstance(t, ir.Nullable):
            return f"{self.type_text(t.inner)} | null"
        if isinstance(t, ir.ArrayType):
            return f"list[{self.type_text(t.items)}]"
        if isinstance(t, ir.MapType):
            return f"dict[str, {self.type_text(t.values)}]"
        if isinstance(t, ir.Named):
            return self.names.class_name(t.name)
        if t.format in ("binary", "byte", "date", "date-time"):
            return f"{t.kind}({t.format})"
        return t.kind

    def reached(self, roots: list[ir.TypeRef | None]) -> set[ir.SchemaName]:
        """Every named schema a value of these types may hold, to any depth."""
        found: set[ir.SchemaName] = set()
        stack = [t for t in roots if t is not None]
        while stack:
            t = stack.pop()
            if isinstance(t, ir.Nullable):
                stack.append(t.inner)
            elif isinstance(t, ir.ArrayType):
                stack.append(t.items)
            elif isinstance(t, ir.MapType):
                stack.append(t.values)
            elif isinstance(t, ir.Named) and t.name not in found:
                found.add(t.name)
                schema = self.schemas[t.name]
                if isinstance(schema, ir.ObjectSchema):
                    stack.extend(p.type for p in schema.properties)
                    if schema.additional_properties is not None:
                        stack.append(schema.additional_properties)
                elif isinstance(schema, ir.UnionSchema):
                    stack.extend(schema.variants)
        return found

    def build(self) -> dict[str, Any]:
        operations: dict[str, Any] = {}
        sent: list[ir.TypeRef | None] = []
        received: list[ir.TypeRef | None] = []
        self.walk(self.api.root, (), operations, sent, received)
        requests, responses = self.reached(sent), self.reached(received)
        models: dict[str, Any] = {}
        for schema in self.api.schemas:
            directions = [
                d for d, s in (("request", requests), ("response", responses)) if schema.name in s
            ]
            name = self.names.class_name(schema.name)
            tracking.reader(surface_reader("models", name))
            models[name] = self.model(schema, directions)
        tracking.reader(tracking.GLOBAL)
        return {
            "format": SURFACE_FORMAT,
            "target": self.target,
            "argument_format": self.names.argument_format,
            "api_version": self.api.version,
            "servers": [s.url for s in self.api.servers],
            "credentials": self.names.credentials(),
            "operations": operations,
            "models": models,
        }

    def walk(
        self,
        node: ir.Namespace,
        prefix: tuple[str, ...],
        operations: dict[str, Any],
        sent: list[ir.TypeRef | None],
        received: list[ir.TypeRef | None],
    ) -> None:
        for where, op in self.places(node, prefix):
            tracking.reader(surface_reader("operations", where))
            operations[where] = self.operation(op, sent, received)
            tracking.reader(tracking.GLOBAL)

    def places(
        self, node: ir.Namespace, prefix: tuple[str, ...]
    ) -> Iterator[tuple[str, ir.Operation]]:
        """Each operation under ``node`` with its place in the client tree."""
        for op, method in zip(node.operations, self.names.method_names(node)):
            yield ".".join((*prefix, method)), op
        for child in node.children:
            yield from self.places(child, (*prefix, self.names.attribute(child.path)))

    def operation(
        self, op: ir.Operation, sent: list[ir.TypeRef | None], received: list[ir.TypeRef | None]
    ) -> dict[str, Any]:
        record = self.symbols.records[op.operation_id]
        by_wire: dict[tuple[str, str], int] = {
            (p.location, p.name): i for i, p in enumerate(op.parameters)
        }
        body_pointer = record.flat_body.schema.pointer if record.flat_body else None
        inputs = {}
        for argument in self.names.arguments(op):
            p = argument.given
            if p.location == "body":
                pointer = (
                    f"{body_pointer}/properties/{p.wire}"
                    if body_pointer and p.wire
                    else f"{op.pointer}/requestBody"
                )
            else:
                index = by_wire.get((p.location, p.wire or ""))
                pointer = f"{op.pointer}/parameters/{index}" if index is not None else op.pointer
            inner = p.type.inner if isinstance(p.type, ir.Nullable) else p.type
            inputs[argument.name] = {
                "wire": p.wire,
                "in": p.location,
                "type": self.type_text(inner),
                "required": p.required,
                "nullable": isinstance(p.type, ir.Nullable),
                "docs": docs_digest(p.description),
                "pointer": pointer,
            }
            sent.append(p.type)
        if record.flat_body is not None:  # the body's model travels too, not only its fields
            sent.append(ir.Named(record.flat_body.schema.name))
        success = success_response(op)
        received.append(record.response_type)
        received.append(record.stream_type)
        errors = {}
        for response in record.typed_errors:
            errors[response.status] = self.type_text(response.type)
            received.append(response.type)
        return {
            "id": op.operation_id,
            "http": f"{op.method} {op.path}",
            "pointer": op.pointer,
            "deprecated": op.deprecated,
            "docs": docs_digest(op.summary, op.description),
            "inputs": inputs,
            "returns": self.type_text(record.response_type) if success is not None else "none",
            "returns_kind": record.response_kind,
            "streams": record.streams or record.response_kind == "sse",
            "pages": op.pagination.style if op.pagination is not None else None,
            "errors": errors,
            "security": sorted(sorted(alt) for alt in record.security),
            "servers": list(record.servers),
        }

    def field(self, f: Field) -> dict[str, Any]:
        nullable = isinstance(f.prop.type, ir.Nullable)
        inner = f.prop.type.inner if isinstance(f.prop.type, ir.Nullable) else f.prop.type
        return {
            "wire": f.prop.name,
            "type": self.type_text(inner),
            # As a caller builds it (read-only fields are never sent) and as an answer
            # carries it (write-only ones never come back).
            "required": f.required_in_request,
            "required_in_response": f.prop.required and not f.prop.write_only,
            "nullable": nullable,
            "deprecated": f.prop.deprecated,
            "read_only": f.prop.read_only,
            "docs": docs_digest(f.prop.description),
        }

    def model(self, schema: ir.NamedSchema, directions: list[str]) -> dict[str, Any]:
        common = {
            "pointer": schema.pointer,
            "directions": directions,
            "docs": docs_digest(schema.description),
        }
        if isinstance(schema, ir.ObjectSchema):
            return {
                **common,
                "kind": "object",
                "fields": {f.name: self.field(f) for f in self.names.fields(schema)},
                "additional": (
                    self.type_text(schema.additional_properties)
                    if schema.additional_properties is not None
                    else None
                ),
            }
        if isinstance(schema, ir.EnumSchema):
            return {**common, "kind": "enum", "values": list(schema.values)}
        return {
            **common,
            "kind": "union",
            "variants": [self.type_text(v) for v in schema.variants],
        }


def surface(
    api: ir.Api, config: Config, target: str = "python", symbols: SymbolsBase | None = None
) -> dict[str, Any]:
    """The public surface of the SDK ``api`` and ``config`` generate for ``target``, in its
    names (see the module doc); ``symbols``: the target's names, when made already."""
    return _Builder(api, config, target, symbols).build()


def entries(
    api: ir.Api,
    config: Config,
    target: str,
    symbols: SymbolsBase,
    wanted: dict[tuple[str, str], dict[str, Any]],
) -> dict[tuple[str, str], dict[str, Any]]:
    """The entries of the surface that ``wanted`` names by section and key, made again with
    the names of ``symbols`` (a regeneration's, :mod:`generator.incremental`); a model
    keeps the directions of its entry in ``wanted``, which only the whole API tells."""
    builder = _Builder(api, config, target, symbols)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    if any(section == "operations" for section, _ in wanted):
        for where, op in builder.places(api.root, ()):
            if ("operations", where) in wanted:
                found["operations", where] = builder.operation(op, [], [])
    if any(section == "models" for section, _ in wanted):
        for schema in api.schemas:
            name = builder.names.class_name(schema.name)
            if ("models", name) in wanted:
                directions = wanted["models", name]["directions"]
                found["models", name] = builder.model(schema, directions)
    return found
