"""TypeScript names and types for everything the SDK holds: model types and files, fields,
namespaces, methods, request types, typed errors, credentials, and the runtime schema
descriptors. The other parts of the planner read names from here and never make their own."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..operation import Input
from ..parts import Part, SymbolsBase
from ... import ir, markdown, tracking
from ...config import Config
from ...errors import Diagnostics
from ...words import Namer

from ..shared import (
    client_security_schemes,
    name_typed_errors,
    response_kind,
    success_response,
    typed_error_responses,
)
from .naming import CLASS_MEMBERS, RESERVED_TYPE_NAMES, camel_case, file_name, type_name

RUNTIME = Path(__file__).resolve().parent / "runtime"
# The runtime modules every SDK carries (real source in ``runtime/``), by path under src/;
# the event-stream module only in SDKs with an event stream.
RUNTIME_SOURCES = ("lib/raw.ts", "lib/retries.ts", "lib/runtime.ts", "lib/schema.ts")
EVENT_STREAM_SOURCES = ("lib/sse.ts",)
PAGINATION_SOURCES = ("lib/pagination.ts",)
TYPESCRIPT_VERSION = "5.9.3"
NODE_TYPES_VERSION = "20.19.43"
RUNTIME_FILES = frozenset({"index", "sdk", "errors"})
SDK_LINK_PREFIX = "../../models/"
MODEL_LINK_PREFIX = "./"


def string(text: str) -> str:
    """A double-quoted TypeScript string literal for any text (JSON's escapes are valid
    JavaScript; line and paragraph separators are escaped too)."""
    return (
        json.dumps(text, ensure_ascii=False)
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def comment(text: str | None, indent: str = "") -> str | None:
    """A JSDoc block for spec text: ``*/`` cannot close it early, lines kept."""
    if not text or not text.strip():
        return None
    safe = text.replace("*/", "*\\/").replace("\r\n", "\n").strip()
    lines = safe.split("\n")
    if len(lines) == 1:
        return f"{indent}/** {lines[0]} */"
    body = "\n".join(f"{indent} *" + (f" {line}" if line.strip() else "") for line in lines)
    return f"{indent}/**\n{body}\n{indent} */"


@dataclass(frozen=True)
class _Field:
    prop: ir.Property
    name: str
    required_in_type: bool  # the interface's `?`
    required_in_request: bool


@dataclass(frozen=True)
class _Input:
    """A member of an operation's request object."""

    name: str
    given: Input  # the operation record's input this member names
    wire: str | None  # None: the whole body
    location: str  # path, query, header, cookie, field (a body field), body
    type: ir.TypeRef
    required: bool
    description: str | None
    example: Any
    has_example: bool
    style: str = "form"
    explode: bool = True


tracking.track(_Input, "description")  # a copy of its Input's (generator/tracking.py)


