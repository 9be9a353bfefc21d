"""The SDK's code: the context of each TypeScript module (client, namespaces, operations, models,
errors), computed from the names in :class:`Symbols`; templates only lay them out."""

from __future__ import annotations

import json
from typing import Any

from ... import ir
from ...words import Namer

from ..shared import page_names, property_text, status_label, success_response
from .naming import camel_case, enum_key
from .contexts import (
    ChildContext,
    ErrorsContext,
    IndexContext,
    ModelContext,
    NamespaceContext,
    OperationsBlock,
    PackageContext,
    SdkContext,
)
from .symbols import (
    TypeScriptPart,
    NODE_TYPES_VERSION,
    TYPESCRIPT_VERSION,
    Symbols,
    comment,
    string,
)


class CodePlanner(TypeScriptPart):
    """Contexts of the SDK's TypeScript modules."""

    def __init__(self, symbols: Symbols) -> None:
        super().__init__(symbols)

    def package_context(self) -> PackageContext:
        return {
            "name": string(self.symbols.package),
            "version": string(self.config.package_version),
            "license": string(self.config.license) if self.config.license else None,
            "author": (string(_person(*self.config.authors[0])) if self.config.authors else None),
            "contributors": [string(_person(*a)) for a in self.config.authors[1:]],
            "repository": string(self.config.repository) if self.config.repository else None,
            "description": string(" ".join((self.config.description or self.api.title).split())),
            "typescript": string(TYPESCRIPT_VERSION),
            "node_types": string(NODE_TYPES_VERSION),
        }

    def index_context(self) -> IndexContext:
        requests = []
        for node in self.symbols._all_namespaces(self.api.root):
            if node.path:
                names = [self.symbols.request_types[op.operation_id] for op in node.operations]
                names = [n for n, op in zip(names, node.operations) if self.symbols.inputs(op)[0]]
                if names:
                    requests.append(
                        {"module": self.symbols.namespaces[node.path][1], "names": names}
                    )
        root = [
            self.symbols.request_types[op.operation_id]
            for op in self.api.root.operations
            if self.symbols.inputs(op)[0]
        ]
        return {
            "client": self.symbols.client,
            "has_sse": self.symbols.has_sse,
            "has_pages": self.symbols.has_pages,
            "requests": requests,
            "root_requests": root,
        }

    def errors_context(self) -> ErrorsContext:
        classes = []
        for type_, name in self.symbols.errors.items():
            target = self.schemas.get(type_.name) if isinstance(type_, ir.Named) else None
            description = target.description if target is not None else None
            text = "An error answer whose body is parsed as `data`."
            if description:
                text += " " + " ".join(description.split())
            classes.append(
                {
                    "name": name,
                    "data_type": self.symbols.ts_type(type_, "models."),
                    "doc": text.replace("*/", "*\\/"),
                }
            )
        return {"classes": classes}

    def children_context(self, node: ir.Namespace) -> list[ChildContext]:
        return [
            {
                "class": self.symbols.namespaces[c.path][0],
                "module": self.symbols.namespaces[c.path][1],
                "attr": self.symbols.namespaces[c.path][2],
            }
            for c in node.children
        ]

    def sdk_context(self) -> SdkContext:
        default = self.api.servers[0].default_url if self.api.servers else None
        root = self.api.root
        block = self.operations_block(root, from_root=True)
        return {
            "operations": block["operations"],
            "uses_errors": block["uses_errors"],
            "uses_sse": block["uses_sse"],
            "uses_pages": block["uses_pages"],
            "uses_models": block["uses_models"],
            "prefix": block["prefix"],
            "client": self.symbols.client,
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
                for c in self.symbols.credentials
            ],
            "schemes": [
                {
                    "name": string(c["scheme"].name),
                    "kind": string(c["scheme"].kind),
                    "location": (string(c["scheme"].location) if c["scheme"].location else None),
                    "parameter": (
                        string(c["scheme"].parameter_name) if c["scheme"].parameter_name else None
                    ),
                }
                for c in self.symbols.credentials
            ],
            "default_server_url": string(default) if default else "undefined",
            "server_url_env": (
                string(self.config.server_url_env) if self.config.server_url_env else None
            ),
            "user_agent": string(self.symbols.user_agent()),
            "sdk_version": string(self.config.package_version),
            "log_env": string(self.symbols.log_env),
            "log_env_plain": self.symbols.log_env,
            "log_prefix": string(f"[{self.symbols.package}] "),
            "api_version": string(self.api.version),
            "children": self.children_context(root),
        }

    def namespace_context(self, node: ir.Namespace) -> NamespaceContext:
        cls, _, _ = self.symbols.namespaces[node.path]
        block = self.operations_block(node, from_root=False)
        description = ".".join(node.path) + (f": {node.description}" if node.description else "")
        return {
            "operations": block["operations"],
            "uses_errors": block["uses_errors"],
            "uses_sse": block["uses_sse"],
            "uses_pages": block["uses_pages"],
            "uses_models": block["uses_models"],
            "prefix": block["prefix"],
            "class": cls,
            "doc": comment(description),
            "children": self.children_context(node),
        }

    def operations_block(self, node: ir.Namespace, from_root: bool) -> OperationsBlock:
        prefix = "./"
        operations = []
        uses_errors = False
        for op, method in zip(node.operations, self.symbols.method_names(node)):
            inputs, body = self.symbols.inputs(op)
            record = self.symbols.records[op.operation_id]
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
                descriptor = self.symbols.descriptor(record.response_type, "models.")
                spec.append(("response", "() => (" + descriptor + ")"))
            if record.sse_envelope:
                spec.append(("sseEnvelope", "true"))
            returns = self.symbols.returns(op)
            overloads: list[dict[str, str]] = []
            if record.streams:
                event = (
                    "string"
                    if record.stream_type is None
                    else self.symbols.ts_type(record.stream_type, "models.")
                )
                descriptor = (
                    '{ t: "string" }'
                    if record.stream_type is None
                    else self.symbols.descriptor(record.stream_type, "models.")
                )
                envelope = "true" if record.stream_envelope else "false"
                spec.append(("stream", f"{{ event: () => ({descriptor}), envelope: {envelope} }}"))
                plain, returns = returns, f"{returns} | EventStream<{event}>"
                flag = next((i for i in inputs if i.given is record.stream_flag), None)
                if flag is not None:
                    overloads = [
                        {"request": f"{{ {flag.name}: true }}", "returns": f"EventStream<{event}>"},
                        {"request": f"{{ {flag.name}?: false | null }}", "returns": plain},
                    ]
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
                            f"errors.{self.symbols.errors[r.type]} as ErrorClass, "
                            f"() => ({self.symbols.descriptor(r.type, 'models.')})]"
                            for r in record.typed_errors
                            if r.type is not None
                        )
                        + "]",
                    )
                )
            pages = self.page_spec(op, inputs)
            if pages is not None:
                assert op.pagination is not None
                item = self.symbols.ts_type(op.pagination.item_type, "models.")
                returns = f"Page<{item}, {returns}>"
            request_type = self.symbols.request_types[op.operation_id]
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
                    "pages_constant": "_" + method.upper() + "_PAGES",
                    "spec": spec,
                    "doc": comment("\n".join(doc_lines), "  "),
                    "request_type": request_type,
                    "has_inputs": bool(inputs),
                    "optional_request": optional_request,
                    "members": [
                        {
                            "name": i.name,
                            "type": self.symbols.ts_type(i.type, "models.", request=True),
                            "optional": not i.required,
                            "doc": comment(i.description, "  "),
                        }
                        for i in inputs
                    ],
                    "returns": returns,
                    "pages": pages,
                    "overloads": overloads,
                    "deprecated": (
                        string(f"{op.operation_id} is deprecated") if op.deprecated else None
                    ),
                }
            )
        return {
            "operations": operations,
            "uses_errors": uses_errors,
            "uses_sse": any("EventStream<" in str(o["returns"]) for o in operations),
            "uses_pages": any(o["pages"] is not None for o in operations),
            "uses_models": bool(operations),
            "prefix": prefix,
        }

    def page_spec(self, op: ir.Operation, inputs: list[Any]) -> str | None:
        """The ``PageSpec`` object literal of a paginated operation, in TypeScript names."""
        success = success_response(op)
        if op.pagination is None or success is None or success.type is None:
            return None
        names = page_names(
            self.schemas,
            op,
            success.type,
            self.symbols.field_name,
            lambda wire: next(i.name for i in inputs if i.location == "query" and i.wire == wire),
        )
        assert names is not None
        fields = [f"style: {string(names.style)}"]
        for key, label in (("items", "items"), ("next", "next"), ("has_more", "hasMore")):
            path = getattr(names, key)
            if path:
                fields.append(f"{label}: [{', '.join(string(n) for n in path)}]")
        for key, label in (
            ("param", "param"),
            ("next_from_item", "nextFromItem"),
            ("limit", "limit"),
        ):
            value = getattr(names, key)
            if value is not None:
                fields.append(f"{label}: {string(value)}")
        return "{ " + ", ".join(fields) + " }"

    def model_context(self, schema: ir.NamedSchema) -> ModelContext:
        name = self.symbols.type_names[schema.name]
        context: ModelContext = {"name": name, "doc": comment(schema.description)}
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
                used |= self.symbols.named_in(v)
            context["type"] = (
                " | ".join(self.symbols.ts_type(v) for v in schema.variants) or "never"
            )
            context["variants"] = [self.symbols.descriptor(v) for v in schema.variants]
            context["discriminator"] = self.discriminator(schema)
        else:
            fields = []
            for f in self.symbols.fields[schema.name]:
                used |= self.symbols.named_in(f.prop.type)
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
                        "type": self.symbols.ts_type(f.prop.type, request=True),
                        "optional": not f.required_in_type,
                        "doc": comment(text, "  "),
                        "descriptor": (
                            f"{{ name: {string(f.name)}, wire: {string(f.prop.name)}, "
                            f"schema: {self.symbols.descriptor(f.prop.type)}, "
                            f"required: {'true' if f.required_in_type and not nullable_required else 'false'}"
                            f"{flags} }}"
                        ),
                    }
                )
            context["fields"] = fields
            additional = schema.additional_properties
            if additional is not None:
                used |= self.symbols.named_in(additional)
            context["additional_type"] = (
                self.symbols.ts_type(additional, request=True) if additional is not None else None
            )
            context["additional"] = (
                self.symbols.descriptor(additional) if additional is not None else None
            )
        used.discard(schema.name)
        context["imports"] = [
            {
                "names": [self.symbols.type_names[n], self.symbols.type_names[n] + "$"],
                "file": self.symbols.file_names[n],
            }
            for n in sorted(used, key=lambda n: self.symbols.file_names[n])
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
                for f in self.symbols.fields[target.name]:
                    if f.prop.name == found.property_name:
                        field_name = f.name
                break
        entries = ", ".join(f"{string(value)}: {i}" for value, i in tags)
        return (
            f"{{ property: {string(found.property_name)}, field: {string(field_name)}, "
            f"tags: {{ {entries} }} }}"
        )


def _person(name: str, email: str | None) -> str:
    """npm's one-string form of a person: ``Name <email>``."""
    return f"{name} <{email}>" if email else name
