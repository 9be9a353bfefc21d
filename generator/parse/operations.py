"""Operations into the IR: paths and methods, parameters, bodies, responses, per-operation
servers and security, and the namespace tree their tags make."""

from __future__ import annotations

import re
from typing import Any

from .. import ir, tracking
from ..errors import Diagnostics, join_pointer
from ..load import HTTP_METHODS, LoadedSpec
from ..words import same_word, split_words
from .reading import PREFERRED_CONTENT, Reader, spec_field, spec_is_set, spec_text
from .schemas import SchemaParser


class OperationParser(Reader):
    """Turns the paths into IR operations; their types come from the schema parser."""

    def __init__(
        self, spec: LoadedSpec, diagnostics: Diagnostics, schema_parser: SchemaParser
    ) -> None:
        super().__init__(spec, diagnostics)
        self.schema_parser = schema_parser
        self.taken_ids: set[str] = set()

    def operations(self) -> list[ir.Operation]:
        found: list[ir.Operation] = []
        seen_ids: dict[str, str] = {}
        located: list[tuple[str, str, Any, Any, str]] = []
        for path, item in (self.doc.paths or {}).items():
            item_pointer = join_pointer("/paths", path)
            item, item_pointer = self.follow(item, item_pointer)
            for method in HTTP_METHODS:
                operation = getattr(item, method, None)
                if operation is not None:
                    located.append((path, method, item, operation, item_pointer))
        # The names made for operations without an operationId keep clear of every given one.
        self.taken_ids = {str(op.operationId) for *_, op, _ in located if op.operationId}
        for path, method, item, operation, item_pointer in located:
            pointer = join_pointer(item_pointer, method)
            for built in self.operation(path, method, item, operation, pointer):
                if built.operation_id in seen_ids:
                    raise self.fail(
                        join_pointer(pointer, "operationId"),
                        f"operationId {built.operation_id!r} is already used at "
                        f"{seen_ids[built.operation_id]}",
                    )
                seen_ids[built.operation_id] = pointer
                found.append(built)
        return found

    def operation(
        self, path: str, method: str, item: Any, op: Any, pointer: str
    ) -> list[ir.Operation]:
        """The operation, and one more per extra media type its request body offers."""
        operation_id = op.operationId or self.made_id(method, path, pointer)
        tags = op.tags or []
        namespace = tuple(part for part in str(tags[0]).split(".") if part) if tags else ()
        name_words = self.method_words(op, operation_id, namespace)
        parameters = self.parameters(path, item, op, pointer)
        if "?" in path:
            path, parameters = self.query_in_path(path, parameters, pointer)
        bodies = self.request_bodies(op, operation_id, pointer)
        responses = self.responses(op, operation_id, pointer)
        item_pointer = pointer.rsplit("/", 1)[0]
        servers = self.servers(op.servers, join_pointer(pointer, "servers")) or self.servers(
            item.servers, join_pointer(item_pointer, "servers")
        )
        security_source = op.security if op.security is not None else self.doc.security
        known = (
            {s for s in (self.doc.components.securitySchemes or {})}
            if self.doc.components
            else set()
        )
        security = []
        for requirement in security_source or []:
            alternative = tuple(requirement.keys())
            missing = [scheme for scheme in alternative if scheme not in known]
            if missing:
                # No credential can satisfy it: the alternative is left out (an operation
                # left with none sends no credentials, as the warning says).
                self.warn(
                    join_pointer(pointer, "security"),
                    "undefined-security",
                    f"security scheme {missing[0]!r} is not defined in "
                    "components/securitySchemes; that alternative is left out",
                )
                continue
            security.append(alternative)
        built = ir.Operation(
            operation_id=operation_id,
            namespace=namespace,
            name_words=name_words,
            method=method.upper(),
            path=path,
            summary=spec_text(op.summary),
            description=spec_text(op.description),
            parameters=parameters,
            request_body=bodies[0] if bodies else None,
            responses=responses,
            servers=servers,
            security=tuple(security),
            deprecated=bool(op.deprecated),
            pointer=pointer,
        )
        variants = [built]
        for body in bodies[1:]:
            word = media_word(body.content_type)
            variants.append(
                tracking.replace(
                    built,
                    operation_id=operation_id + word.capitalize(),
                    name_words=(*name_words, word),
                    request_body=body,
                    variant=word,
                )
            )
        return variants

    def made_id(self, method: str, path: str, pointer: str) -> str:
        """An operation's name when the spec gives none: its method and path's words
        (``GetJobs``); numbered when another operation has it already (``/jobs`` and
        ``/jobs/``, ``/users/{id}`` and ``/users/id``), which the warning says."""
        base = "".join(w.capitalize() for w in (method, *split_words(path)))
        made, counter = base, 2
        while made in self.taken_ids:
            made = f"{base}{counter}"
            counter += 1
        if made != base:
            self.warn(
                pointer,
                "operation-name-taken",
                f"no operationId, and {base!r}, made from its method and path, names "
                f"another operation; named {made!r}",
            )
        self.taken_ids.add(made)
        return made

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
            candidates = []
            if param.example is not None:
                candidates.append((param.example, join_pointer(param_pointer, "example")))
            for key, given in (param.examples or {}).items():
                given, given_pointer = self.follow(
                    given, join_pointer(param_pointer, "examples", key)
                )
                if given.value is not None:
                    candidates.append((given.value, join_pointer(given_pointer, "value")))
            example, has_example = self.schema_parser.fitting_example(candidates, type_)
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
                    example=example,
                    has_example=has_example,
                    deprecated=bool(param.deprecated),
                    style=style,
                    explode=param.explode if param.explode is not None else style == "form",
                )
            )
        declared = {p.name for p in found if p.location == "path"}
        route = path.partition("?")[0]  # the query string's are seen to by query_in_path
        for template_name in re.findall(r"\{([^}/]+)\}", route):
            if template_name not in declared:
                raise self.fail(
                    pointer,
                    f"path parameter {{{template_name}}} of {path!r} is not declared",
                )
        return tuple(found)

    def query_in_path(
        self, path: str, parameters: tuple[ir.Parameter, ...], pointer: str
    ) -> tuple[str, tuple[ir.Parameter, ...]]:
        """A path key with a query string (``/search?query={query}``, ``/export?format=csv``):
        OpenAPI has query parameters for it, but such specs mean the pairs to be sent. A pair
        whose value is a declared query parameter of its name is left to that parameter; the
        others stay in the path, sent as written, a ``{name}`` filled in as path parameters
        are (declared in the path, as these specs do, or else taken as a required string)."""
        route, _, query = path.partition("?")
        queried = {p.name for p in parameters if p.location == "query"}
        kept = []
        for pair in query.split("&"):
            key, _, value = pair.partition("=")
            if not (key in queried and value == "{" + key + "}"):
                kept.append(pair)
        self.warn(
            pointer,
            "query-in-path",
            f"the path {path!r} holds a query string; its pairs are sent as written, "
            "values in braces filled in as path parameters are",
        )
        declared = {p.name for p in parameters if p.location == "path"}
        added = []
        for template_name in dict.fromkeys(re.findall(r"\{([^}/]+)\}", "&".join(kept))):
            if template_name in declared:
                continue
            self.warn(
                pointer,
                "undeclared-path-parameter",
                f"{{{template_name}}} in the query string of {path!r} is not declared; "
                "taken as a required string",
            )
            added.append(
                ir.Parameter(
                    template_name,
                    "path",
                    ir.Primitive("string"),
                    True,
                    style="simple",
                    explode=False,
                )
            )
        return route + ("?" + "&".join(kept) if kept else ""), (*parameters, *added)

    def pick_content(self, content: dict[str, Any]) -> tuple[str, Any]:
        for preferred in PREFERRED_CONTENT:
            if preferred in content:
                return preferred, content[preferred]
        for media_type, value in content.items():
            if media_type.endswith("+json"):
                return media_type, value
        media_type = next(iter(content))
        return media_type, content[media_type]

    def request_bodies(self, op: Any, operation_id: str, pointer: str) -> list[ir.RequestBody]:
        """The request body once per media type it offers, the preferred one first."""
        if op.requestBody is None:
            return []
        body, body_pointer = self.follow(op.requestBody, join_pointer(pointer, "requestBody"))
        if not body.content:
            raise self.fail(body_pointer, "request body has no content")
        first, _ = self.pick_content(body.content)
        ordered = [first, *(media for media in body.content if media != first)]
        words = [media_word(media) for media in ordered]
        found = []
        for index, content_type in enumerate(ordered):
            if index and words.index(words[index]) != index:
                self.warn(
                    join_pointer(body_pointer, "content", content_type),
                    "request-media-type",
                    f"{content_type} is sent like {ordered[words.index(words[index])]}, "
                    "which the SDK already offers; not generated",
                )
                continue
            found.append(
                self.request_content(
                    body, body.content[content_type], content_type, operation_id, body_pointer
                )
            )
        return found

    def request_content(
        self, body: Any, media: Any, content_type: str, operation_id: str, body_pointer: str
    ) -> ir.RequestBody:
        media_pointer = join_pointer(body_pointer, "content", content_type)
        type_: ir.TypeRef
        if media.media_type_schema is None:
            type_ = raw_type(content_type)
            self.warn(
                media_pointer,
                "content-without-schema",
                f"{content_type} content has no schema; the SDK sends it as a raw body",
            )
        else:
            type_ = self.schema_parser.type_of(
                media.media_type_schema,
                join_pointer(media_pointer, "schema"),
                ir.SchemaName((operation_id, "RequestBody")),
            )
            if _media(content_type) in _FORMS and not self._object_like(type_):
                file = type_ == ir.Primitive("string", "binary")
                self.warn(
                    join_pointer(media_pointer, "schema"),
                    "unwritten-media-type",
                    f"a {content_type} body is written from an object's properties; this one "
                    "is not an object: it is taken as the caller writes it, "
                    f"{'bytes' if file else 'text'}",
                )
                type_ = type_ if file else ir.Primitive("string")
            elif not _writable(content_type) and self._structured(type_):
                self.warn(
                    join_pointer(media_pointer, "schema"),
                    "unwritten-media-type",
                    f"the SDKs write JSON, form and multipart bodies, not {content_type} from "
                    "its schema: the body is taken as the caller writes it, "
                    f"{'text' if _textual(content_type) else 'bytes'}",
                )
                type_ = (
                    ir.Primitive("string")
                    if _textual(content_type)
                    else ir.Primitive("string", "binary")
                )
        candidates = []
        if spec_is_set(media, "example"):
            candidates.append((media.example, join_pointer(media_pointer, "example")))
        for key, given in (media.examples or {}).items():
            given, given_pointer = self.follow(given, join_pointer(media_pointer, "examples", key))
            if given.value is not None:  # (an externalValue names a file; not read)
                candidates.append((given.value, join_pointer(given_pointer, "value")))
        example, has_example = self.schema_parser.fitting_example(candidates, type_)
        return ir.RequestBody(
            content_type=content_type,
            type=type_,
            required=bool(body.required),
            description=spec_text(body.description),
            example=example,
            has_example=has_example,
        )

    def _object_like(self, type_: ir.TypeRef, seen: frozenset[ir.SchemaName] = frozenset()) -> bool:
        """A type whose values have properties (a form's fields): an object, a map, a
        union of those."""
        while isinstance(type_, ir.Nullable):
            type_ = type_.inner
        if isinstance(type_, ir.MapType):
            return True
        if not isinstance(type_, ir.Named) or type_.name in seen:
            return False
        schema = self.schema_parser.schemas.get(type_.name)
        if isinstance(schema, ir.UnionSchema):
            return all(self._object_like(v, seen | {type_.name}) for v in schema.variants)
        return isinstance(schema, ir.ObjectSchema)

    def _structured(self, type_: ir.TypeRef) -> bool:
        """A type whose values are not text or bytes as they stand: objects, lists, unions
        (an enum's values are)."""
        while isinstance(type_, ir.Nullable):
            type_ = type_.inner
        if isinstance(type_, ir.Named):
            return not isinstance(self.schema_parser.schemas.get(type_.name), ir.EnumSchema)
        return not isinstance(type_, ir.Primitive)

    def schema_as_response(
        self, status: str, target: Any, where: str, hint: tuple[str, ...]
    ) -> ir.Response:
        """A response given as a reference to a schema (``400: {$ref:
        '#/components/schemas/BadRequest'}``, SwaggerHub's registry API): what its author
        meant, a JSON answer of that schema, with a warning."""
        self.warn(
            where,
            "response-is-schema",
            f"the response refers to {str(target)!r}, which is not a response; taken as a "
            "JSON answer of that schema",
        )
        type_ = self.schema_parser.type_of({"$ref": str(target)}, where, ir.SchemaName(hint))
        return ir.Response(status.upper(), None, "application/json", type_)

    def responses(self, op: Any, operation_id: str, pointer: str) -> tuple[ir.Response, ...]:
        found = []
        for status, response in (op.responses or {}).items():
            status = str(status)
            where = join_pointer(pointer, "responses", status)
            hint = (
                (operation_id, "Response")
                if status.startswith("2")
                else (operation_id, status, "Error")
            )
            target = spec_field(response, "$ref")
            response, response_pointer = self.follow(response, where)
            if not hasattr(response, "content"):  # not a Response object: a schema, say
                found.append(self.schema_as_response(status, target, where, hint))
                continue
            contents = [
                ir.Content(
                    content_type,
                    (
                        None
                        if media.media_type_schema is None
                        else self.schema_parser.type_of(
                            media.media_type_schema,
                            join_pointer(response_pointer, "content", content_type, "schema"),
                            ir.SchemaName(
                                hint if index == 0 else (*hint, media_word(content_type))
                            ),
                        )
                    ),
                )
                for index, (content_type, media) in enumerate(
                    self.response_contents(response.content or {})
                )
            ]
            contents = [self.binary_as_bytes(c, response_pointer) for c in contents]
            primary = contents[0] if contents else ir.Content("", None)
            found.append(
                ir.Response(
                    status.upper(),
                    spec_text(response.description),
                    primary.content_type or None,
                    primary.type,
                    tuple(contents[1:]),
                )
            )
        if not found:
            if self.is_30:
                raise self.fail(
                    join_pointer(pointer, "responses"), "operation declares no responses"
                )
            # Optional in 3.1: nothing is known of the answer, so the SDK returns none.
            self.warn(
                pointer,
                "no-responses",
                "operation declares no responses; its method returns nothing",
            )
        return tuple(found)

    def binary_as_bytes(self, content: ir.Content, response_pointer: str) -> ir.Content:
        """JSON whose schema is a file (``format: binary``: Combell's certificate download)
        cannot be both: the answer is read as bytes, asked for as any binary type. Any media
        type (``*/*``) with a file's schema is read as bytes too (Apptigent's images)."""
        if content.type != ir.Primitive("string", "binary"):
            return content
        if _media(content.content_type) == "*/*":  # (any type: a file's, as the schema says)
            return ir.Content("application/octet-stream", content.type)
        if not _is_json(content.content_type):
            return content
        self.warn(
            join_pointer(response_pointer, "content", content.content_type, "schema"),
            "contradictory-content",
            f"{content.content_type} content whose schema is a file (format: binary): the SDK "
            "reads the answer as bytes, asking for application/octet-stream",
        )
        return ir.Content("application/octet-stream", content.type)

    def response_contents(self, content: dict[str, Any]) -> list[tuple[str, Any]]:
        """A response's media types, the one the SDK reads by default first: structured JSON
        when offered, else the first listed that is not an event stream (a download offered
        as ``video/mp4`` and as a JSON string is read as bytes)."""
        if not content:
            return []
        listed = list(content.items())
        structured = [
            (media, value)
            for media, value in listed
            if _is_json(media) and not _is_plain_string(value.media_type_schema)
        ]
        plain = [(media, value) for media, value in listed if not _is_event_stream(media)]
        first = (structured or plain or listed)[0]
        return [first, *(entry for entry in listed if entry[0] != first[0])]

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


