"""Plan the Python SDK: every file to write, with the names, types and text it needs.

This is where Python decisions are made (names, annotations, imports, docstrings, docs
tables, usage snippets); the templates under ``templates/python/`` only lay them out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ... import ir, markdown, transport
from ...config import Config
from ...errors import Diagnostics, Problem, SpecError
from .. import OutputFile
from ..operation import operation_records
from ..sources import source_text
from ..shared import (
    client_security_schemes,
    flattens,
    has_event_streams,
    property_text,
    response_kind,
    status_label,
    success_response,
    tag_example,
    typed_error_responses,
)
from ...transport import BACKOFF_DEFAULTS
from . import literals
from .naming import Namer, RESERVED_CLASS_NAMES, class_name, enum_member, member_name, module_name
from .typemap import (
    SDK_TYPE_NAMES,
    TYPING_NAMES,
    SchemaNames,
    TypeMapper,
    strip_nullable,
    wrapper_name,
)

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
SDK_ERROR_NAMES = frozenset(
    {
        "ResponseValidationError",
        "SDKBaseError",
        "SDKConnectionError",
        "SDKError",
        "SDKTimeoutError",
        "TypedSDKError",
    }
)
REQUIRED_MARK = {True: ":heavy_check_mark:", False: ":heavy_minus_sign:"}
RUNTIME = Path(__file__).resolve().parent / "runtime"
# The runtime modules every SDK carries (real source in ``runtime/``), by package path; the
# event-stream module only in SDKs with an event stream.
RUNTIME_SOURCES = (
    "_enums.py",
    "_runtime.py",
    "_unset.py",
    "models/_errors.py",
    "types.py",
    "utils/retries.py",
)
EVENT_STREAM_SOURCES = ("utils/eventstreaming.py",)


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


def plan(api: ir.Api, config: Config, diagnostics: Diagnostics) -> list[OutputFile]:
    return _Planner(api, config, diagnostics).files()


class _Planner:
    def __init__(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> None:
        self.api = api
        self.diagnostics = diagnostics
        self.config = config
        self.package = config.package_name
        self.schemas = {s.name: s for s in api.schemas}
        self.names = self._name_schemas()
        self.types = TypeMapper(self.names, self.schemas)
        self.fields = {
            s.name: self._name_fields(s) for s in api.schemas if isinstance(s, ir.ObjectSchema)
        }
        self.namespace_names = self._name_namespaces()
        self.credentials = self._credentials()
        self.error_classes = self._name_errors()
        self.has_sse = has_event_streams(api)
        self.records = operation_records(api)

    # -- names -------------------------------------------------------------------------------

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
                prop = replace(prop, required=False)
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
            children = Namer(frozenset({"close", "aclose"} | self._operation_names(node)))
            for child in node.children:
                walk(child, children)

        walk(self.api.root, Namer())
        return found

    def _operation_names(self, node: ir.Namespace) -> set[str]:
        return {member_name("_".join(op.name_words), fallback="call") for op in node.operations}

    def _name_errors(self) -> dict[ir.TypeRef, str]:
        """A typed error class for each distinct JSON body of an error response: named after
        its schema, or after the operation and status for a body with no schema name."""
        namer = Namer(SDK_ERROR_NAMES | RESERVED_CLASS_NAMES)
        found: dict[ir.TypeRef, str] = {}
        for op in self.api.operations:
            for response in self.typed_error_responses(op):
                assert response.type is not None
                if response.type in found:
                    continue
                if isinstance(response.type, ir.Named):
                    base = self.names[response.type.name].class_name
                else:
                    base = class_name((op.operation_id, response.status.lower(), "error"))
                found[response.type] = namer.claim(base)
        return found

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

    # -- files ---------------------------------------------------------------------------------

    def files(self) -> list[OutputFile]:
        pkg = f"src/{self.package}"
        files = [
            OutputFile("pyproject.toml", "pyproject.toml.j2", self.project_context()),
            OutputFile("README.md", "README.md.j2", self.readme_context()),
            OutputFile(f"{pkg}/py.typed", "package/py.typed.j2"),
            OutputFile(
                f"{pkg}/__init__.py", "package/__init__.py.j2", self.package_context(), "python"
            ),
            OutputFile(
                f"{pkg}/_version.py", "package/_version.py.j2", self.project_context(), "python"
            ),
            OutputFile(f"{pkg}/sdk.py", "package/sdk.py.j2", self.sdk_context(), "python"),
            OutputFile(f"{pkg}/errors.py", "package/errors.py.j2", self.errors_context(), "python"),
            OutputFile(
                f"{pkg}/models/__init__.py",
                "package/models/__init__.py.j2",
                self.models_index_context(),
                "python",
            ),
            OutputFile(
                "docs/models/utils/retryconfig.md",
                "docs/retryconfig.md.j2",
                self.retry_doc_context(),
                final_newline=False,
            ),
        ]
        files.append(
            OutputFile(
                f"{pkg}/utils/__init__.py",
                "package/utils/__init__.py.j2",
                self.static_context(),
                "python",
            )
        )
        features = frozenset({"event-streams"} if self.has_sse else ())
        for source in RUNTIME_SOURCES + (EVENT_STREAM_SOURCES if self.has_sse else ()):
            text = source_text(RUNTIME / source, features)
            files.append(OutputFile(f"{pkg}/{source}", content=text, kind="python"))
        for schema in self.api.schemas:
            names = self.names[schema.name]
            kind = type(schema).__name__.removesuffix("Schema").lower()
            files.append(
                OutputFile(
                    f"{pkg}/models/{names.module}.py",
                    f"package/models/{kind}.py.j2",
                    self.model_context(schema),
                    "python",
                )
            )
            files.append(
                OutputFile(
                    f"docs/models/{names.module}.md",
                    f"docs/model_{kind}.md.j2",
                    self.model_doc_context(schema),
                    final_newline=False,
                )
            )
        for node in self._namespaces(self.api.root):
            if not node.path:
                continue
            cls, module, _ = self.namespace_names[node.path]
            files.append(
                OutputFile(
                    f"{pkg}/{module}.py",
                    "package/namespace.py.j2",
                    self.namespace_context(node),
                    "python",
                )
            )
            if node.operations:
                files.append(
                    OutputFile(
                        f"docs/sdks/{module}/README.md",
                        "docs/sdk.md.j2",
                        self.sdk_doc_context(node),
                        final_newline=False,
                    )
                )
        return sorted(files, key=lambda f: f.path)

    def children_context(self, node: ir.Namespace, mapper: TypeMapper) -> list[dict[str, Any]]:
        """The namespaces under ``node``, each a lazily imported attribute."""
        children = []
        for child in node.children:
            cls, module, attr = self.namespace_names[child.path]
            children.append(
                {
                    "module": module,
                    "sync_class": cls,
                    "async_class": "Async" + cls,
                    "attr": attr,
                    "title": literals.docstring_body(".".join(child.path)),
                }
            )
        if children:
            mapper.used.add("TYPE_CHECKING")
        return children

    def _namespaces(self, node: ir.Namespace) -> list[ir.Namespace]:
        found = [node]
        for child in node.children:
            found.extend(self._namespaces(child))
        return found

    # -- contexts: project ---------------------------------------------------------------------

    def project_context(self) -> dict[str, Any]:
        return {
            "distribution": self.package,
            "package": self.package,
            "version": self.config.package_version,
            "version_literal": literals.string(self.config.package_version),
            "has_sse": self.has_sse,
            "description_toml": json.dumps(
                self._one_line(self.config.description or self.api.title)
            ),
        }

    def static_context(self) -> dict[str, Any]:
        return {"package": self.package, "has_sse": self.has_sse}

    @staticmethod
    def _one_line(text: str) -> str:
        return " ".join(text.split())

    def package_context(self) -> dict[str, Any]:
        description = self.config.description or self.api.description or self.api.title
        return {
            "docstring": literals.docstring(description),
            "sync_client": self.config.sync_client,
            "async_client": self.config.async_client,
        }

    def user_agent(self) -> str:
        return f"{self.package}-python/{self.config.package_version}"

    def sdk_context(self) -> dict[str, Any]:
        root = self.api.root
        default_server = self.api.servers[0].default_url if self.api.servers else None
        mapper = self.types.fresh()
        mapper.used.update(("Optional", "Type", "Dict", "Any"))
        if any(c.scheme.kind == "http-basic" for c in self.credentials):
            mapper.used.add("Tuple")
        children = self.children_context(root, mapper)
        operations = self.operations_context(root, mapper)
        return {
            "package": self.package,
            "sync_client": self.config.sync_client,
            "async_client": self.config.async_client,
            **self.security_context(),
            "server_url_env": (
                literals.string(self.config.server_url_env) if self.config.server_url_env else None
            ),
            "default_server_url": literals.string(default_server) if default_server else "None",
            "user_agent": literals.string(self.user_agent()),
            "children": children,
            "operations": operations,
            "imports": self.imports(mapper, "."),
            "uses_warnings": any(op.deprecated for op in root.operations),
            "server_url_env_plain": self.config.server_url_env,
            "docstring": literals.docstring_body(self.api.title),
        }

    def token_param(self) -> str | None:
        """The client parameter the token environment variable fills, if any."""
        return next((c.param for c in self.credentials if c.env), None)

    def credentials_table(self) -> str | None:
        """The README's table of client credential parameters, or None when there are none."""
        if not self.credentials:
            return None
        rows = []
        for c in self.credentials:
            scheme = c.scheme
            if scheme.kind == "http-basic":
                sent = "`Authorization: Basic <base64(username:password)>`"
            elif scheme.kind == "api-key":
                sent = f"{scheme.location} {markdown.inline(scheme.parameter_name or '')}"
            else:
                sent = "`Authorization: Bearer <token>`"
            rows.append(
                [
                    f"`{c.param}`",
                    f"`{c.annotation}`",
                    markdown.inline(scheme.name),
                    sent,
                    f"`{c.env}`" if c.env else "",
                ]
            )
        return markdown.table(
            ["Parameter", "Type", "Security scheme", "Sent as", "Environment variable"], rows
        )

    def security_context(self) -> dict[str, Any]:
        """The client's credential parameters and the table the runtime applies them by."""
        return {
            "credentials": [
                {
                    "param": c.param,
                    "annotation": f"Optional[{c.annotation}]",
                    "env": literals.string(c.env) if c.env else None,
                    "env_plain": c.env,
                    "description": c.description,
                    "scheme": literals.string(c.scheme.name),
                }
                for c in self.credentials
            ],
            "schemes": [
                {
                    "name": literals.string(c.scheme.name),
                    "kind": literals.string(c.scheme.kind),
                    "location": literals.string(c.scheme.location or ""),
                    "parameter": literals.string(c.scheme.parameter_name or ""),
                }
                for c in self.credentials
            ],
        }

    def errors_context(self) -> dict[str, Any]:
        """The typed error classes: each carries its parsed body as ``data``."""
        mapper = self.types.fresh()
        mapper.used.update(("Any", "Sequence"))
        classes = []
        for type_, name in self.error_classes.items():
            target = self.schemas.get(type_.name) if isinstance(type_, ir.Named) else None
            description = target.description if target is not None else None
            statuses = sorted(
                {
                    status_label(r.status)
                    for op in self.api.operations
                    for r in self.typed_error_responses(op)
                    if r.type == type_
                }
            )
            summary = f"An error answer ({', '.join(statuses)}) whose body is parsed as ``data``."
            classes.append(
                {
                    "name": name,
                    "annotation": mapper.annotation(type_, "models."),
                    "docstring": literals.docstring(
                        summary + ("\n\n" + description if description else "")
                    ),
                }
            )
        return {"classes": classes, "imports": self.imports(mapper, ".")}

    # -- contexts: models ----------------------------------------------------------------------

    def imports(
        self, mapper: TypeMapper, types_from: str, models_from: str | None = None
    ) -> dict[str, Any]:
        typing = [n for n in TYPING_NAMES if n in mapper.used]
        sdk_types = [n for n in SDK_TYPE_NAMES if n in mapper.used]
        dates = [n for n in ("date", "datetime") if n in mapper.used]
        siblings = []
        if models_from is not None:
            for name in sorted(mapper.models_used, key=lambda n: self.names[n].module):
                names = self.names[name]
                imported = [names.class_name] + ([names.typed_dict] if names.typed_dict else [])
                siblings.append({"module": names.module, "names": imported})
        return {
            "typing": typing,
            "sdk_types": sdk_types,
            "types_from": types_from,
            "dates": dates,
            "siblings": siblings,
        }

    def model_context(self, schema: ir.NamedSchema) -> dict[str, Any]:
        names = self.names[schema.name]
        mapper = self.types.fresh()
        context: dict[str, Any] = {
            "class_name": names.class_name,
            "typed_dict": names.typed_dict,
            "docstring": literals.docstring(schema.description) if schema.description else None,
        }
        if isinstance(schema, ir.EnumSchema):
            base = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(
                schema.base.kind, "str"
            )
            members = Namer()
            context["base"] = base
            context["members"] = [
                {"name": members.claim(enum_member(v)), "value": literals.value(v)}
                for v in schema.values
            ]
        elif isinstance(schema, ir.UnionSchema):
            context["variants"] = [mapper.annotation(v, wire=True) for v in schema.variants]
            context["discriminator"] = self.discriminator_context(schema, mapper)
            context["typed_dict_variants"] = [
                mapper.annotation(v, typed_dict=True) for v in schema.variants
            ]
            mapper.used.add("Union")
        else:
            fields = []
            for f in self.fields[schema.name]:
                annotation, default = mapper.wrap(
                    mapper.annotation(f.inner, wire=True), f.prop.required, f.nullable
                )
                td_inner = mapper.annotation(f.inner, typed_dict=True)
                td_annotation = td_inner if not f.nullable else f"Nullable[{td_inner}]"
                if f.nullable:
                    mapper.used.add("Nullable")
                arguments = []
                if f.name != f.prop.name:
                    arguments.append(f"alias={literals.string(f.prop.name)}")
                if default is not None:
                    arguments.insert(0, f"default={default}")
                fields.append(
                    {
                        "name": f.name,
                        "annotation": annotation,
                        "default": default if not arguments[1:] and f.name == f.prop.name else None,
                        "field_call": (
                            f"Field({', '.join(arguments)})" if f.name != f.prop.name else None
                        ),
                        "docstring": self._docstring_or_none(self._field_doc(f.prop)),
                        "td_annotation": (
                            td_annotation if f.prop.required else f"NotRequired[{td_annotation}]"
                        ),
                    }
                )
            context["fields"] = fields
            context["nullable_fields"] = sorted(
                repr(f.name) for f in self.fields[schema.name] if f.nullable
            )
            context["read_only_fields"] = sorted(
                repr(f.name) for f in self.fields[schema.name] if f.prop.read_only
            )
            context["uses_field"] = any(f["field_call"] for f in fields)
            context["uses_not_required"] = any(
                not f.prop.required for f in self.fields[schema.name]
            )
        if isinstance(schema, ir.ObjectSchema):
            mapper.used.update(("ClassVar", "FrozenSet", "BaseModel"))
        context["imports"] = self.imports(mapper, "..", models_from=".")
        context["imports"]["siblings"] = [
            s for s in context["imports"]["siblings"] if s["module"] != names.module
        ]
        return context

    def discriminator_context(
        self, schema: ir.UnionSchema, mapper: TypeMapper
    ) -> dict[str, Any] | None:
        """How a discriminated union picks its member: each member tagged with its class
        name, and the discriminator values that select each tag."""
        found = schema.discriminator
        if found is None:
            return None
        members = {v.name: v for v in schema.variants if isinstance(v, ir.Named)}
        tags = [
            (literals.string(value), literals.string(self.names[target].class_name))
            for value, target in found.mapping
            if target in members
        ]
        mapper.used.update(("Any", "Dict", "Optional"))
        return {
            "property": literals.string(found.property_name),
            "tags": tags,
            "members": [
                {
                    "annotation": mapper.annotation(v, wire=True),
                    "tag": literals.string(self.names[v.name].class_name),
                }
                for v in members.values()
            ],
        }

    @staticmethod
    def _docstring_or_none(text: str | None) -> str | None:
        return literals.docstring(text) if text else None

    @staticmethod
    def _field_doc(prop: ir.Property) -> str | None:
        text = property_text(prop)
        if prop.deprecated:
            text = ("Deprecated. " + text).strip()
        return text or None

    def models_index_context(self) -> dict[str, Any]:
        entries = []
        for schema in self.api.schemas:
            names = self.names[schema.name]
            entries.append(
                {
                    "module": names.module,
                    "names": [names.class_name] + ([names.typed_dict] if names.typed_dict else []),
                }
            )
        entries.sort(key=lambda e: str(e["module"]))
        exported = sorted(
            [n for e in entries for n in e["names"]]
            + [
                "ResponseValidationError",
                "SDKBaseError",
                "SDKConnectionError",
                "SDKError",
                "SDKTimeoutError",
            ]
        )
        return {"entries": entries, "exported": exported}

    # -- contexts: operations ------------------------------------------------------------------

    def method_names(self, node: ir.Namespace) -> list[str]:
        """The Python method name of each operation of ``node``, unique within its class."""
        methods = Namer(
            frozenset({"close", "aclose"})
            | {self.namespace_names[c.path][2] for c in node.children}
        )
        return [
            methods.claim(member_name("_".join(op.name_words), fallback="call"))
            for op in node.operations
        ]

    def operations_context(self, node: ir.Namespace, mapper: TypeMapper) -> list[dict[str, Any]]:
        return [
            self.operation_context(op, name, mapper)
            for op, name in zip(node.operations, self.method_names(node))
        ]

    def operation_inputs(self, op: ir.Operation) -> tuple[list[_Input], _Body | None]:
        """The method's own parameters (in spec order) and how the request body is built."""
        namer = Namer(METHOD_TAKEN)
        inputs: list[_Input] = []
        for p in op.parameters:
            inner, nullable = strip_nullable(p.type)
            inputs.append(
                _Input(
                    namer.claim(member_name(p.name)),
                    p.name,
                    p.location,
                    inner,
                    nullable,
                    p.required,
                    p.description,
                    p.example,
                    p.has_example,
                    p.style,
                    p.explode,
                )
            )
        rb = op.request_body
        if rb is None:
            return inputs, None
        target = self.schemas.get(rb.type.name) if isinstance(rb.type, ir.Named) else None
        if isinstance(target, ir.ObjectSchema) and flattens(rb.content_type):
            fields = []
            for f in self.fields[target.name]:
                if f.prop.read_only:
                    continue  # the server sets it: not a parameter
                name = namer.claim(f.name)
                inputs.append(
                    _Input(
                        name,
                        f.prop.name,
                        "body",
                        f.inner,
                        f.nullable,
                        f.required_in_request,
                        f.prop.description,
                        f.prop.example,
                        f.prop.has_example,
                    )
                )
                fields.append((f.name, name))
            return inputs, _Body(
                target.name, tuple(fields), None, rb.example if rb.has_example else None
            )
        inner, nullable = strip_nullable(rb.type)
        name = namer.claim("request")
        inputs.append(
            _Input(
                name,
                None,
                "body",
                inner,
                nullable,
                rb.required,
                rb.description,
                rb.example,
                rb.has_example,
            )
        )
        return inputs, _Body(None, (), name, None)

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
            event = "str" if success.type is None else mapper.annotation(success.type, "models.")
            return kind, f"utils.EventStream[{event}]"
        if success.type is None:
            mapper.used.add("Any")
            return kind, "Any"
        return kind, mapper.annotation(success.type, "models.")

    @staticmethod
    def success_response(op: ir.Operation) -> ir.Response | None:
        return success_response(op)

    def operation_context(
        self, op: ir.Operation, method_name: str, mapper: TypeMapper
    ) -> dict[str, Any]:
        params, body = self.operation_inputs(op)
        signature = []
        for p in params:
            annotation, default = mapper.wrap(
                mapper.input_annotation(p.inner, "models."), p.required, p.nullable
            )
            signature.append({"name": p.name, "annotation": annotation, "default": default})
        mapper.used.update(("Optional", "Mapping"))
        signature += [
            {"name": "retries", "annotation": "Optional[utils.RetryConfig]", "default": "None"},
            {"name": "server_url", "annotation": "Optional[str]", "default": "None"},
            {"name": "timeout_ms", "annotation": "Optional[int]", "default": "None"},
            {
                "name": "http_headers",
                "annotation": "Optional[Mapping[str, str]]",
                "default": "None",
            },
        ]
        success = self.success_response(op)
        response_kind, returns = self.response_shape(success, mapper)
        response_is_model = (
            response_kind == "json"
            and success is not None
            and isinstance(success.type, ir.Named)
            and isinstance(self.schemas[success.type.name], ir.ObjectSchema)
        )
        response_type = returns if response_kind == "json" else "None"
        returns_async = returns
        if response_kind == "sse":
            event = returns.removeprefix("utils.EventStream[")[:-1]
            response_type = event
            returns_async = f"utils.AsyncEventStream[{event}]"
        if returns != "None" and not response_is_model:
            mapper.used.add("cast")
        doc_lines = [op.summary or op.operation_id]
        if op.description and op.description != op.summary:
            doc_lines += ["", op.description]
        if op.deprecated:
            doc_lines += ["", ".. deprecated:: this operation is deprecated by the API."]
        doc_lines.append("")
        for p in params:
            if p.description:
                doc_lines.append(f":param {p.name}: {' '.join(p.description.split())}")
        doc_lines += [
            ":param retries: Override the default retry configuration for this method",
            ":param server_url: Override the default server URL for this method",
            ":param timeout_ms: Override the default request timeout configuration for this method in milliseconds",
            ":param http_headers: Additional headers to set or replace on requests.",
        ]
        body_context: dict[str, Any] | None = None
        if body is not None and body.schema is not None:
            body_context = {
                "model": "models." + self.names[body.schema].class_name,
                "arguments": [{"field": field, "param": param} for field, param in body.fields],
                "param": None,
            }
            mapper.models_used.add(body.schema)
        elif body is not None:
            body_input = next(p for p in params if p.name == body.param)
            body_context = {
                "model": None,
                "arguments": [],
                "param": body.param,
                # Dicts shaped like models (TypedDicts, by Python names) become models, so
                # that they reach the wire by the spec's names.
                "validate": (
                    mapper.annotation(body_input.inner, "models.", wire=True)
                    if mapper.accepts_typed_dict(body_input.inner)
                    else None
                ),
            }
        record = self.records[op.operation_id]
        spec_fields = {
            "operation_id": literals.string(record.operation_id),
            "method": literals.string(record.method),
            "path": literals.string(record.path),
            "servers": "(" + "".join(literals.string(url) + ", " for url in record.servers) + ")",
            "request_content_type": _optional_string(record.request_content_type),
            "accept": literals.string(record.accept),
            "response_kind": literals.string(record.response_kind),
            "sse_envelope": str(record.sse_envelope),
            "errors": "("
            + "".join(
                f"({literals.string(r.status)}, {literals.string(self.error_classes[r.type])}), "
                for r in record.typed_errors
                if r.type is not None
            )
            + ")",
            "response_content_type": _optional_string(record.response_content_type),
            "security": "("
            + "".join(
                "(" + "".join(literals.string(name) + ", " for name in alt) + "), "
                for alt in record.security
            )
            + ")",
            "params": "("
            + "".join(
                f"({literals.string(p.name)}, {literals.string(p.wire or '')}, "
                f"{literals.string(p.location)}, {literals.string(p.style)}, {p.explode}), "
                for p in params
                if p.location != "body"
            )
            + ")",
        }
        return {
            "name": method_name,
            "spec_name": "_" + method_name.upper().strip("_") + "_OPERATION",
            "spec_fields": spec_fields,
            "response_type": response_type,
            "cast": returns != "None" and not response_is_model,
            "signature": signature,
            "returns": returns,
            "returns_async": returns_async,
            "docstring": literals.docstring("\n".join(doc_lines) + "\n"),
            "body": body_context,
            "params": [{"name": p.name} for p in params if p.location != "body"],
            "deprecated_message": (
                literals.string(f"{op.operation_id} is deprecated") if op.deprecated else None
            ),
        }

    def namespace_context(self, node: ir.Namespace) -> dict[str, Any]:
        cls, module, _ = self.namespace_names[node.path]
        mapper = self.types.fresh()
        operations = self.operations_context(node, mapper)
        children = self.children_context(node, mapper)
        description = ".".join(node.path) + (f": {node.description}" if node.description else "")
        return {
            "sync_class": cls,
            "async_class": "Async" + cls,
            "docstring": literals.docstring(description),
            "operations": operations,
            "children": children,
            "imports": self.imports(mapper, "."),
            "uses_warnings": any(op.deprecated for op in node.operations),
        }

    # -- contexts: docs --------------------------------------------------------------------------

    def call_arguments(self, params: list[_Input], body: _Body | None, indent: str) -> str:
        """The keyword arguments of a documented call: the body example's values, then
        parameter examples, then placeholders for anything required and still missing."""
        example = body.example if body is not None and isinstance(body.example, dict) else {}
        arguments = []
        for p in params:
            if p.location == "body" and p.wire in example:
                value = example[p.wire]
            elif p.has_example:
                value = p.example
            elif p.required:
                value = self._placeholder(p.inner)
            else:
                continue
            arguments.append(f"{indent}{p.name}={literals.exploded(value, indent)},\n")
        return "".join(arguments)

    def call_expression(
        self, op: ir.Operation, method: str, indent: str, is_async: bool = False
    ) -> str:
        """``res = friendli.container.image.generate(...)`` at ``indent``, with a trailing newline."""
        params, body = self.operation_inputs(op)
        attrs = "".join(
            "." + self.namespace_names[op.namespace[: i + 1]][2] for i in range(len(op.namespace))
        )
        success = self.success_response(op)
        returns = success is not None and (
            success.type is not None or self.response_kind(success.content_type) == "sse"
        )
        arguments = self.call_arguments(params, body, indent + "    ")
        call = f"{indent}{'res = ' if returns else ''}{'await ' if is_async else ''}{self.config.client_variable}{attrs}.{method}("
        return call + ("\n" + arguments + indent + ")\n" if arguments else ")\n")

    def client_open(self, is_async: bool = False, op: ir.Operation | None = None) -> list[str]:
        """The ``with Client(...) as client:`` lines (imports separate), at the left margin:
        the token from its environment variable, and placeholders for any other credential
        the first security alternative of ``op`` needs."""
        client = self.config.async_client if is_async else self.config.sync_client
        keyword = "async with" if is_async else "with"
        arguments = []
        token = self.token_param()
        if token and self.config.token_env:
            arguments.append(f'{token}=os.getenv({literals.string(self.config.token_env)}, ""),')
        for name in op.security[0] if op is not None and op.security else ():
            credential = next((c for c in self.credentials if c.scheme.name == name), None)
            if credential is None or credential.env:
                continue
            if credential.scheme.kind == "http-basic":
                value = '("<username>", "<password>")'
            else:
                value = literals.string(f"<YOUR_{credential.param.upper()}>")
            arguments.append(f"{credential.param}={value},")
        if not arguments:
            return [f"{keyword} {client}() as {self.config.client_variable}:"]
        return [
            f"{keyword} {client}(",
            *("    " + argument for argument in arguments),
            f") as {self.config.client_variable}:",
        ]

    def usage_snippet(self, op: ir.Operation, method: str) -> str:
        lines = []
        if self.token_param() and self.config.token_env:
            lines += ["import os", ""]
        lines += [f"from {self.package} import {self.config.sync_client}", ""]
        lines += self.client_open(op=op)
        text = "\n".join(lines) + "\n" + self.call_expression(op, method, "    ")
        success = self.success_response(op)
        if success is not None and self.response_kind(success.content_type) == "sse":
            text += (
                "\n    with res as event_stream:\n"
                "        for event in event_stream:\n"
                "            # handle event\n"
                "            print(event, flush=True)\n"
            )
        elif success is not None and success.type is not None:
            text += "\n    # Handle response\n    print(res)\n"
        return text

    def _placeholder(self, t: ir.TypeRef) -> Any:
        if isinstance(t, ir.Primitive):
            if t.kind == "string" and t.format == "binary":
                return b"<file content>"
            return {"string": "<value>", "integer": 0, "number": 0.0, "boolean": False}.get(
                t.kind, "<value>"
            )
        if isinstance(t, ir.ArrayType):
            return []
        if isinstance(t, ir.Named):
            schema = self.schemas[t.name]
            if isinstance(schema, ir.EnumSchema):
                return schema.values[0]
            if isinstance(schema, ir.ObjectSchema):
                return {
                    p.name: self._placeholder(strip_nullable(p.type)[0])
                    for p in schema.properties
                    if p.required
                }
            if isinstance(schema, ir.UnionSchema):
                return tag_example(schema, self._placeholder(schema.variants[0]))
        return {}

    def _example_text(self, value: Any, has: bool) -> str:
        if not has:
            return ""
        return markdown.cell(value if isinstance(value, str) else json.dumps(value))

    def sdk_doc_context(self, node: ir.Namespace) -> dict[str, Any]:
        mapper = self.types.fresh()
        operations = []
        for op, method in zip(node.operations, self.method_names(node)):
            params, body = self.operation_inputs(op)
            rows = []
            for p in params:
                doc_type = mapper.doc(
                    p.inner, wrapper_name(p.required, p.nullable), SDK_LINK_PREFIX
                )
                rows.append(
                    [
                        f"`{p.name}`",
                        doc_type,
                        REQUIRED_MARK[p.required],
                        markdown.cell(p.description),
                        self._example_text(p.example, p.has_example),
                    ]
                )
            server = (op.servers or self.api.servers or (None,))[0]
            rows.append(
                [
                    "`retries`",
                    "[Optional[utils.RetryConfig]](../../models/utils/retryconfig.md)",
                    REQUIRED_MARK[False],
                    "Configuration to override the default retry behavior of the client.",
                    "",
                ]
            )
            rows.append(
                [
                    "`server_url`",
                    "*Optional[str]*",
                    REQUIRED_MARK[False],
                    "An optional server URL to use.",
                    markdown.cell(server.default_url) if server else "",
                ]
            )
            success = self.success_response(op)
            if success is not None and self.response_kind(success.content_type) == "sse":
                event = (
                    mapper.doc(success.type, None, SDK_LINK_PREFIX).strip("*")
                    if success.type is not None
                    else "str"
                )
                response = f"**utils.EventStream[{event}]**"
            elif success is not None and success.type is not None:
                response = "**" + mapper.doc(success.type, None, SDK_LINK_PREFIX) + "**"
            else:
                response = "**None**"
            errors = markdown.table(
                ["Error Type", "Status Code", "Content Type"],
                self.error_rows(op) + [["models.SDKError", "4XX, 5XX", markdown.escape("*/*")]],
            )
            operations.append(
                {
                    "name": method,
                    "summary": markdown.cell(op.summary) if op.summary else None,
                    "description": markdown.paragraph(op.description or op.summary or ""),
                    "deprecated": op.deprecated,
                    "snippet_comment": (
                        f'<!-- UsageSnippet language="python" operationID="{markdown.attribute(op.operation_id)}" '
                        f'method="{op.method.lower()}" path="{markdown.attribute(op.path)}" -->'
                    ),
                    "snippet": self.usage_snippet(op, method),
                    "parameters": markdown.table(
                        ["Parameter", "Type", "Required", "Description", "Example"], rows
                    ),
                    "response": response,
                    "errors": errors,
                }
            )
        return {"title": markdown.heading(".".join(node.path)), "operations": operations}

    def error_rows(self, op: ir.Operation) -> list[list[str]]:
        """Rows of an operation's Errors table for its typed errors, one per class."""
        by_class: dict[str, list[ir.Response]] = {}
        for response in self.typed_error_responses(op):
            assert response.type is not None
            by_class.setdefault(self.error_classes[response.type], []).append(response)
        return [
            [
                f"errors.{name}",
                ", ".join(status_label(r.status) for r in found),
                markdown.cell(found[0].content_type or ""),
            ]
            for name, found in by_class.items()
        ]

    def variant_doc(self, annotation: str) -> dict[str, Any]:
        """A union member's docs entry: its annotation, and the imports that make the
        example line run as written."""
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation))
        typing_names = [n for n in TYPING_NAMES if n in words]
        imports = [f"from typing import {', '.join(typing_names)}"] if typing_names else []
        if "models" in words:
            imports.append(f"from {self.package} import models")
        dates = [n for n in ("date", "datetime") if n in words]
        if dates:
            imports.insert(0, f"from datetime import {', '.join(dates)}")
        return {"annotation": annotation, "imports": imports}

    def model_doc_context(self, schema: ir.NamedSchema) -> dict[str, Any]:
        names = self.names[schema.name]
        mapper = self.types.fresh()
        context: dict[str, Any] = {
            "title": names.class_name,
            "description": markdown.paragraph(schema.description or ""),
        }
        if isinstance(schema, ir.EnumSchema):
            members = Namer()
            rows = [
                [
                    f"`{members.claim(enum_member(v))}`",
                    markdown.cell(v if isinstance(v, str) else json.dumps(v)),
                ]
                for v in schema.values
            ]
            context["values"] = markdown.table(["Name", "Value"], rows)
        elif isinstance(schema, ir.UnionSchema):
            context["variants"] = [self.variant_doc(mapper.plain(v)) for v in schema.variants]
        else:
            rows = []
            for f in self.fields[schema.name]:
                doc_type = mapper.doc(
                    f.inner, wrapper_name(f.prop.required, f.nullable), MODEL_LINK_PREFIX
                )
                rows.append(
                    [
                        f"`{f.name}`",
                        doc_type,
                        REQUIRED_MARK[f.prop.required],
                        markdown.cell(self._field_doc(f.prop)),
                        self._example_text(f.prop.example, f.prop.has_example),
                    ]
                )
            context["fields"] = (
                markdown.table(["Field", "Type", "Required", "Description", "Example"], rows)
                if rows
                else None
            )
        return context

    def retry_doc_context(self) -> dict[str, Any]:
        retry_rows = [
            [
                "`strategy`",
                "*str*",
                "The retry strategy to use: `backoff` retries, `none` never does.",
                "backoff",
            ],
            [
                "`backoff`",
                "[Optional[utils.BackoffStrategy]](#backoffstrategy)",
                "Configuration for the backoff strategy.",
                "",
            ],
            [
                "`retry_connection_errors`",
                "*bool*",
                "Whether to retry on connection errors and timeouts.",
                "true",
            ],
        ]
        backoff_rows = [
            [
                "`initial_interval`",
                "*int*",
                "The wait before the first retry, in milliseconds.",
                _number(BACKOFF_DEFAULTS["initial_interval"]),
            ],
            [
                "`max_interval`",
                "*int*",
                "The longest wait between two attempts, in milliseconds.",
                _number(BACKOFF_DEFAULTS["max_interval"]),
            ],
            [
                "`exponent`",
                "*float*",
                "The factor the wait grows by after each attempt.",
                _number(BACKOFF_DEFAULTS["exponent"]),
            ],
            [
                "`max_elapsed_time`",
                "*int*",
                "The time after which no further attempt starts, in milliseconds.",
                _number(BACKOFF_DEFAULTS["max_elapsed_time"]),
            ],
            [
                "`jitter`",
                "*float*",
                "The random share of each wait, between 0 and 1, that spreads out clients retrying together.",
                _number(BACKOFF_DEFAULTS["jitter"]),
            ],
        ]
        backoff = ", ".join(
            _number(BACKOFF_DEFAULTS[name])
            for name in ("initial_interval", "max_interval", "exponent", "max_elapsed_time")
        )
        return {
            "package": self.package,
            "statuses": transport.statuses_text(),
            "backoff_arguments": backoff,
            "retry_fields": markdown.table(["Field", "Type", "Description", "Example"], retry_rows),
            "backoff_fields": markdown.table(
                ["Field", "Type", "Description", "Example"], backoff_rows
            ),
        }

    def readme_context(self) -> dict[str, Any]:
        """The SDK README: every example is a complete program that runs against a server."""
        namespaces = []
        first: tuple[ir.Operation, str] | None = None
        for node in self._namespaces(self.api.root):
            if not node.operations or not node.path:
                continue
            module = self.namespace_names[node.path][1]
            entries = []
            for op, method in zip(node.operations, self.method_names(node)):
                success = self.success_response(op)
                streams = success is not None and self.response_kind(success.content_type) == "sse"
                if first is None and not streams:  # the README's examples print the result
                    first = (op, method)
                summary = f" - {markdown.cell(op.summary)}" if op.summary else ""
                entries.append(f"* [{method}](docs/sdks/{module}/README.md#{method}){summary}")
            namespaces.append({"title": markdown.heading(".".join(node.path)), "entries": entries})
        token = self.token_param()
        uses_env = bool(token and self.config.token_env)
        imports = ["import os", ""] if uses_env else []
        context: dict[str, Any] = {
            "title": markdown.heading(self.config.sync_client.removeprefix("Sync") or self.package),
            "description": markdown.paragraph(
                self.config.description or self.api.description or ""
            ),
            "package": self.package,
            "sync_client": self.config.sync_client,
            "async_client": self.config.async_client,
            "client_variable": self.config.client_variable,
            "token_param": token,
            "token_env": self.config.token_env if uses_env else None,
            "credentials_table": self.credentials_table(),
            "typed_errors": ", ".join(f"`errors.{n}`" for n in self.error_classes.values()),
            "server_url_env": self.config.server_url_env,
            "retried_statuses": transport.statuses_text(),
            "namespaces": namespaces,
            "first": None,
        }
        if first is None:
            return context
        op, method = first
        success = self.success_response(op)
        handle = (
            "\n    # Handle response\n    print(res)\n"
            if success is not None and success.type is not None
            else ""
        )
        opening = "\n".join(self.client_open(op=op)) + "\n"
        sync = (
            "\n".join(imports + [f"from {self.package} import {self.config.sync_client}", ""])
            + "\n"
        )
        sync += opening + self.call_expression(op, method, "    ") + handle
        async_lines = (
            ["import asyncio"]
            + (["import os"] if uses_env else [])
            + [
                "",
                f"from {self.package} import {self.config.async_client}",
                "",
                "",
                "async def main() -> None:",
            ]
        )
        async_body = (
            "\n".join("    " + line for line in self.client_open(is_async=True, op=op)) + "\n"
        )
        async_body += self.call_expression(op, method, "        ", is_async=True)
        if handle:
            async_body += "\n        # Handle response\n        print(res)\n"
        async_snippet = "\n".join(async_lines) + "\n" + async_body + "\n\nasyncio.run(main())\n"
        call_with = self.call_expression(op, method, "    ")
        retries_call = (
            call_with.replace(
                f".{method}(\n",
                f'.{method}(\n        retries=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False),\n',
                1,
            )
            if "(\n" in call_with
            else call_with.replace(
                f".{method}()",
                f'.{method}(retries=RetryConfig("backoff", BackoffStrategy(1, 50, 1.1, 100), False))',
            )
        )
        server = (op.servers or self.api.servers or (None,))[0]
        server_url = server.default_url if server else "http://localhost:8080"
        context["first"] = {
            "sync_snippet": sync,
            "async_snippet": async_snippet,
            "imports": "\n".join(imports).strip(),
            "call_in_try": "".join(
                "    " + line for line in call_with.splitlines(keepends=True)
            ).rstrip("\n"),
            "opening": opening,
            "call": call_with,
            "retries_call": retries_call,
            "handle": handle,
            "server_url": literals.string(server_url),
            "server_url_plain": markdown.inline(server_url),
            "server_url_call": (
                call_with.replace(
                    f".{method}(",
                    f".{method}(\n        server_url={literals.string(server_url)},",
                    1,
                )
                if "(\n" in call_with
                else call_with
            ),
        }
        return context


def _number(value: object) -> str:
    """A policy number as docs write it: ``500``, ``1.5``."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _optional_string(text: str | None) -> str:
    return "None" if text is None else literals.string(text)