class Symbols(SymbolsBase):
    """The TypeScript names of one API, computed once."""

    def __init__(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> None:
        super().__init__(api, config, diagnostics)
        from . import TypeScriptSettings  # the target's section of the config

        self.settings: TypeScriptSettings = config.section("typescript", TypeScriptSettings())
        # What users install and import: the npm name (a scoped one included).
        self.package = self.settings.npm_name or config.package_name
        self.client = config.sync_client.removeprefix("Sync") or config.sync_client
        self.variable = config.client_variable
        types = Namer(RESERVED_TYPE_NAMES | {self.client, "SDKOptions", "models", "errors"})
        files = Namer(RUNTIME_FILES, fold_case=True)
        self.type_names: dict[ir.SchemaName, str] = {}
        self.file_names: dict[ir.SchemaName, str] = {}
        for schema in api.schemas:
            name = types.claim(type_name(schema.name.parts))
            self.type_names[schema.name] = name
            self.file_names[schema.name] = files.claim(file_name(name))
        self.fields = {
            s.name: self._name_fields(s) for s in api.schemas if isinstance(s, ir.ObjectSchema)
        }
        self.namespaces: dict[tuple[str, ...], tuple[str, str, str]] = {}
        ns_files = Namer(RUNTIME_FILES | {"models", "lib"}, fold_case=True)

        def walk(node: ir.Namespace, siblings: Namer) -> None:
            if node.path:
                cls = types.claim(type_name(node.path, fallback="Api"))
                attr = siblings.claim(camel_case(node.path[-1], fallback="api"))
                self.namespaces[node.path] = (cls, ns_files.claim(file_name(cls)), attr)
            children = Namer(CLASS_MEMBERS | frozenset(self.method_names(node)))
            for child in node.children:
                walk(child, children)

        walk(api.root, Namer())
        self.request_types: dict[str, str] = {}
        for op in api.operations:
            owner = self.namespaces[op.namespace][0] if op.namespace else self.client
            words = tuple(op.name_words) + ("request",)
            self.request_types[op.operation_id] = types.claim(type_name((owner, *words)))
        self.errors = self._name_errors()
        self.credentials = self._credentials()

    def _name_fields(self, schema: ir.ObjectSchema) -> list[_Field]:
        namer = Namer()
        found = []
        for prop in schema.properties:
            required = prop.required and not (prop.read_only or prop.write_only)
            found.append(
                _Field(
                    prop,
                    namer.claim(camel_case(prop.name)),
                    required,
                    prop.required and not prop.read_only,
                )
            )
        return found

    def method_names(self, node: ir.Namespace) -> list[str]:
        namer = Namer(CLASS_MEMBERS)
        return [namer.claim(camel_case("_".join(op.name_words), "call")) for op in node.operations]

    def _name_errors(self) -> dict[ir.TypeRef, str]:
        """A typed error class for each distinct JSON body of an error response."""
        error_names = Namer(frozenset({"SDKError", "SDKBaseError", "TypedSDKError"}))
        return name_typed_errors(
            self.api, lambda name: self.type_names[name], type_name, error_names.claim
        )

    @staticmethod
    def typed_error_responses(op: ir.Operation) -> list[ir.Response]:
        return typed_error_responses(op)

    def _credentials(self) -> list[dict[str, Any]]:
        namer = Namer(frozenset({"serverURL", "retryConfig", "timeoutMs", "fetch", "userAgent"}))
        return [
            {
                "scheme": scheme,
                "name": namer.claim(camel_case(scheme.name, "token")),
                "type": (
                    "{ username: string; password: string }"
                    if scheme.kind == "http-basic"
                    else "string"
                ),
                "env": self.config.token_env if is_token else None,
            }
            for scheme, is_token in client_security_schemes(self.api)
        ]

    def token(self) -> dict[str, Any] | None:
        return next((c for c in self.credentials if c["env"]), None)

    def ts_type(self, t: ir.TypeRef, qualifier: str = "", request: bool = False) -> str:
        if isinstance(t, ir.Primitive):
            if t.kind == "string" and t.format == "byte":
                return "Uint8Array"
            if t.kind == "string" and t.format == "binary":
                return "Uint8Array | Blob" if request else "Uint8Array"
            return {
                "string": "string",
                "integer": "number",
                "number": "number",
                "boolean": "boolean",
            }.get(t.kind, "unknown")
        if isinstance(t, ir.ArrayType):
            return f"Array<{self.ts_type(t.items, qualifier, request)}>"
        if isinstance(t, ir.MapType):
            return f"Record<string, {self.ts_type(t.values, qualifier, request)}>"
        if isinstance(t, ir.Nullable):
            return f"{self.ts_type(t.inner, qualifier, request)} | null"
        return qualifier + self.type_names[t.name]

    def descriptor(self, t: ir.TypeRef, qualifier: str = "") -> str:
        """The runtime schema of a type, as a TypeScript expression."""
        if isinstance(t, ir.Primitive):
            if t.kind == "string" and t.format == "byte":
                return '{ t: "bytes" }'
            if t.kind == "string" and t.format == "binary":
                return '{ t: "file" }'
            kind = t.kind if t.kind in ("string", "integer", "number", "boolean") else "any"
            return f'{{ t: "{kind}" }}'
        if isinstance(t, ir.ArrayType):
            return f'{{ t: "array", items: {self.descriptor(t.items, qualifier)} }}'
        if isinstance(t, ir.MapType):
            return f'{{ t: "map", values: {self.descriptor(t.values, qualifier)} }}'
        if isinstance(t, ir.Nullable):
            return f'{{ t: "nullable", inner: {self.descriptor(t.inner, qualifier)} }}'
        return f'{{ t: "ref", get: () => {qualifier}{self.type_names[t.name]}$ }}'

    def named_in(self, t: ir.TypeRef) -> set[ir.SchemaName]:
        if isinstance(t, ir.Named):
            return {t.name}
        if isinstance(t, ir.ArrayType):
            return self.named_in(t.items)
        if isinstance(t, ir.MapType):
            return self.named_in(t.values)
        if isinstance(t, ir.Nullable):
            return self.named_in(t.inner)
        return set()

    def doc_type(self, t: ir.TypeRef, link_prefix: str, request: bool = False) -> str:
        """A docs table's type cell: links to model pages."""
        # Angle brackets escaped: "Record<string" must not read as an HTML tag.
        if isinstance(t, ir.Nullable):
            return f"{self.doc_type(t.inner, link_prefix, request)} \\| *null*"
        if isinstance(t, ir.ArrayType):
            return f"Array\\<{self.doc_type(t.items, link_prefix, request)}\\>"
        if isinstance(t, ir.MapType):
            return f"Record\\<string, {self.doc_type(t.values, link_prefix, request)}\\>"
        if isinstance(t, ir.Named):
            name = self.type_names[t.name]
            return f"[models.{name}]({link_prefix}{self.file_names[t.name]}.md)"
        return f"*{markdown.escape(self.ts_type(t, request=request))}*"

    def _all_namespaces(self, node: ir.Namespace) -> list[ir.Namespace]:
        found = [node]
        for child in node.children:
            found += self._all_namespaces(child)
        return found

    def user_agent(self) -> str:
        return f"{self.package}-typescript/{self.config.package_version}"

    def inputs(self, op: ir.Operation) -> tuple[list[_Input], dict[str, Any] | None]:
        """The request object's members (parameters, then body fields or the body), and how
        the runtime finds the body: the operation record's inputs, named for TypeScript. A
        body whose field names would clash with a parameter's stays one member."""
        record = self.records[op.operation_id]
        namer = Namer(frozenset({"options"}))
        found = [
            _input(namer.claim(camel_case(given.wire or "")), given) for given in record.inputs
        ]
        flat = record.flat_body
        names = {i.name for i in found}
        if flat is not None and not any(f.name in names for f in self.fields[flat.schema.name]):
            by_wire = {f.prop.name: f for f in self.fields[flat.schema.name]}
            for given in flat.fields:
                assert given.wire is not None
                name = by_wire[given.wire].name
                namer.claim(name)
                found.append(_input(name, given, "field"))
            return found, {
                "schema": f"() => models.{self.type_names[flat.schema.name]}$",
                "member": None,
                "example": flat.example,
            }
        if record.whole_body is None:
            return found, None
        name = namer.claim("body")
        found.append(_input(name, record.whole_body))
        return found, {
            "schema": "() => (" + self.descriptor(record.whole_body.type, "models.") + ")",
            "member": string(name),
            "example": None,
        }

    @staticmethod
    def success(op: ir.Operation) -> ir.Response | None:
        return success_response(op)

    def field_name(self, schema: ir.SchemaName, wire: str) -> str:
        """The TypeScript name of an object schema's property."""
        return next(f.name for f in self.fields[schema] if f.prop.name == wire)

    def returns(self, op: ir.Operation) -> str:
        success = self.success(op)
        kind = response_kind(success.content_type if success else None)
        if success is None or kind == "none":
            return "void"
        if kind == "text":
            return "string"
        if kind == "bytes":
            return "Uint8Array"
        event = self.ts_type(success.type, "models.") if success.type is not None else "unknown"
        if kind == "sse":
            return f"EventStream<{event if success.type is not None else 'string'}>"
        return event


def _input(name: str, given: Input, location: str | None = None) -> _Input:
    """A record input as a request member named ``name`` (body fields sit at ``field``)."""
    return _Input(
        name,
        given,
        given.wire,
        location or given.location,
        given.type,
        given.required,
        tracking.copy(given, "description"),
        given.example,
        given.has_example,
        given.style,
        given.explode,
    )


class TypeScriptPart(Part[Symbols]):
    """A part of the TypeScript planner."""
