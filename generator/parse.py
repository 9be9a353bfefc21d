"""Stage 2, parse: turn a loaded spec into the language-neutral IR (:mod:`generator.ir`).

Reads openapi-pydantic's typed model (3.0 and 3.1 alike), follows local references, names
inline schemas after their place, and reports every defect as a :class:`SpecError` carrying
the JSON pointer of the offending part.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Iterable

from . import ir
from .errors import Diagnostics, Problem, SpecError, join_pointer
from .load import LoadedSpec, split_pointer
from .words import same_word, split_words

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_SCHEMA = "#/components/schemas/"
PREFERRED_CONTENT = ("application/json",)


def build_api(spec: LoadedSpec, diagnostics: Diagnostics | None = None) -> ir.Api:
    """Build the IR of ``spec``; what it skips or approximates goes to ``diagnostics``."""
    return _Builder(spec, diagnostics or Diagnostics()).build()


_FIELDS_BY_KEY: dict[type, dict[str, str]] = {}


def _fields_by_key(cls: type) -> dict[str, str]:
    """A model class's attribute names by their spec spelling (``$ref`` -> ``ref``)."""
    found = _FIELDS_BY_KEY.get(cls)
    if found is None:
        fields = cls.model_fields  # type: ignore[attr-defined]
        found = _FIELDS_BY_KEY[cls] = {(i.alias or n): n for n, i in fields.items()}
    return found


def _get(node: Any, key: str) -> Any:
    """Read a field by its spec name (``$ref``, ``in``, ``schema``, ``x-...``) from a model."""
    if node is None:
        return None
    if isinstance(node, dict):
        return node.get(key)
    name = _fields_by_key(type(node)).get(key)
    if name is not None:
        return getattr(node, name)
    extra = node.model_extra or {}
    return extra.get(key)


def _is_set(node: Any, key: str) -> bool:
    """Whether ``key`` was written in the spec (``default: null`` counts, absence does not)."""
    name = _fields_by_key(type(node)).get(key)
    return name is not None and name in node.model_fields_set


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


