"""Python names for everything the SDK holds: schema classes and modules, fields, namespaces,
methods, typed errors and client credentials, each claimed once and unique where it lives.
The other parts of the planner (code, docs, snippets) read names from here and never
make their own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..operation import Input
from ..parts import Part, SymbolsBase
from ... import ir, tracking
from ...config import Config
from ...errors import Diagnostics
from ..shared import (
    client_security_schemes,
    property_text,
    response_kind,
    success_response,
    name_typed_errors,
    typed_error_responses,
)
from . import literals
from .naming import (
    CLASS_MEMBERS,
    RESERVED_CLASS_NAMES,
    RUNTIME_ERRORS,
    Namer,
    class_name,
    member_name,
    module_name,
)
from .typemap import SchemaNames, TypeMapper, strip_nullable

RUNTIME_MODULES = frozenset(
    {
        "__init__",
        "_enums",
        "_errors",
        "_runtime",
        "_unset",
        "_version",
        "errors",
        "sdk",
        "types",
        "utils",
        "models",
    }
)
METHOD_FIXED_PARAMS = ("retries", "server_url", "timeout_ms", "http_headers")
METHOD_TAKEN = frozenset(
    {*METHOD_FIXED_PARAMS, "self", "models", "utils", "httpx", "cast", "warnings"}
)
SDK_LINK_PREFIX = "../../models/"
MODEL_LINK_PREFIX = "../models/"
# The errors module re-exports these; typed error classes take other names.
SDK_ERROR_NAMES = frozenset({*RUNTIME_ERRORS, "TypedSDKError"})
RUNTIME = Path(__file__).resolve().parent / "runtime"
# The oldest Python the runtime runs on (a config may raise it: python.python_floor).
SDK_PYTHON_FLOOR = "3.9"
# What builds the SDK's wheel: pinned, and new enough for PEP 621 yet still running on the
# SDK's Python floor (hatchling 1.28 and later need 3.10).
SDK_BUILD_BACKEND = "hatchling==1.27.0"
# The runtime modules every SDK carries (real source in ``runtime/``), by package path; the
# event-stream module only in SDKs with an event stream.
RUNTIME_SOURCES = (
    "_enums.py",
    "_runtime.py",
    "_unset.py",
    "models/_errors.py",
    "types.py",
    "utils/raw.py",
    "utils/retries.py",
)
EVENT_STREAM_SOURCES = ("utils/eventstreaming.py",)
PAGINATION_SOURCES = ("utils/pagination.py",)


@dataclass(frozen=True)
class _Field:
    """A property of an object schema, named and typed for Python."""

    prop: ir.Property
    name: str
    inner: ir.TypeRef
    nullable: bool
    required_in_request: bool  # a write-only field is required of callers, not of answers


@dataclass(frozen=True)
class _Input:
    """One keyword parameter of an operation method: a path/query/header parameter, a field
    of a flattened JSON body, or the whole body (``wire`` is None then)."""

    name: str
    given: Input  # the operation record's input this parameter names
    wire: str | None
    location: str
    inner: ir.TypeRef
    nullable: bool
    required: bool
    description: str | None
    example: Any
    has_example: bool
    style: str = "form"
    explode: bool = True


tracking.track(_Input, "description")  # a copy of its Input's (generator/tracking.py)


@dataclass(frozen=True)
class _Body:
    """How a method builds its request body: a model from some of its inputs, or one input."""

    schema: ir.SchemaName | None
    fields: tuple[tuple[str, str], ...]  # (model field, method parameter)
    param: str | None
    example: Any


@dataclass(frozen=True)
class _Credential:
    """A security scheme as a client parameter: ``env`` names the variable that fills it."""

    scheme: ir.SecurityScheme
    param: str
    annotation: str
    env: str | None
    description: str


class Symbols(SymbolsBase):
    """The Python names of one API, computed once."""

    def __init__(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> None:
        super().__init__(api, config, diagnostics)
        from . import PythonSettings  # the target's section of the config

        self.settings: PythonSettings = config.section("python", PythonSettings())
        self.distribution = self.settings.distribution or self.package  # what pip installs
        self.names = self._name_schemas()
        self.types = TypeMapper(self.names, self.schemas)
        self.fields = {
            s.name: self._name_fields(s) for s in api.schemas if isinstance(s, ir.ObjectSchema)
        }
        self.title = self.config.sync_client.removeprefix("Sync") or self.package
        # The docs folder of the operations without a tag (the client's own methods); None
        # when every operation has one.
        self.root_docs: str | None = None
        self.namespace_names = self._name_namespaces()
        self.credentials = self._credentials()
        self.error_classes = self._name_errors()

    def _name_schemas(self) -> dict[ir.SchemaName, SchemaNames]:
        classes = Namer(RESERVED_CLASS_NAMES | {self.config.sync_client, self.config.async_client})
        modules = Namer(RUNTIME_MODULES, fold_case=True)
        names = {}
        for schema in self.api.schemas:
            base = class_name(schema.name.parts)
            cls = classes.claim(base)
            typed_dict = None
            if not isinstance(schema, ir.EnumSchema):
                typed_dict = cls + "TypedDict"
                while typed_dict != classes.claim(typed_dict):
                    cls = classes.claim(base)
                    typed_dict = cls + "TypedDict"
            names[schema.name] = SchemaNames(cls, typed_dict, modules.claim(module_name(cls)))
        return names

    def _name_fields(self, schema: ir.ObjectSchema) -> list[_Field]:
        namer = Namer(frozenset({"model_config"}))
        found = []
        for prop in schema.properties:
            required_in_request = prop.required and not prop.read_only
            if prop.read_only or prop.write_only:
                # One model serves requests and answers: a read-only field is never sent and
                # a write-only one never comes back, so neither can be required of both.
                prop = tracking.replace(prop, required=False)
            inner, nullable = strip_nullable(prop.type)
            name = namer.claim(member_name(prop.name))
            found.append(_Field(prop, name, inner, nullable, required_in_request))
        return found

    def _name_namespaces(self) -> dict[tuple[str, ...], tuple[str, str, str]]:
        """Namespace path -> (class name, module, attribute)."""
        classes = Namer(frozenset({self.config.sync_client, self.config.async_client}))
        modules = Namer(RUNTIME_MODULES | {n.module for n in self.names.values()}, fold_case=True)
        found: dict[tuple[str, ...], tuple[str, str, str]] = {}

        def walk(node: ir.Namespace, siblings: Namer) -> None:
            if node.path:
                cls = classes.claim(class_name(node.path, fallback="Api"))
                attr = siblings.claim(member_name(node.path[-1], fallback="api"))
                found[node.path] = (cls, modules.claim(module_name(cls)), attr)
            children = Namer(CLASS_MEMBERS | self._operation_names(node))
            for child in node.children:
                walk(child, children)

        walk(self.api.root, Namer())
        if self.api.root.operations:  # (claimed last: no namespace's module changes for it)
            self.root_docs = modules.claim(module_name(class_name((self.title,))))
        return found

    def _operation_names(self, node: ir.Namespace) -> set[str]:
        return {member_name("_".join(op.name_words), fallback="call") for op in node.operations}

    def _name_errors(self) -> dict[ir.TypeRef, str]:
        """A typed error class for each distinct JSON body of an error response."""
        namer = Namer(SDK_ERROR_NAMES | RESERVED_CLASS_NAMES)
        return name_typed_errors(
            self.api, lambda name: self.names[name].class_name, class_name, namer.claim
        )

    @staticmethod
    def typed_error_responses(op: ir.Operation) -> list[ir.Response]:
        return typed_error_responses(op)

    def _credentials(self) -> list[_Credential]:
        """One client parameter per security scheme some operation uses, in spec order. The
        first bearer-like scheme (HTTP bearer, OAuth2, OpenID Connect: all send a bearer
        token) is the client's token: the one the configured environment variable fills."""
        namer = Namer(frozenset({"server_url", "retry_config", "timeout_ms", "client", "self"}))
        found: list[_Credential] = []
        for scheme, is_token in client_security_schemes(self.api):
            annotation = "Tuple[str, str]" if scheme.kind == "http-basic" else "str"
            if scheme.kind == "http-basic":
                what = "The (username, password) pair for HTTP basic authentication"
            elif scheme.kind == "api-key":
                what = f"The API key, sent in the {scheme.location} {scheme.parameter_name!r}"
            else:
                what = "The bearer token"
            found.append(
                _Credential(
                    scheme,
                    namer.claim(member_name(scheme.name, fallback="token")),
                    annotation,
                    self.config.token_env if is_token else None,
                    what,
                )
            )
        return found

    def _namespaces(self, node: ir.Namespace) -> list[ir.Namespace]:
        found = [node]
        for child in node.children:
            found.extend(self._namespaces(child))
        return found

    @staticmethod
    def _one_line(text: str) -> str:
        return " ".join(text.split())

    def user_agent(self) -> str:
        return f"{self.package}-python/{self.config.package_version}"

    def token_param(self) -> str | None:
        """The client parameter the token environment variable fills, if any."""
        return next((c.param for c in self.credentials if c.env), None)

    @staticmethod
    def _docstring_or_none(text: str | None) -> str | None:
        return literals.docstring(text) if text else None

    @staticmethod
    def _field_doc(prop: ir.Property) -> str | None:
        text = property_text(prop)
        if prop.deprecated:
            text = ("Deprecated. " + text).strip()
        return text or None

    def method_names(self, node: ir.Namespace) -> list[str]:
        """The Python method name of each operation of ``node``, unique within its class."""
        methods = Namer(CLASS_MEMBERS | {self.namespace_names[c.path][2] for c in node.children})
        return [
            methods.claim(member_name("_".join(op.name_words), fallback="call"))
            for op in node.operations
        ]

    def class_members(self, node: ir.Namespace) -> frozenset[str]:
        """The attributes of a namespace's class: its children and its methods."""
        return frozenset(
            {self.namespace_names[c.path][2] for c in node.children} | set(self.method_names(node))
        )

    def operation_inputs(self, op: ir.Operation) -> tuple[list[_Input], _Body | None]:
        """The method's own parameters (in spec order) and how the request body is built:
        the operation record's inputs, named for Python."""
        record = self.records[op.operation_id]
        namer = Namer(METHOD_TAKEN)
        inputs = [
            self._input(namer.claim(member_name(given.wire or "")), given)
            for given in record.inputs
        ]
        if record.flat_body is not None:
            flat = record.flat_body
            by_wire = {f.prop.name: f for f in self.fields[flat.schema.name]}
            fields = []
            for given in flat.fields:
                assert given.wire is not None
                field = by_wire[given.wire]
                name = namer.claim(field.name)
                inputs.append(self._input(name, given))
                fields.append((field.name, name))
            return inputs, _Body(flat.schema.name, tuple(fields), None, flat.example)
        if record.whole_body is None:
            return inputs, None
        name = namer.claim("request")
        inputs.append(self._input(name, record.whole_body))
        return inputs, _Body(None, (), name, None)

    @staticmethod
    def _input(name: str, given: Input) -> _Input:
        inner, nullable = strip_nullable(given.type)
        return _Input(
            name,
            given,
            given.wire,
            given.location,
            inner,
            nullable,
            given.required,
            tracking.copy(given, "description"),
            given.example,
            given.has_example,
            given.style,
            given.explode,
        )

    @staticmethod
    def response_kind(content_type: str | None) -> str:
        return response_kind(content_type)

    def response_shape(self, success: ir.Response | None, mapper: TypeMapper) -> tuple[str, str]:
        """The response kind and the method's return annotation."""
        if success is None or success.content_type is None:
            return "none", "None"
        kind = self.response_kind(success.content_type)
        if kind == "text":
            return kind, "str"
        if kind == "bytes":
            return kind, "bytes"
        if kind == "sse":
            event = (
                "str" if success.type is None else mapper.annotation(success.type, mapper.models)
            )
            return kind, f"{mapper.utils}EventStream[{event}]"
        if success.type is None:
            mapper.used.add("Any")
            return kind, "Any"
        return kind, mapper.annotation(success.type, mapper.models)

    @staticmethod
    def success_response(op: ir.Operation) -> ir.Response | None:
        return success_response(op)

    def field_name(self, schema: ir.SchemaName, wire: str) -> str:
        """The Python name of an object schema's property."""
        return next(f.name for f in self.fields[schema] if f.prop.name == wire)


class PythonPart(Part[Symbols]):
    """A part of the Python planner; ``names`` and ``types`` are the symbols' own."""

    def __init__(self, symbols: Symbols) -> None:
        super().__init__(symbols)
        self.names = symbols.names
        self.types = symbols.types
