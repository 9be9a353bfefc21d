"""Plan the TypeScript SDK: every file to write, with the names, types and text it needs.

TypeScript decisions live here (names, types, runtime schema descriptors, imports, docs
tables, usage snippets); the templates under ``templates/typescript/`` only lay them out.
The package is ESM with no runtime dependencies beyond Node 20 (its ``fetch``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ... import ir, markdown, transport
from ...config import Config
from ...errors import Diagnostics
from ...words import Namer
from .. import OutputFile
from ..operation import operation_records
from ..sources import source_text

RUNTIME = Path(__file__).resolve().parent / "runtime"
# The runtime modules every SDK carries (real source in ``runtime/``), by path under src/;
# the event-stream module only in SDKs with an event stream.
RUNTIME_SOURCES = ("lib/retries.ts", "lib/runtime.ts", "lib/schema.ts")
EVENT_STREAM_SOURCES = ("lib/sse.ts",)
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
from .naming import RESERVED_TYPE_NAMES, camel_case, enum_key, file_name, type_name

TYPESCRIPT_VERSION = "5.9.3"
NODE_TYPES_VERSION = "20.19.43"
RUNTIME_FILES = frozenset({"index", "sdk", "errors"})
SDK_LINK_PREFIX = "../../models/"
MODEL_LINK_PREFIX = "./"
REQUIRED_MARK = {True: ":heavy_check_mark:", False: ":heavy_minus_sign:"}


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
    wire: str | None  # None: the whole body
    location: str  # path, query, header, cookie, field (a body field), body
    type: ir.TypeRef
    required: bool
    description: str | None
    example: Any
    has_example: bool
    style: str = "form"
    explode: bool = True


def plan(api: ir.Api, config: Config, diagnostics: Diagnostics) -> list[OutputFile]:
    return _Planner(api, config, diagnostics).files()


class _Planner:
    def __init__(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> None:
        self.api = api
        self.config = config
        self.diagnostics = diagnostics
        self.package = config.package_name
        self.client = config.sync_client.removeprefix("Sync") or config.sync_client
        self.variable = config.client_variable
        self.schemas = {s.name: s for s in api.schemas}
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
            children = Namer(frozenset(self.method_names(node)))
            for child in node.children:
                walk(child, children)

        walk(api.root, Namer())
        self.request_types: dict[str, str] = {}
        for op in api.operations:
            owner = self.namespaces[op.namespace][0] if op.namespace else self.client
            words = tuple(op.name_words) + ("request",)
            self.request_types[op.operation_id] = types.claim(type_name((owner, *words)))
        self.errors = self._name_errors(types)
        self.credentials = self._credentials()
        self.has_sse = has_event_streams(api)
        self.records = operation_records(api)

    # -- names -------------------------------------------------------------------------------

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
        namer = Namer(frozenset({"constructor", "runtime"}))
        return [namer.claim(camel_case("_".join(op.name_words), "call")) for op in node.operations]

    def _name_errors(self, types: Namer) -> dict[ir.TypeRef, str]:
        found: dict[ir.TypeRef, str] = {}
        error_names = Namer(frozenset({"SDKError", "SDKBaseError", "TypedSDKError"}))
        for op in self.api.operations:
            for response in self.typed_error_responses(op):
                assert response.type is not None
                if response.type in found:
                    continue
                if isinstance(response.type, ir.Named):
                    base = self.type_names[response.type.name]
                else:
                    base = type_name((op.operation_id, response.status.lower(), "error"))
                found[response.type] = error_names.claim(base)
        return found

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

    # -- types ---------------------------------------------------------------------------------

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

    # -- files ---------------------------------------------------------------------------------

    def files(self) -> list[OutputFile]:
        static = {"package": self.package, "has_sse": self.has_sse}
        files = [
            OutputFile("package.json", "package.json.j2", self.package_context()),
            OutputFile("tsconfig.json", "tsconfig.json.j2", static),
            OutputFile("README.md", "README.md.j2", self.readme_context()),
            OutputFile("src/index.ts", "src/index.ts.j2", self.index_context()),
            OutputFile("src/sdk.ts", "src/sdk.ts.j2", self.sdk_context()),
            OutputFile("src/errors.ts", "src/errors.ts.j2", self.errors_context()),
            OutputFile(
                "src/models/index.ts",
                "src/models/index.ts.j2",
                {"files": sorted(self.file_names.values())},
            ),
            OutputFile(
                "docs/lib/retryconfig.md",
                "docs/retryconfig.md.j2",
                retry_doc_context(),
                final_newline=False,
            ),
        ]
        features = frozenset({"event-streams"} if self.has_sse else ())
        for source in RUNTIME_SOURCES + (EVENT_STREAM_SOURCES if self.has_sse else ()):
            text = source_text(RUNTIME / source, features)
            files.append(OutputFile(f"src/{source}", content=text))
        for schema in self.api.schemas:
            kind = type(schema).__name__.removesuffix("Schema").lower()
            base = self.file_names[schema.name]
            files.append(
                OutputFile(
                    f"src/models/{base}.ts", f"src/models/{kind}.ts.j2", self.model_context(schema)
                )
            )
            files.append(
                OutputFile(
                    f"docs/models/{base}.md",
                    f"docs/model_{kind}.md.j2",
                    self.model_doc_context(schema),
                    final_newline=False,
                )
            )
        for node in self._all_namespaces(self.api.root):
            if not node.path:
                continue
            cls, module, _ = self.namespaces[node.path]
            files.append(
                OutputFile(f"src/{module}.ts", "src/namespace.ts.j2", self.namespace_context(node))
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
        if self.api.root.operations:
            files.append(
                OutputFile(
                    f"docs/sdks/{self.client.lower()}/README.md",
                    "docs/sdk.md.j2",
                    self.sdk_doc_context(self.api.root),
                    final_newline=False,
                )
            )
        return [replace(f, kind="typescript") if f.path.endswith(".ts") else f for f in files]

    def _all_namespaces(self, node: ir.Namespace) -> list[ir.Namespace]:
        found = [node]
        for child in node.children:
            found += self._all_namespaces(child)
        return found

    # -- contexts: package ---------------------------------------------------------------------

    def package_context(self) -> dict[str, Any]:
        return {
            "name": string(self.package),
            "version": string(self.config.package_version),
            "description": string(" ".join((self.config.description or self.api.title).split())),
            "typescript": string(TYPESCRIPT_VERSION),
            "node_types": string(NODE_TYPES_VERSION),
        }

    def index_context(self) -> dict[str, Any]:
        requests = []
        for node in self._all_namespaces(self.api.root):
            if node.path:
                names = [self.request_types[op.operation_id] for op in node.operations]
                names = [n for n, op in zip(names, node.operations) if self.inputs(op)[0]]
                if names:
                    requests.append({"module": self.namespaces[node.path][1], "names": names})
        root = [
            self.request_types[op.operation_id]
            for op in self.api.root.operations
            if self.inputs(op)[0]
        ]
        return {
            "client": self.client,
            "has_sse": self.has_sse,
            "requests": requests,
            "root_requests": root,
        }

    def errors_context(self) -> dict[str, Any]:
        classes = []
        for type_, name in self.errors.items():
            target = self.schemas.get(type_.name) if isinstance(type_, ir.Named) else None
            description = target.description if target is not None else None
            text = "An error answer whose body is parsed as `data`."
            if description:
                text += " " + " ".join(description.split())
            classes.append(
                {
                    "name": name,
                    "data_type": self.ts_type(type_, "models."),
                    "doc": text.replace("*/", "*\\/"),
                }
            )
        return {"classes": classes}

    def user_agent(self) -> str:
        return f"{self.package}-typescript/{self.config.package_version}"

    def children_context(self, node: ir.Namespace) -> list[dict[str, Any]]:
        return [
            {
                "class": self.namespaces[c.path][0],
                "module": self.namespaces[c.path][1],
                "attr": self.namespaces[c.path][2],
            }
            for c in node.children
        ]

    def sdk_context(self) -> dict[str, Any]:
        default = self.api.servers[0].default_url if self.api.servers else None
        root = self.api.root
        context = self.operations_block(root, from_root=True)
        context.update(
            {
                "client": self.client,
                "doc": comment(self.config.description or self.api.description or self.api.title),
                "credentials": [
                    {
                        "name": c["name"],
                        "type": c["type"],
                        "scheme": string(c["scheme"].name),
                        "scheme_doc": " ".join(c["scheme"].name.split()).replace("*/", "*\\/"),
                        "env": string(c["env"]) if c["env"] else None,
                        "env_plain": c["env"],
                    }
                    for c in self.credentials
                ],
                "schemes": [
                    {
                        "name": string(c["scheme"].name),
                        "kind": string(c["scheme"].kind),
                        "location": (
                            string(c["scheme"].location) if c["scheme"].location else None
                        ),
                        "parameter": (
                            string(c["scheme"].parameter_name)
                            if c["scheme"].parameter_name
                            else None
                        ),
                    }
                    for c in self.credentials
                ],
                "default_server_url": string(default) if default else "undefined",
                "server_url_env": (
                    string(self.config.server_url_env) if self.config.server_url_env else None
                ),
                "user_agent": string(self.user_agent()),
                "children": self.children_context(root),
            }
        )
        return context

    def namespace_context(self, node: ir.Namespace) -> dict[str, Any]:
        cls, _, _ = self.namespaces[node.path]
        context = self.operations_block(node, from_root=False)
        description = ".".join(node.path) + (f": {node.description}" if node.description else "")
        context.update(
            {"class": cls, "doc": comment(description), "children": self.children_context(node)}
        )
        return context

    # -- contexts: operations ------------------------------------------------------------------

    def inputs(self, op: ir.Operation) -> tuple[list[_Input], dict[str, Any] | None]:
        """The request object's members (parameters, then body fields or the body), and how
        the runtime finds the body."""
        namer = Namer(frozenset({"options"}))
        found: list[_Input] = []
        for p in op.parameters:
            found.append(
                _Input(
                    namer.claim(camel_case(p.name)),
                    p.name,
                    p.location,
                    p.type,
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
            return found, None
        target = self.schemas.get(rb.type.name) if isinstance(rb.type, ir.Named) else None
        names = {i.name for i in found}
        if (
            isinstance(target, ir.ObjectSchema)
            and flattens(rb.content_type)
            and not any(f.name in names for f in self.fields[target.name])
        ):
            for f in self.fields[target.name]:
                if f.prop.read_only:
                    continue
                namer.claim(f.name)
                found.append(
                    _Input(
                        f.name,
                        f.prop.name,
                        "field",
                        f.prop.type,
                        f.required_in_request,
                        f.prop.description,
                        f.prop.example,
                        f.prop.has_example,
                    )
                )
            return found, {
                "schema": f"() => models.{self.type_names[target.name]}$",
                "member": None,
                "example": rb.example if rb.has_example else None,
            }
        name = namer.claim("body")
        found.append(
            _Input(
                name,
                None,
                "body",
                rb.type,
                rb.required,
                rb.description,
                rb.example,
                rb.has_example,
            )
        )
        return found, {
            "schema": "() => (" + self.descriptor(rb.type, "models.") + ")",
            "member": string(name),
            "example": None,
        }

    @staticmethod
    def success(op: ir.Operation) -> ir.Response | None:
        return success_response(op)

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

    def operations_block(self, node: ir.Namespace, from_root: bool) -> dict[str, Any]:
        prefix = "./"
        operations = []
        uses_errors = False
        for op, method in zip(node.operations, self.method_names(node)):
            inputs, body = self.inputs(op)
            success = self.success(op)
            kind = response_kind(success.content_type if success else None)
            record = self.records[op.operation_id]
            spec: list[tuple[str, str]] = [
                ("operationId", string(record.operation_id)),
                ("method", string(record.method)),
                ("path", string(record.path)),
                ("servers", "[" + ", ".join(string(url) for url in record.servers) + "]"),
            ]
            if record.request_content_type is not None:
                spec.append(("requestContentType", string(record.request_content_type)))
            spec.append(("accept", string(record.accept)))
            spec.append(("responseKind", string(record.response_kind)))
            if record.response_content_type:
                spec.append(("responseContentType", string(record.response_content_type)))
            if record.response_type is not None and record.response_kind in ("json", "sse"):
                descriptor = self.descriptor(record.response_type, "models.")
                spec.append(("response", "() => (" + descriptor + ")"))
            if record.sse_envelope:
                spec.append(("sseEnvelope", "true"))
            spec.append(
                (
                    "security",
                    "["
                    + ", ".join(
                        "[" + ", ".join(string(n) for n in alt) + "]" for alt in record.security
                    )
                    + "]",
                )
            )
            spec.append(
                (
                    "params",
                    "["
                    + ", ".join(
                        f"[{string(i.name)}, {string(i.wire or '')}, {string(i.location)}, "
                        f"{string(i.style)}, {'true' if i.explode else 'false'}]"
                        for i in inputs
                        if i.location in ("path", "query", "header", "cookie")
                    )
                    + "]",
                )
            )
            if body is not None:
                member = f", member: {body['member']}" if body["member"] else ""
                spec.append(("body", f"{{ schema: {body['schema']}{member} }}"))
            if record.typed_errors:
                uses_errors = True
                spec.append(
                    (
                        "errors",
                        "["
                        + ", ".join(
                            f"[{string(status_label(r.status))}, "
                            f"errors.{self.errors[r.type]} as ErrorClass, "
                            f"() => ({self.descriptor(r.type, 'models.')})]"
                            for r in record.typed_errors
                            if r.type is not None
                        )
                        + "]",
                    )
                )
            request_type = self.request_types[op.operation_id]
            optional_request = not any(i.required for i in inputs)
            doc_lines = [op.summary or op.operation_id]
            if op.description and op.description != op.summary:
                doc_lines += ["", op.description]
            if op.deprecated:
                doc_lines += ["", "@deprecated this operation is deprecated by the API."]
            operations.append(
                {
                    "name": method,
                    "constant": "_" + method.upper() + "_OPERATION",
                    "spec": spec,
                    "doc": comment("\n".join(doc_lines), "  "),
                    "request_type": request_type,
                    "has_inputs": bool(inputs),
                    "optional_request": optional_request,
                    "members": [
                        {
                            "name": i.name,
                            "type": self.ts_type(i.type, "models.", request=True),
                            "optional": not i.required,
                            "doc": comment(i.description, "  "),
                        }
                        for i in inputs
                    ],
                    "returns": self.returns(op),
                    "deprecated": (
                        string(f"{op.operation_id} is deprecated") if op.deprecated else None
                    ),
                }
            )
        return {
            "operations": operations,
            "uses_errors": uses_errors,
            "uses_sse": any(str(o["returns"]).startswith("EventStream<") for o in operations),
            "uses_models": bool(operations),
            "prefix": prefix,
        }

    # -- contexts: models ----------------------------------------------------------------------

    def model_context(self, schema: ir.NamedSchema) -> dict[str, Any]:
        name = self.type_names[schema.name]
        context: dict[str, Any] = {"name": name, "doc": comment(schema.description)}
        used: set[ir.SchemaName] = set()
        if isinstance(schema, ir.EnumSchema):
            keys = Namer()
            context["members"] = [
                {"key": keys.claim(enum_key(v)), "value": json.dumps(v)} for v in schema.values
            ]
            base = "string" if schema.base.kind == "string" else "number"
            context["type"] = (
                " | ".join(json.dumps(v) for v in schema.values) + f" | ({base} & {{}})"
            )
            context["values"] = "[" + ", ".join(json.dumps(v) for v in schema.values) + "]"
        elif isinstance(schema, ir.UnionSchema):
            for v in schema.variants:
                used |= self.named_in(v)
            context["type"] = " | ".join(self.ts_type(v) for v in schema.variants) or "never"
            context["variants"] = [self.descriptor(v) for v in schema.variants]
            context["discriminator"] = self.discriminator(schema)
        else:
            fields = []
            for f in self.fields[schema.name]:
                used |= self.named_in(f.prop.type)
                text = property_text(f.prop)
                if f.prop.deprecated:
                    text = ("@deprecated " + text).strip()
                nullable_required = f.prop.required and isinstance(f.prop.type, ir.Nullable)
                flags = ""
                if f.prop.read_only:
                    flags += ", readOnly: true"
                fields.append(
                    {
                        "name": f.name,
                        "key": f.name,
                        "type": self.ts_type(f.prop.type, request=True),
                        "optional": not f.required_in_type,
                        "doc": comment(text, "  "),
                        "descriptor": (
                            f"{{ name: {string(f.name)}, wire: {string(f.prop.name)}, "
                            f"schema: {self.descriptor(f.prop.type)}, "
                            f"required: {'true' if f.required_in_type and not nullable_required else 'false'}"
                            f"{flags} }}"
                        ),
                    }
                )
            context["fields"] = fields
            additional = schema.additional_properties
            if additional is not None:
                used |= self.named_in(additional)
            context["additional_type"] = (
                self.ts_type(additional, request=True) if additional is not None else None
            )
            context["additional"] = self.descriptor(additional) if additional is not None else None
        used.discard(schema.name)
        context["imports"] = [
            {"names": [self.type_names[n], self.type_names[n] + "$"], "file": self.file_names[n]}
            for n in sorted(used, key=lambda n: self.file_names[n])
        ]
        return context

    def discriminator(self, schema: ir.UnionSchema) -> str | None:
        found = schema.discriminator
        if found is None:
            return None
        index = {v.name: i for i, v in enumerate(schema.variants) if isinstance(v, ir.Named)}
        tags = [(value, index[target]) for value, target in found.mapping if target in index]
        field_name = camel_case(found.property_name)
        for v in schema.variants:
            target = self.schemas.get(v.name) if isinstance(v, ir.Named) else None
            if isinstance(target, ir.ObjectSchema):
                for f in self.fields[target.name]:
                    if f.prop.name == found.property_name:
                        field_name = f.name
                break
        entries = ", ".join(f"{string(value)}: {i}" for value, i in tags)
        return (
            f"{{ property: {string(found.property_name)}, field: {string(field_name)}, "
            f"tags: {{ {entries} }} }}"
        )

    # -- contexts: docs ------------------------------------------------------------------------

    def placeholder(self, t: ir.TypeRef) -> Any:
        if isinstance(t, ir.Nullable):
            return self.placeholder(t.inner)
        if isinstance(t, ir.Primitive):
            if t.kind == "string" and t.format in ("byte", "binary"):
                return _Raw('new TextEncoder().encode("<file content>")')
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
                    f.prop.name: self.placeholder(f.prop.type)
                    for f in self.fields[schema.name]
                    if f.required_in_request
                }
            if isinstance(schema, ir.UnionSchema) and schema.variants:
                return tag_example(schema, self.placeholder(schema.variants[0]))
        return {}

    def literal(self, value: Any, t: ir.TypeRef | None, indent: str) -> str:
        """A TypeScript expression for a wire-shaped example value, keys renamed as the
        TypeScript types spell them, one item a line (prettier's layout)."""
        if isinstance(value, _Raw):
            return value.text
        if isinstance(t, ir.Nullable):
            return self.literal(value, t.inner, indent)
        if isinstance(t, ir.Named) and isinstance(self.schemas[t.name], ir.UnionSchema):
            union = self.schemas[t.name]
            assert isinstance(union, ir.UnionSchema)
            t = self._variant_for(union, value)
        inner = indent + "  "
        if isinstance(value, list):
            if not value:
                return "[]"
            items = t.items if isinstance(t, ir.ArrayType) else None
            body = "".join(f"{inner}{self.literal(v, items, inner)},\n" for v in value)
            return "[\n" + body + indent + "]"
        if isinstance(value, dict):
            if not value:
                return "{}"
            names: dict[str, tuple[str, ir.TypeRef | None]] = {}
            if isinstance(t, ir.Named) and isinstance(self.schemas[t.name], ir.ObjectSchema):
                for f in self.fields[t.name]:
                    names[f.prop.name] = (f.name, f.prop.type)
            values = t.values if isinstance(t, ir.MapType) else None
            lines = []
            for key, v in value.items():
                name, sub = names.get(str(key), (None, values))
                shown = name if name is not None else string(str(key))
                lines.append(f"{inner}{shown}: {self.literal(v, sub, inner)},\n")
            return "{\n" + "".join(lines) + indent + "}"
        if isinstance(t, ir.Primitive) and t.format == "byte" and isinstance(value, str):
            return f'new Uint8Array(Buffer.from({string(value)}, "base64"))'
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return json.dumps(value)
        return string(str(value))

    def _variant_for(self, union: ir.UnionSchema, value: Any) -> ir.TypeRef | None:
        for variant in union.variants:
            inner = variant.inner if isinstance(variant, ir.Nullable) else variant
            if isinstance(value, list) and isinstance(inner, ir.ArrayType):
                return inner
            if isinstance(value, dict) and isinstance(inner, ir.Named):
                return inner
        return union.variants[0] if union.variants else None

    def call_arguments(self, op: ir.Operation, indent: str) -> str:
        inputs, body = self.inputs(op)
        example = body["example"] if body is not None and isinstance(body["example"], dict) else {}
        lines = []
        for i in inputs:
            if i.location == "field" and i.wire in example:
                value = example[i.wire]
            elif i.has_example:
                value = i.example
            elif i.required:
                value = self.placeholder(i.type)
            else:
                continue
            lines.append(f"{indent}  {i.name}: {self.literal(value, i.type, indent + '  ')},\n")
        if not inputs:
            return ""
        return "{\n" + "".join(lines) + indent + "}" if lines else "{}"

    def client_lines(self, op: ir.Operation | None) -> list[str]:
        arguments = []
        token = self.token()
        if token is not None:
            arguments.append(f'  {token["name"]}: process.env[{string(token["env"])}] ?? "",')
        for name in op.security[0] if op is not None and op.security else ():
            credential = next((c for c in self.credentials if c["scheme"].name == name), None)
            if credential is None or credential["env"]:
                continue
            if credential["scheme"].kind == "http-basic":
                value = '{ username: "<username>", password: "<password>" }'
            else:
                value = string(f"<YOUR_{credential['name'].upper()}>")
            arguments.append(f"  {credential['name']}: {value},")
        if not arguments:
            return [f"const {self.variable} = new {self.client}();"]
        return [f"const {self.variable} = new {self.client}({{", *arguments, "});"]

    def accessor(self, op: ir.Operation, method: str) -> str:
        attrs = "".join(
            "." + self.namespaces[op.namespace[: i + 1]][2] for i in range(len(op.namespace))
        )
        return f"{self.variable}{attrs}.{method}"

    def usage_snippet(self, op: ir.Operation, method: str, options: str | None = None) -> str:
        success = self.success(op)
        kind = response_kind(success.content_type if success else None)
        lines = [f'import {{ {self.client} }} from "{self.package}";', ""]
        lines += self.client_lines(op)
        lines += ["", "async function run() {"]
        arguments = self.call_arguments(op, "  ")
        returns = kind != "none"
        if options is not None:
            inputs, _ = self.inputs(op)
            arguments = (arguments or "{}") + ", " + options if inputs else options
        call = (
            f"{'const result = ' if returns else ''}await {self.accessor(op, method)}({arguments});"
        )
        lines.append("  " + call)
        if kind == "sse":
            lines += ["", "  for await (const event of result) {", "    console.log(event);", "  }"]
        elif returns:
            lines += ["", "  console.log(result);"]
        lines += ["}", "", "run();"]
        return "\n".join(lines) + "\n"

    def sdk_doc_context(self, node: ir.Namespace) -> dict[str, Any]:
        operations = []
        for op, method in zip(node.operations, self.method_names(node)):
            inputs, _ = self.inputs(op)
            rows = []
            for i in inputs:
                rows.append(
                    [
                        f"`{i.name}`",
                        self.doc_type(i.type, SDK_LINK_PREFIX, request=True),
                        REQUIRED_MARK[i.required],
                        markdown.cell(i.description or ""),
                        (
                            markdown.cell(
                                i.example if isinstance(i.example, str) else json.dumps(i.example)
                            )
                            if i.has_example
                            else ""
                        ),
                    ]
                )
            rows.append(
                [
                    "`options`",
                    "[RequestOptions](../../lib/retryconfig.md)",
                    REQUIRED_MARK[False],
                    "Per-call `retries`, `serverURL`, `timeoutMs` and `headers`.",
                    "",
                ]
            )
            success = self.success(op)
            kind = response_kind(success.content_type if success else None)
            if success is not None and success.type is not None and kind in ("json", "sse"):
                shown = self.doc_type(success.type, SDK_LINK_PREFIX)
                if kind == "sse":
                    shown = f"EventStream\\<{shown}\\>"
            else:
                shown = markdown.escape(self.returns(op))
            error_rows = []
            by_class: dict[str, list[str]] = {}
            for r in self.typed_error_responses(op):
                assert r.type is not None
                status = status_label(r.status)
                by_class.setdefault(self.errors[r.type], []).append(status)
            for name, statuses in by_class.items():
                error_rows.append([f"errors.{name}", ", ".join(statuses), "application/json"])
            error_rows.append(["errors.SDKError", "4XX, 5XX", markdown.escape("*/*")])
            operations.append(
                {
                    "name": method,
                    "summary": markdown.cell(op.summary) if op.summary else None,
                    "description": markdown.paragraph(op.description or op.summary or ""),
                    "deprecated": op.deprecated,
                    "snippet_comment": (
                        f'<!-- UsageSnippet language="typescript" operationID="{markdown.attribute(op.operation_id)}" '
                        f'method="{op.method.lower()}" path="{markdown.attribute(op.path)}" -->'
                    ),
                    "snippet": self.usage_snippet(op, method),
                    "parameters": markdown.table(
                        ["Parameter", "Type", "Required", "Description", "Example"], rows
                    ),
                    "response": f"**Promise\\<{shown}\\>**",
                    "errors": markdown.table(
                        ["Error Type", "Status Code", "Content Type"], error_rows
                    ),
                }
            )
        title = ".".join(node.path) if node.path else self.client
        return {"title": markdown.heading(title), "operations": operations}

    def model_doc_context(self, schema: ir.NamedSchema) -> dict[str, Any]:
        name = self.type_names[schema.name]
        context: dict[str, Any] = {
            "title": name,
            "description": markdown.paragraph(schema.description or ""),
        }
        if isinstance(schema, ir.EnumSchema):
            keys = Namer()
            rows = [
                [f"`{keys.claim(enum_key(v))}`", markdown.cell(json.dumps(v))]
                for v in schema.values
            ]
            context["values"] = markdown.table(["Name", "Value"], rows)
        elif isinstance(schema, ir.UnionSchema):
            context["variants"] = [
                {
                    "title": markdown.escape(self.ts_type(v, "models.")),
                    "type": self.ts_type(v, "models."),
                    "models": bool(self.named_in(v)),
                }
                for v in schema.variants
            ]
            context["package"] = self.package
        else:
            rows = []
            for f in self.fields[schema.name]:
                text = property_text(f.prop)
                rows.append(
                    [
                        f"`{f.name}`",
                        self.doc_type(f.prop.type, MODEL_LINK_PREFIX, request=True),
                        REQUIRED_MARK[f.required_in_type],
                        markdown.cell(text),
                        (
                            markdown.cell(
                                f.prop.example
                                if isinstance(f.prop.example, str)
                                else json.dumps(f.prop.example)
                            )
                            if f.prop.has_example
                            else ""
                        ),
                    ]
                )
            context["fields"] = (
                markdown.table(["Field", "Type", "Required", "Description", "Example"], rows)
                if rows
                else None
            )
        return context

    def readme_context(self) -> dict[str, Any]:
        namespaces = []
        first: tuple[ir.Operation, str] | None = None
        for node in self._all_namespaces(self.api.root):
            if not node.operations:
                continue
            module = self.namespaces[node.path][1] if node.path else self.client.lower()
            entries = []
            for op, method in zip(node.operations, self.method_names(node)):
                success = self.success(op)
                streams = response_kind(success.content_type if success else None) == "sse"
                if first is None and not streams:
                    first = (op, method)
                summary = f" - {markdown.cell(op.summary)}" if op.summary else ""
                entries.append(f"* [{method}](docs/sdks/{module}/README.md#{method}){summary}")
            title = ".".join(node.path) if node.path else self.client
            namespaces.append({"title": markdown.heading(title), "entries": entries})
        token = self.token()
        context: dict[str, Any] = {
            "title": markdown.heading(self.client),
            "description": markdown.paragraph(
                self.config.description or self.api.description or ""
            ),
            "package": self.package,
            "client": self.client,
            "variable": self.variable,
            "token": token["name"] if token else None,
            "token_env": token["env"] if token else None,
            "server_url_env": self.config.server_url_env,
            "credentials": [
                {
                    "name": c["name"],
                    "kind": c["scheme"].kind,
                    "scheme": markdown.inline(c["scheme"].name),
                }
                for c in self.credentials
            ],
            "namespaces": namespaces,
            "typescript": TYPESCRIPT_VERSION,
            "first": None,
        }
        if first is not None:
            op, method = first
            retries = (
                "{\n    retries: {\n"
                '      strategy: "backoff",\n'
                "      backoff: { initialInterval: 1, maxInterval: 50, exponent: 1.1, maxElapsedTime: 100 },\n"
                "      retryConnectionErrors: false,\n"
                "    },\n  }"
            )
            context["first"] = {
                "snippet": self.usage_snippet(op, method),
                "retries_snippet": self.usage_snippet(op, method, retries),
            }
        return context


@dataclass(frozen=True)
class _Raw:
    """An expression to place in a snippet as it is (our own text, never the spec's)."""

    text: str


def retry_doc_context() -> dict[str, Any]:
    """The transport policy's numbers, as the RequestOptions page states them."""
    return {
        "statuses": transport.statuses_text("and"),
        "defaults": {
            name: f"{value:g}" if isinstance(value, float) else str(value)
            for name, value in transport.BACKOFF_DEFAULTS.items()
        },
        "retry_connection_errors": str(transport.RETRY_CONNECTION_ERRORS).lower(),
    }