def media_word(content_type: str) -> str:
    """The word a media type adds to the name of the method that sends it."""
    media = _media(content_type)
    if media == "multipart/form-data":
        return "multipart"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if _is_json(media):
        return "json"
    if media == "text/event-stream":
        return "stream"
    subtype = media.rsplit("/", 1)[-1].rsplit("+", 1)[-1].removeprefix("x-")
    words = [w.lower() for w in split_words(subtype)]
    return "".join(words) or "raw"


def raw_type(content_type: str) -> ir.TypeRef:
    """The type of a body written without a schema: text for text types, else bytes."""
    media = _media(content_type)
    if _is_json(media):
        return ir.Primitive("any")
    if media.startswith("text/"):
        return ir.Primitive("string")
    return ir.Primitive("string", "binary")


def _media(content_type: str) -> str:
    """A media type without its parameters, lower case: ``application/json``."""
    return content_type.split(";")[0].strip().lower()


def _is_json(content_type: str) -> bool:
    media = _media(content_type)
    return media == "application/json" or media.endswith("+json")


_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _writable(content_type: str) -> bool:
    """Whether the SDKs write a body of this media type from its schema's values."""
    media = _media(content_type)
    return _is_json(media) or media in _FORMS


def _textual(content_type: str) -> bool:
    media = _media(content_type)
    return media.startswith("text/") or media.endswith(("/xml", "+xml", "/yaml", "+yaml"))


def _is_event_stream(content_type: str) -> bool:
    return _media(content_type) == "text/event-stream"


def _is_plain_string(schema: Any) -> bool:
    """A schema that says only ``type: string`` (a JSON answer that is one string)."""
    if schema is None:
        return True
    if spec_field(schema, "$ref") is not None:
        return False
    type_ = getattr(schema, "type", None)
    value = getattr(type_, "value", type_)
    return value == "string" and not getattr(schema, "enum", None)