class _Builder:
    def __init__(self, spec: LoadedSpec, diagnostics: Diagnostics) -> None:
        self.spec = spec
        self.diagnostics = diagnostics
        self.doc = spec.model
        self.is_30 = spec.version.startswith("3.0")
        self.schemas: dict[ir.SchemaName, ir.NamedSchema] = {}
        self.converting: set[ir.SchemaName] = set()
        self.inlining: list[str] = []

    def fail(self, pointer: str, message: str) -> SpecError:
        return SpecError(self.spec.problem(pointer, message))

    def warn(self, pointer: str, kind: str, message: str) -> None:
        # No line number: the pointer says where, and finding lines means composing the whole
        # document again, seconds for a large one; only errors pay that.
        self.diagnostics.warn(Problem(str(self.spec.path), pointer, message, None, kind))

    # -- references ---------------------------------------------------------------------------

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains (checked finite by the loader) to a definition."""
        while _get(node, "$ref") is not None:
            pointer = str(_get(node, "$ref"))[1:]
            node = self.doc
            for token in split_pointer(pointer):
                node = node[int(token)] if isinstance(node, list) else _get(node, token)
            if node is None:
                raise self.fail(pointer, "reference target is empty")
        return node, pointer

    # -- document ------------------------------------------------------------------------------

    def build(self) -> ir.Api:
        if "paths" not in self.spec.raw:
            raise self.fail("", "missing required field 'paths': an SDK needs operations")
        components = self.doc.components
        for name, schema in (components.schemas or {}).items() if components else ():
            self.component_schema(name)
        operations = self.operations()
        info = self.doc.info
        return ir.Api(
            title=info.title,
            version=info.version,
            description=_text(info.description),
            # openapi-pydantic fills in the spec's implicit default server ("/"); no servers
            # written means none: the SDK then asks for a server_url.
            servers=self.servers(self.doc.servers if "servers" in self.spec.raw else None),
            security_schemes=self.security_schemes(),
            schemas=tuple(self.schemas[name] for name in self.schemas),
            root=self.namespaces(operations),
            source=str(self.spec.path),
        )

    def servers(self, servers: Iterable[Any] | None) -> tuple[ir.Server, ...]:
        return tuple(
            ir.Server(
                url=str(server.url),
                description=_text(server.description),
                variables=tuple(
                    (str(name), str(variable.default))
                    for name, variable in (server.variables or {}).items()
                ),
            )
            for server in servers or ()
        )

    def security_schemes(self) -> tuple[ir.SecurityScheme, ...]:
        components = self.doc.components
        found = []
        for name, scheme in ((components.securitySchemes or {}) if components else {}).items():
            pointer = join_pointer("/components/securitySchemes", name)
            scheme, pointer = self.follow(scheme, pointer)
            kind = str(getattr(scheme.type, "value", scheme.type))
            http_scheme = (scheme.scheme or "").lower()
            if kind == "http" and http_scheme == "bearer":
                found.append(ir.SecurityScheme(name, "http-bearer", _text(scheme.description)))
            elif kind == "http" and http_scheme == "basic":
                found.append(ir.SecurityScheme(name, "http-basic", _text(scheme.description)))
            elif kind == "apiKey":
                location = str(
                    getattr(scheme.security_scheme_in, "value", scheme.security_scheme_in)
                )
                found.append(
                    ir.SecurityScheme(
                        name, "api-key", _text(scheme.description), location, scheme.name
                    )
                )
            elif kind in ("oauth2", "openIdConnect"):
                # The SDK does not run the OAuth flow: the caller brings an access token,
                # which travels as a bearer token.
                found.append(ir.SecurityScheme(name, "oauth2", _text(scheme.description)))
            else:
                self.warn(
                    pointer,
                    "unsupported-security",
                    f"security scheme {name!r} of type {kind!r} is not supported: operations "
                    "that need it are generated, and callers send its credentials themselves",
                )
        return tuple(found)

    # -- operations ----------------------------------------------------------------------------

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
            summary=_text(op.summary),
            description=_text(op.description),
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
        override = _get(op, "x-sdk-name")
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
            type_ = self.type_of(
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
                    description=_text(param.description),
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
        type_ = self.type_of(
            media.media_type_schema,
            join_pointer(media_pointer, "schema"),
            ir.SchemaName((operation_id, "RequestBody")),
        )
        example, has_example = media.example, _is_set(media, "example")
        if not has_example and media.examples:
            first = next(iter(media.examples.values()))
            first, _ = self.follow(first, media_pointer)
            example, has_example = first.value, True
        return ir.RequestBody(
            content_type=content_type,
            type=type_,
            required=bool(body.required),
            description=_text(body.description),
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
                    type_ = self.type_of(
                        media.media_type_schema,
                        join_pointer(response_pointer, "content", content_type, "schema"),
                        ir.SchemaName(hint),
                    )
            found.append(
                ir.Response(status.upper(), _text(response.description), content_type, type_)
            )
        if not found:
            raise self.fail(join_pointer(pointer, "responses"), "operation declares no responses")
        return tuple(found)

    def namespaces(self, operations: list[ir.Operation]) -> ir.Namespace:
        descriptions = {
            tuple(p for p in str(tag.name).split(".") if p): _text(tag.description)
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

    # -- schemas -------------------------------------------------------------------------------

    def component_schema(self, name: str) -> ir.SchemaName:
        schema_name = ir.SchemaName((name,))
        if schema_name in self.schemas or schema_name in self.converting:
            return schema_name
        pointer = join_pointer("/components/schemas", name)
        schema = self.doc.components.schemas[name]
        self.converting.add(schema_name)
        try:
            result = self.type_of(schema, pointer, schema_name, force_named=True)
        finally:
            self.converting.discard(schema_name)
        if schema_name not in self.schemas:
            # An alias (a primitive, an array, or a reference to another schema): keep it as a
            # union of one so that the component keeps its own name and page.
            self.schemas[schema_name] = ir.UnionSchema(
                schema_name, (result,), _text(_get(schema, "description")), pointer
            )
        return schema_name

    def discriminator(
        self, schema: Any, pointer: str, variants: list[ir.TypeRef]
    ) -> ir.Discriminator | None:
        """The union's discriminator, when every member is a named object schema (the only
        case where a property can tell them apart); otherwise a warning, and members are
        tried in order."""
        found = _get(schema, "discriminator")
        if found is None:
            return None
        where = join_pointer(pointer, "discriminator")
        members = [v.name for v in variants if isinstance(v, ir.Named)]
        if len(members) != len(variants):
            self.warn(
                where,
                "unsupported-discriminator",
                "a discriminator needs every member of its union to be a schema of its own; "
                "members are tried in order instead",
            )
            return None
        mapping: list[tuple[str, ir.SchemaName]] = []
        for value, target in (getattr(found, "mapping", None) or {}).items():
            ref = str(target)
            key = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else ref
            key = key.replace("~1", "/").replace("~0", "~")
            if self.doc.components is None or key not in (self.doc.components.schemas or {}):
                raise self.fail(
                    join_pointer(where, "mapping", str(value)),
                    f"discriminator mapping {str(value)!r} names {ref!r}, which is not a "
                    "schema under components/schemas",
                )
            mapping.append((str(value), self.component_schema(key)))
        mapped = {target for _, target in mapping}
        for member in members:
            if member not in mapped and len(member.parts) == 1:
                mapping.append((member.parts[0], member))  # the implicit value: its name
        return ir.Discriminator(str(found.propertyName), tuple(mapping))

    def register(self, schema: ir.NamedSchema) -> ir.Named:
        name = schema.name
        if name in self.schemas and self.schemas[name] != schema:
            counter = 2
            while ir.SchemaName((*name.parts, str(counter))) in self.schemas:
                counter += 1
            schema = dataclasses.replace(schema, name=ir.SchemaName((*name.parts, str(counter))))
        self.schemas[schema.name] = schema
        return ir.Named(schema.name)

    def type_of(
        self,
        schema: Any,
        pointer: str,
        name: ir.SchemaName | None,
        force_named: bool = False,
    ) -> ir.TypeRef:
        """Convert a schema (or reference) at ``pointer`` to a type, naming it ``name`` if it
        needs a name of its own."""
        ref = _get(schema, "$ref")
        if ref is not None:
            ref = str(ref)
            tail = ref[len(COMPONENT_SCHEMA) :]
            if ref.startswith(COMPONENT_SCHEMA) and "/" not in tail:
                component = tail.replace("~1", "/").replace("~0", "~")
                return ir.Named(self.component_schema(component))
            if ref in self.inlining:
                raise self.fail(
                    pointer, f"recursive reference {ref!r} must point at a component schema"
                )
            self.inlining.append(ref)
            try:
                target_schema, target_pointer = self.follow(schema, pointer)
                return self.type_of(
                    target_schema,
                    target_pointer,
                    name or ir.SchemaName(tuple(split_pointer(ref)[-1:])),
                )
            finally:
                self.inlining.pop()

        description = _text(_get(schema, "description"))
        raw_type = _get(schema, "type")
        types = [
            str(getattr(t, "value", t))
            for t in (
                raw_type
                if isinstance(raw_type, list)
                else [raw_type] if raw_type is not None else []
            )
        ]
        nullable = "null" in types or bool(getattr(schema, "nullable", False))
        types = [t for t in types if t != "null"]
        enum = _get(schema, "enum")
        if _is_set(schema, "const"):
            enum = [_get(schema, "const")]
        if enum is not None:
            values = [v for v in enum if v is not None]
            if None in enum:
                nullable = True
            if not values:
                raise self.fail(pointer, "enum has no values besides null")
            kinds = {self.json_kind(v) for v in values}
            if len(kinds) > 1:
                raise self.fail(pointer, f"enum mixes value types: {sorted(kinds)}")
            enum_kind = kinds.pop()
            if enum_kind == "boolean":
                # true/false/const true: a boolean, not worth a named type (nor can Python
                # subclass bool for an Enum).
                result_bool: ir.TypeRef = ir.Primitive("boolean")
                return ir.Nullable(result_bool) if nullable else result_bool
            if (
                types
                and enum_kind not in types
                and not (enum_kind == "integer" and "number" in types)
            ):
                raise self.fail(
                    pointer, f"enum values are {enum_kind}s but the schema's type is {types[0]!r}"
                )
            if name is None:
                name = self.name_from(pointer)
            result: ir.TypeRef = self.register(
                ir.EnumSchema(name, ir.Primitive(enum_kind), tuple(values), description, pointer)  # type: ignore[arg-type]
            )
            return ir.Nullable(result) if nullable else result

        variants_source = _get(schema, "oneOf") or _get(schema, "anyOf")
        if variants_source:
            key = "oneOf" if _get(schema, "oneOf") else "anyOf"
            variants: list[ir.TypeRef] = []
            for index, variant in enumerate(variants_source):
                variant_pointer = join_pointer(pointer, key, index)
                resolved, _ = self.follow(variant, variant_pointer)
                resolved_type = _get(resolved, "type")
                if str(
                    getattr(resolved_type, "value", resolved_type)
                ) == "null" or resolved_type == ["null"]:
                    nullable = True
                    continue
                variant_name = ir.SchemaName(
                    (*(name.parts if name else ("Variant",)), str(index + 1))
                )
                variants.append(self.type_of(variant, variant_pointer, variant_name))
            if len(variants) == 1 and not force_named:
                result = variants[0]
            else:
                if name is None:
                    name = self.name_from(pointer)
                discriminator = self.discriminator(schema, pointer, variants)
                result = self.register(
                    ir.UnionSchema(name, tuple(variants), description, pointer, discriminator)
                )
            if isinstance(result, ir.Nullable):
                return result
            return ir.Nullable(result) if nullable else result

        all_of = _get(schema, "allOf")
        self.check_consistent(schema, pointer, types, all_of)
        if all_of:
            if len(all_of) == 1 and not _get(schema, "properties"):
                inner = self.type_of(
                    all_of[0], join_pointer(pointer, "allOf", 0), name, force_named
                )
                return (
                    ir.Nullable(inner) if nullable and not isinstance(inner, ir.Nullable) else inner
                )
            return self.object_type(schema, pointer, name, description, nullable, all_of)

        if len(types) > 1:
            if name is None:
                name = self.name_from(pointer)
            parts = [self.type_of({"type": t}, pointer, None) for t in types]
            result = self.register(ir.UnionSchema(name, tuple(parts), description, pointer))
            return ir.Nullable(result) if nullable else result

        kind = types[0] if types else None
        if kind is None and (
            _get(schema, "properties")
            or _get(schema, "additionalProperties") not in (None, True, False)
        ):
            kind = "object"
        if kind is None and _get(schema, "items") is not None:
            kind = "array"
        if kind == "object":
            return self.object_type(schema, pointer, name, description, nullable, [])
        if kind == "array":
            items = _get(schema, "items")
            if items is None:
                item_type: ir.TypeRef = ir.Primitive("any")
            else:
                item_name = ir.SchemaName((*name.parts, "Item")) if name else None
                item_type = self.type_of(items, join_pointer(pointer, "items"), item_name)
            result = ir.ArrayType(item_type)
        elif kind in ("string", "integer", "number", "boolean"):
            fmt = _get(schema, "format")
            result = ir.Primitive(kind, str(fmt) if fmt else None)  # type: ignore[arg-type]
        elif kind is None:
            result = ir.Primitive("any")
        else:
            raise self.fail(pointer, f"unknown type {kind!r}")
        return ir.Nullable(result) if nullable else result

    def check_consistent(self, schema: Any, pointer: str, types: list[str], all_of: Any) -> None:
        """Reject schemas no value can satisfy: ``allOf`` parts of different types, or a
        scalar or array type beside ``properties``."""
        if _get(schema, "properties") and types and "object" not in types:
            raise self.fail(pointer, f"contradictory types: type {types[0]!r} with properties")
        part_types: set[str] = set(types)
        for index, part in enumerate(all_of or ()):
            resolved, _ = self.follow(part, join_pointer(pointer, "allOf", index))
            raw = _get(resolved, "type")
            names = {
                str(getattr(t, "value", t))
                for t in (raw if isinstance(raw, list) else [raw] if raw else [])
            }
            names.discard("null")
            if names and part_types and not names & part_types:
                found = ", ".join(sorted(part_types | names))
                raise self.fail(
                    join_pointer(pointer, "allOf", index), f"contradictory types in allOf: {found}"
                )
            part_types = (part_types & names) if part_types and names else (part_types or names)

    @staticmethod
    def name_from(pointer: str) -> ir.SchemaName:
        """A name for a schema with no better one: the last words of where it is."""
        structural = {
            "schema",
            "content",
            "properties",
            "items",
            "allOf",
            "oneOf",
            "anyOf",
            "application/json",
            "paths",
            "components",
            "schemas",
            "responses",
            "requestBody",
            "parameters",
            "additionalProperties",
        }
        tokens = [t for t in split_pointer(pointer) if t not in structural and not t.isdigit()]
        return ir.SchemaName(tuple(tokens[-3:]) or ("Schema",))

    @staticmethod
    def json_kind(value: Any) -> str:
        if isinstance(value, bool):
            return "boolean"
        if isinstance(value, int):
            return "integer"
        if isinstance(value, float):
            return "number"
        if isinstance(value, str):
            return "string"
        return "any"

    def object_type(
        self,
        schema: Any,
        pointer: str,
        name: ir.SchemaName | None,
        description: str | None,
        nullable: bool,
        all_of: list[Any],
    ) -> ir.TypeRef:
        sources: list[tuple[Any, str]] = []
        for index, part in enumerate(all_of):
            resolved, resolved_pointer = self.follow(part, join_pointer(pointer, "allOf", index))
            sources.append((resolved, resolved_pointer))
            description = description or _text(_get(resolved, "description"))
        sources.append((schema, pointer))
        properties: dict[str, ir.Property] = {}
        required: set[str] = set()
        additional: ir.TypeRef | None = None
        for source, source_pointer in sources:
            required.update(_get(source, "required") or [])
        for source, source_pointer in sources:
            for prop_name, prop_schema in (_get(source, "properties") or {}).items():
                prop_pointer = join_pointer(source_pointer, "properties", prop_name)
                prop_hint = ir.SchemaName((*(name.parts if name else ("Object",)), prop_name))
                prop_type = self.type_of(prop_schema, prop_pointer, prop_hint)
                resolved, _ = self.follow(prop_schema, prop_pointer)
                example, has_example = None, False
                examples = _get(prop_schema, "examples") or _get(resolved, "examples")
                if isinstance(examples, list) and examples:
                    example, has_example = examples[0], True
                elif _is_set(prop_schema, "example"):
                    example, has_example = _get(prop_schema, "example"), True
                properties[prop_name] = ir.Property(
                    name=prop_name,
                    type=prop_type,
                    required=prop_name in required,
                    description=_text(_get(prop_schema, "description"))
                    or _text(_get(resolved, "description")),
                    default=_get(prop_schema, "default"),
                    has_default=(
                        _is_set(prop_schema, "default")
                        if _get(prop_schema, "$ref") is None
                        else False
                    ),
                    example=example,
                    has_example=has_example,
                    deprecated=bool(_get(prop_schema, "deprecated")),
                    read_only=bool(_get(prop_schema, "readOnly")),
                    write_only=bool(_get(prop_schema, "writeOnly")),
                )
            extra = _get(source, "additionalProperties")
            if extra not in (None, False, True):
                additional = self.type_of(
                    extra,
                    join_pointer(source_pointer, "additionalProperties"),
                    ir.SchemaName((*(name.parts if name else ("Object",)), "Value")),
                )
            elif extra is True and not properties:
                additional = ir.Primitive("any")
        if not properties and not all_of:
            result: ir.TypeRef = ir.MapType(additional or ir.Primitive("any"))
            return ir.Nullable(result) if nullable else result
        if name is None:
            name = self.name_from(pointer)
        for prop in sorted(required - properties.keys()):
            self.warn(
                join_pointer(pointer, "required"),
                "required-undefined",
                f"required property {prop!r} is not defined; ignored",
            )
        result = self.register(
            ir.ObjectSchema(name, tuple(properties.values()), description, additional, pointer)
        )
        return ir.Nullable(result) if nullable else result
