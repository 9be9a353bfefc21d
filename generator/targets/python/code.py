"""The SDK's code: the context of each Python module (clients, namespaces, operations, models,
errors), computed from the names in :class:`Symbols`; templates only lay them out."""

from __future__ import annotations

import json
from typing import Any, Iterable

from ... import ir
from ..shared import page_names, status_label
from . import literals
from .naming import CALL_OPTIONS, RUNTIME_ERRORS, Namer, enum_member, raw_view_class
from .typemap import SDK_TYPE_NAMES, TYPING_NAMES, TypeMapper
from .contexts import (
    ChildContext,
    DiscriminatorContext,
    LazyAliasContext,
    ErrorsContext,
    ModelContext,
    ModelsIndexContext,
    NamespaceContext,
    OperationContext,
    PackageContext,
    ProjectContext,
    SdkContext,
    SecurityContext,
    StaticContext,
)
from .layout import LINE_LENGTH
from .symbols import SDK_BUILD_BACKEND, PythonPart, Symbols, _Input


class CodePlanner(PythonPart):
    """Contexts of the SDK's Python modules."""

    def __init__(self, symbols: Symbols) -> None:
        super().__init__(symbols)

    def children_context(self, node: ir.Namespace, mapper: TypeMapper) -> list[ChildContext]:
        """The namespaces under ``node``, each a lazily imported attribute."""
        children: list[ChildContext] = []
        for child in node.children:
            cls, module, attr = self.symbols.namespace_names[child.path]
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

    def project_context(self) -> ProjectContext:
        urls = dict(self.symbols.settings.urls)
        if self.config.repository:
            urls.setdefault("Repository", self.config.repository)
        return {
            "distribution": json.dumps(self.symbols.distribution),
            "package": self.package,
            "license_toml": json.dumps(self.config.license) if self.config.license else None,
            "authors_toml": [
                "{ name = "
                + json.dumps(name)
                + (", email = " + json.dumps(email) if email else "")
                + " }"
                for name, email in self.config.authors
            ],
            "urls_toml": [
                f"{json.dumps(label)} = {json.dumps(url)}" for label, url in urls.items()
            ],
            "build_backend": json.dumps(SDK_BUILD_BACKEND),
            "python_floor": self.symbols.settings.python_floor,
            "version": self.config.package_version,
            "version_literal": literals.string(self.config.package_version),
            "api_version_literal": literals.string(self.api.version),
            "has_sse": self.symbols.has_sse,
            "description_toml": json.dumps(
                self.symbols._one_line(self.config.description or self.api.title)
            ),
        }

    def static_context(self) -> StaticContext:
        return {
            "package": self.package,
            "has_sse": self.symbols.has_sse,
            "has_pages": self.symbols.has_pages,
        }

    def package_context(self) -> PackageContext:
        description = self.config.description or self.api.description or self.api.title
        return {
            "docstring": literals.docstring(description),
            "sync_client": self.config.sync_client,
            "async_client": self.config.async_client,
        }

    def sdk_context(self) -> SdkContext:
        root = self.api.root
        default_server = self.api.servers[0].default_url if self.api.servers else None
        mapper = self.types.fresh(self.symbols.class_members(root))
        mapper.used.update(("Optional", "Type", "Dict", "Any"))
        if any(c.scheme.kind == "http-basic" for c in self.symbols.credentials):
            mapper.used.add("Tuple")
        children = self.children_context(root, mapper)
        operations = self.operations_context(root, mapper)
        return {
            "package": self.package,
            "sync_client": self.config.sync_client,
            "async_client": self.config.async_client,
            "raw_class": raw_view_class(self.config.sync_client),
            "async_raw_class": raw_view_class(self.config.async_client),
            **self.security_context(),
            "server_url_env": (
                literals.string(self.config.server_url_env) if self.config.server_url_env else None
            ),
            "default_server_url": literals.string(default_server) if default_server else "None",
            "user_agent": literals.string(self.symbols.user_agent()),
            "log_env": literals.string(self.symbols.log_env),
            "children": children,
            "operations": operations,
            "imports": self.imports(mapper, "."),
            "package_imports": _package_imports(mapper),
            "utils_ref": mapper.utils_ref,
            "uses_warnings": any(op.deprecated for op in root.operations),
            "server_url_env_plain": self.config.server_url_env,
            "docstring": literals.docstring_body(self.api.title),
        }

    def security_context(self) -> SecurityContext:
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
                for c in self.symbols.credentials
            ],
            "schemes": [
                {
                    "name": literals.string(c.scheme.name),
                    "kind": literals.string(c.scheme.kind),
                    "location": literals.string(c.scheme.location or ""),
                    "parameter": literals.string(c.scheme.parameter_name or ""),
                }
                for c in self.symbols.credentials
            ],
        }

    def errors_context(self) -> ErrorsContext:
        """The typed error classes: each carries its parsed body as ``data``."""
        mapper = self.types.fresh()
        mapper.used.update(("Any", "Sequence"))
        classes = []
        for type_, name in self.symbols.error_classes.items():
            target = self.schemas.get(type_.name) if isinstance(type_, ir.Named) else None
            description = target.description if target is not None else None
            statuses = sorted(
                {
                    status_label(r.status)
                    for op in self.api.operations
                    for r in self.symbols.typed_error_responses(op)
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
        return {
            "classes": classes,
            "imports": self.imports(mapper, "."),
            "runtime_errors": list(RUNTIME_ERRORS),
        }

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

    def model_context(self, schema: ir.NamedSchema) -> ModelContext:
        names = self.names[schema.name]
        mapper = self.types.fresh()
        context: ModelContext = {
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
            context["lazy"] = None
            if schema.name in self.api.self_referring:
                # Its members' modules import this one back: evaluated when this module
                # loads, the alias would meet them half-loaded (an ImportError).
                context["lazy"] = self.lazy_alias_context(schema, mapper.quoting())
                mapper.used.add("TYPE_CHECKING")
        else:
            fields = []
            for f in self.symbols.fields[schema.name]:
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
                        "docstring": self.symbols._docstring_or_none(
                            self.symbols._field_doc(f.prop)
                        ),
                        "td_annotation": (
                            td_annotation if f.prop.required else f"NotRequired[{td_annotation}]"
                        ),
                    }
                )
            context["fields"] = fields
            context["nullable_fields"] = _name_set(
                f.name for f in self.symbols.fields[schema.name] if f.nullable
            )
            read_only = [f.name for f in self.symbols.fields[schema.name] if f.prop.read_only]
            context["read_only_fields"] = _name_set(read_only) if read_only else None
            context["uses_field"] = any(f["field_call"] for f in fields)
            context["uses_not_required"] = any(
                not f.prop.required for f in self.symbols.fields[schema.name]
            )
        if isinstance(schema, ir.ObjectSchema):
            mapper.used.update(("ClassVar", "FrozenSet", "BaseModel"))
        context["imports"] = self.imports(mapper, "..", models_from=".")
        context["imports"]["siblings"] = [
            s for s in context["imports"]["siblings"] if s["module"] != names.module
        ]
        return context

    def lazy_alias_context(self, schema: ir.UnionSchema, quoting: TypeMapper) -> LazyAliasContext:
        return {
            "variants": [quoting.annotation(v, wire=True) for v in schema.variants],
            "typed_dict_variants": [
                quoting.annotation(v, typed_dict=True) for v in schema.variants
            ],
            "members": [quoting.annotation(v, wire=True) for v in _named_variants(schema)],
        }

    def discriminator_context(
        self, schema: ir.UnionSchema, mapper: TypeMapper
    ) -> DiscriminatorContext | None:
        """How a discriminated union picks its member: each member tagged with its class
        name, and the discriminator values that select each tag."""
        found = schema.discriminator
        if found is None:
            return None
        members = {v.name: v for v in _named_variants(schema)}
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
                for v in _named_variants(schema)
            ],
        }

    def models_index_context(self) -> ModelsIndexContext:
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
        exported = sorted([n for e in entries for n in e["names"]] + list(RUNTIME_ERRORS))
        return {"entries": entries, "exported": exported, "runtime_errors": list(RUNTIME_ERRORS)}

    def operations_context(self, node: ir.Namespace, mapper: TypeMapper) -> list[OperationContext]:
        return [
            self.operation_context(op, name, mapper)
            for op, name in zip(node.operations, self.symbols.method_names(node))
        ]

    def operation_context(
        self, op: ir.Operation, method_name: str, mapper: TypeMapper
    ) -> OperationContext:
        params, body = self.symbols.operation_inputs(op)
        signature = []
        for p in params:
            annotation, default = mapper.wrap(
                mapper.input_annotation(p.inner, mapper.models, p.given.location == "body"),
                p.required,
                p.nullable,
                True,
            )
            signature.append({"name": p.name, "annotation": annotation, "default": default})
        mapper.used.update(("Optional", "Mapping"))
        signature += [
            {
                "name": "retries",
                "annotation": f"Optional[{mapper.utils}RetryConfig]",
                "default": "None",
            },
            {"name": "server_url", "annotation": "Optional[str]", "default": "None"},
            {"name": "timeout_ms", "annotation": "Optional[int]", "default": "None"},
            {
                "name": "http_headers",
                "annotation": "Optional[Mapping[str, str]]",
                "default": "None",
            },
        ]
        success = self.symbols.success_response(op)
        response_kind, returns = self.symbols.response_shape(success, mapper)
        response_is_model = (
            response_kind == "json"
            and success is not None
            and isinstance(success.type, ir.Named)
            and isinstance(self.schemas[success.type.name], ir.ObjectSchema)
        )
        response_type = returns if response_kind == "json" else "None"
        if (
            response_kind == "json"
            and success is not None
            and isinstance(success.type, ir.Nullable)
        ):
            # A value, not an annotation: Nullable is an alias mypy will not apply at runtime.
            mapper.used.add("Optional")
            response_type = f"Optional[{mapper.annotation(success.type.inner, mapper.models)}]"
        returns_async = returns
        if response_kind == "sse":
            event = returns.removeprefix(f"{mapper.utils}EventStream[")[:-1]
            response_type = event
            returns_async = f"{mapper.utils}AsyncEventStream[{event}]"
        record = self.symbols.records[op.operation_id]
        stream_type = None
        overloads: list[dict[str, Any]] = []
        if record.streams:
            # The answer is the primary body or, when the caller asked to stream, an event
            # stream; a boolean ``stream`` field picks between them in the signature.
            event = (
                "str"
                if record.stream_type is None
                else mapper.annotation(record.stream_type, mapper.models)
            )
            stream_type = "None" if record.stream_type is None else event
            mapper.used.add("Union")
            plain, plain_async = returns, returns_async
            returns = f"Union[{plain}, {mapper.utils}EventStream[{event}]]"
            returns_async = f"Union[{plain_async}, {mapper.utils}AsyncEventStream[{event}]]"
            flag = next((p for p in params if p.given is record.stream_flag), None)
            if flag is not None:
                mapper.used.update(("overload", "Literal"))
                overloads = [
                    {
                        "signature": _with_annotation(signature, flag.name, "Literal[True]", None),
                        "returns": f"{mapper.utils}EventStream[{event}]",
                        "returns_async": f"{mapper.utils}AsyncEventStream[{event}]",
                    },
                    {
                        "signature": _with_annotation(
                            signature,
                            flag.name,
                            *mapper.wrap("Literal[False]", flag.required, flag.nullable, True),
                        ),
                        "returns": plain,
                        "returns_async": plain_async,
                    },
                    {"signature": signature, "returns": returns, "returns_async": returns_async},
                ]
            response_is_model = False
        pages = self.page_spec(op, params, mapper)
        if pages is not None:
            assert op.pagination is not None
            item = mapper.annotation(op.pagination.item_type, mapper.models)
            returns = f"{mapper.utils}SyncPage[{item}, {returns}]"
            returns_async = f"{mapper.utils}AsyncPage[{item}, {returns_async}]"
            response_is_model = True  # the runtime's page needs no cast
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
            *(f":param {name}: {text}" for name, text in CALL_OPTIONS.items()),
        ]
        body_context: dict[str, Any] | None = None
        if body is not None and body.schema is not None:
            body_context = {
                "model": mapper.models + self.names[body.schema].class_name,
                "arguments": [{"field": field, "param": param} for field, param in body.fields],
                "param": None,
            }
            mapper.models_used.add(body.schema)
        elif body is not None:
            body_input = next(p for p in params if p.name == body.param)
            validate = None
            if mapper.accepts_typed_dict(body_input.inner):
                # Dicts shaped like models (TypedDicts, by Python names) become models, so
                # that they reach the wire by the spec's names; an optional body left out
                # stays None or UNSET (not sent).
                validate = mapper.annotation(body_input.inner, mapper.models, wire=True)
                if not body_input.required or body_input.nullable:
                    mapper.used.add("Optional")
                    validate = f"Optional[{validate}]"
            body_context = {
                "model": None,
                "arguments": [],
                "param": body.param,
                "validate": validate,
            }
        spec_fields = {
            "operation_id": literals.string(record.operation_id),
            "method": literals.string(record.method),
            "path": literals.string(record.path),
            "servers": _spec_tuple("servers", [literals.string(url) for url in record.servers]),
            "request_content_type": _optional_string(record.request_content_type),
            "accept": literals.string(record.accept),
            "response_kind": literals.string(record.response_kind),
            "sse_envelope": str(record.stream_envelope if record.streams else record.sse_envelope),
            "streams": record.streams,
            "errors": _spec_tuple(
                "errors",
                [
                    f"({literals.string(r.status)}, "
                    f"{literals.string(self.symbols.error_classes[r.type])})"
                    for r in record.typed_errors
                    if r.type is not None
                ],
            ),
            "response_content_type": _optional_string(record.response_content_type),
            "security": _spec_tuple(
                "security",
                [
                    _spec_tuple("", [literals.string(name) for name in alt])
                    for alt in record.security
                ],
            ),
            "params": _spec_tuple(
                "params",
                [
                    f"({literals.string(p.name)}, {literals.string(p.wire or '')}, "
                    f"{literals.string(p.location)}, {literals.string(p.style)}, {p.explode})"
                    for p in params
                    if p.location != "body"
                ],
            ),
        }
        return {
            "name": method_name,
            "spec_name": "_" + method_name.upper().strip("_") + "_OPERATION",
            "spec_fields": spec_fields,
            "pages_name": "_" + method_name.upper().strip("_") + "_PAGES",
            "pages": pages,
            "response_type": response_type,
            "stream_type": stream_type,
            "overloads": overloads,
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

    def page_spec(self, op: ir.Operation, params: list[_Input], mapper: TypeMapper) -> str | None:
        """The ``utils.PageSpec(...)`` expression of a paginated operation, in Python names."""
        success = self.symbols.success_response(op)
        if op.pagination is None or success is None or success.type is None:
            return None
        names = page_names(
            self.schemas,
            op,
            success.type,
            self.symbols.field_name,
            lambda wire: next(p.name for p in params if p.location == "query" and p.wire == wire),
        )
        assert names is not None
        fields = [f"style={literals.string(names.style)}"]
        for key in ("items", "next", "has_more"):
            path = getattr(names, key)
            if path:
                fields.append(f"{key}={_spec_tuple('', [literals.string(n) for n in path])}")
        for key in ("param", "next_from_item", "limit"):
            value = getattr(names, key)
            if value is not None:
                fields.append(f"{key}={literals.string(value)}")
        return f"{mapper.utils}PageSpec({', '.join(fields)})"

    def namespace_context(self, node: ir.Namespace) -> NamespaceContext:
        cls, module, _ = self.symbols.namespace_names[node.path]
        mapper = self.types.fresh(self.symbols.class_members(node))
        operations = self.operations_context(node, mapper)
        children = self.children_context(node, mapper)
        description = ".".join(node.path) + (f": {node.description}" if node.description else "")
        return {
            "sync_class": cls,
            "async_class": "Async" + cls,
            "raw_class": raw_view_class(cls),
            "async_raw_class": raw_view_class("Async" + cls),
            "docstring": literals.docstring(description),
            "operations": operations,
            "children": children,
            "imports": self.imports(mapper, "."),
            "package_imports": _package_imports(mapper),
            "uses_warnings": any(op.deprecated for op in node.operations),
        }


def _package_imports(mapper: TypeMapper) -> str:
    """``models, utils``, each under the name the module's annotations use for it."""
    return ", ".join(
        name if ref == name else f"{name} as {ref}"
        for name, ref in (("models", mapper.models_ref), ("utils", mapper.utils_ref))
    )


def _with_annotation(
    signature: list[dict[str, Any]], name: str, annotation: str, default: str | None
) -> list[dict[str, Any]]:
    """A copy of a signature with one parameter's annotation and default replaced; a
    parameter without a default moves ahead of those with one (where Python wants it)."""
    changed = [
        {**param, "annotation": annotation, "default": default} if param["name"] == name else param
        for param in signature
    ]
    return sorted(changed, key=lambda param: param["default"] is not None)


def _spec_tuple(keyword: str, items: list[str]) -> str:
    """A tuple of an OperationSpec as black lays out the keyword argument ``keyword=...,``
    (four spaces in): empty, one element on its line when it fits, and several one a line
    (the trailing comma the template writes after each keeps them so). Nested tuples of
    several elements are left to black in the form it reads as exploded."""
    if not items:
        return "()"
    if len(items) == 1:
        one = f"({items[0]},)"
        if not keyword or len(f"    {keyword}={one},") <= LINE_LENGTH:
            return one
        if len(f"        {items[0]},") <= LINE_LENGTH:
            return f"(\n        {items[0]},\n    )"
        return one
    if not keyword:  # a nested tuple of several: black explodes it (a magic trailing comma)
        return "(" + "".join(item + ", " for item in items) + ")"
    return "(\n" + "".join(f"        {item},\n" for item in items) + "    )"


def _name_set(names: Iterable[str]) -> str:
    """``frozenset({"a", "b"})``: field names, sorted, as black writes the literal."""
    return "frozenset({" + ", ".join(literals.string(n) for n in sorted(names)) + "})"


def _optional_string(text: str | None) -> str:
    return "None" if text is None else literals.string(text)


def _named_variants(schema: ir.UnionSchema) -> list[ir.Named]:
    """A union's members that are models, each once (a discriminator tags them)."""
    return list({v.name: v for v in schema.variants if isinstance(v, ir.Named)}.values())
