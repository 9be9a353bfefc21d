"""Stage 2's output: the language-neutral intermediate representation of an API.

Everything a target needs to write an SDK and its docs, and nothing shaped by one language:
names are kept as the spec spells them (or as tuples of name parts for inline schemas), types
are a small algebra, and values (defaults, examples) are plain JSON values. Targets apply
their own naming and type rules. Every node is frozen and its collections are tuples, so the
IR is hashable, comparable and iterates in one order: the order of the spec.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Literal, Union

from . import tracking

JSONValue = Any  # None, bool, int, float, str, list and dict of these

PrimitiveKind = Literal["string", "integer", "number", "boolean", "any"]


@dataclass(frozen=True)
class Primitive:
    """A scalar; ``format`` refines it (``int64``, ``byte``, ``date-time`` ...). One object
    per kind and format (GitHub's IR held 38,000 of them, which the state a regeneration
    starts from, generator/incremental.py, loaded one by one)."""

    kind: PrimitiveKind
    format: str | None = None

    def __new__(cls, kind: PrimitiveKind | None = None, format: str | None = None) -> Primitive:
        if kind is None:  # unpickled: the pickle shares what was shared
            return super().__new__(cls)
        found = _PRIMITIVES.get((kind, format))
        if found is None:
            found = _PRIMITIVES[kind, format] = super().__new__(cls)
        return found


_PRIMITIVES: dict[tuple[str, str | None], Primitive] = {}


@dataclass(frozen=True)
class ArrayType:
    items: TypeRef


@dataclass(frozen=True)
class MapType:
    """An object used as a dictionary from string keys to ``values``."""

    values: TypeRef


@dataclass(frozen=True)
class Nullable:
    """``inner`` or JSON ``null``. Optional (may be absent) is a property's concern, not this."""

    inner: TypeRef


@dataclass(frozen=True)
class Named:
    """A reference to a schema in :attr:`Api.schemas`, by its :class:`SchemaName`; one
    object per name, as :class:`Primitive`."""

    name: SchemaName

    def __new__(cls, name: SchemaName | None = None) -> Named:
        if name is None:
            return super().__new__(cls)
        found = _NAMED.get(name)
        if found is None:
            found = _NAMED[name] = super().__new__(cls)
        return found


_NAMED: dict[SchemaName, Named] = {}


TypeRef = Union[Primitive, ArrayType, MapType, Nullable, Named]


@dataclass(frozen=True)
class SchemaName:
    """Where a named schema comes from, as parts a target joins with its own casing.

    A component schema has one part, its key under ``components/schemas``. An inline schema
    that needs a name of its own (an object, an enum, a union) is named after its place:
    the name of the schema around it plus the property that holds it.
    """

    parts: tuple[str, ...]


@dataclass(frozen=True)
class Property:
    name: str  # as on the wire
    type: TypeRef
    required: bool
    description: str | None = None
    default: JSONValue = None
    has_default: bool = False
    example: JSONValue = None
    has_example: bool = False
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False


@dataclass(frozen=True)
class ObjectSchema:
    name: SchemaName
    properties: tuple[Property, ...]
    description: str | None = None
    additional_properties: TypeRef | None = None
    pointer: str = ""


@dataclass(frozen=True)
class EnumSchema:
    name: SchemaName
    base: Primitive
    values: tuple[JSONValue, ...]
    description: str | None = None
    pointer: str = ""


@dataclass(frozen=True)
class Discriminator:
    """Which member of a union a value is, told by one of its properties: ``mapping`` pairs
    each value of ``property_name`` with the schema it selects (the spec's explicit mapping,
    then each member's own schema name, as OpenAPI's implicit rule has it)."""

    property_name: str
    mapping: tuple[tuple[str, SchemaName], ...]

    def value_for(self, member: SchemaName) -> str | None:
        """The first discriminator value that selects ``member``."""
        return next((value for value, target in self.mapping if target == member), None)


@dataclass(frozen=True)
class UnionSchema:
    """A value that is exactly one of ``variants`` (``oneOf``) or any of them (``anyOf``)."""

    name: SchemaName
    variants: tuple[TypeRef, ...]
    description: str | None = None
    pointer: str = ""
    discriminator: Discriminator | None = None


NamedSchema = Union[ObjectSchema, EnumSchema, UnionSchema]


@dataclass(frozen=True)
class Server:
    url: str  # as written, possibly with {variables}
    description: str | None = None
    variables: tuple[tuple[str, str], ...] = ()  # (name, default)

    @property
    def default_url(self) -> str:
        """The URL with every server variable at its default."""
        url = self.url
        for name, default in self.variables:
            url = url.replace("{" + name + "}", default)
        return url


@dataclass(frozen=True)
class SecurityScheme:
    name: str  # the key under components/securitySchemes
    kind: Literal["http-bearer", "http-basic", "api-key", "oauth2"]  # oauth2: a bearer token
    description: str | None = None
    location: str | None = None  # api-key: header, query or cookie
    parameter_name: str | None = None  # api-key: the header/query/cookie name


@dataclass(frozen=True)
class Parameter:
    name: str
    location: Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool
    description: str | None = None
    example: JSONValue = None
    has_example: bool = False
    deprecated: bool = False
    style: str = "form"  # as resolved from the spec's defaults: form (query, cookie), simple
    explode: bool = True  # (path, header); explode defaults to true for form only


@dataclass(frozen=True)
class RequestBody:
    content_type: str
    type: TypeRef
    required: bool
    description: str | None = None
    example: JSONValue = None
    has_example: bool = False


@dataclass(frozen=True)
class Content:
    """One media type a response offers besides its primary one, with its schema's type."""

    content_type: str
    type: TypeRef | None


@dataclass(frozen=True)
class Response:
    """One entry of an operation's responses: ``status`` is ``200``, ``4XX`` or ``default``.

    ``content_type``/``type`` are the media type the SDK reads by default (JSON when the
    response offers structured JSON, else the first listed that is not an event stream);
    ``alternatives`` are the others, in spec order (an event stream among them is what a
    streaming call answers with).
    """

    status: str
    description: str | None
    content_type: str | None = None
    type: TypeRef | None = None
    alternatives: tuple[Content, ...] = ()

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2")

    @property
    def is_error(self) -> bool:
        return self.status[:1] in ("4", "5")


@dataclass(frozen=True)
class Pagination:
    """How a list operation's answers chain into pages (:mod:`generator.parse.pagination`).

    Names are the spec's: ``items`` is the path to the list in the answer (empty when the
    answer is the list); ``param`` the query parameter the next request sets (a cursor, an
    offset or a page number; none for a ``Link`` header); a cursor comes from the answer's
    ``next`` field or the last item's ``next_from_item`` field; ``has_more`` is the answer's
    boolean that is false on the last page; ``limit`` the page-size parameter.
    """

    style: str  # cursor, offset, page or link
    items: tuple[str, ...]
    item_type: TypeRef
    param: str | None = None
    next: tuple[str, ...] = ()
    next_from_item: str | None = None
    has_more: tuple[str, ...] = ()
    limit: str | None = None
    source: str = "detected"  # detected, x-pagination or config


@dataclass(frozen=True)
class Operation:
    operation_id: str
    namespace: tuple[str, ...]  # tag segments: "Container.Image" -> ("Container", "Image")
    name_words: tuple[str, ...]  # the method's name as lower-case words: ("generate",)
    method: str  # upper case
    path: str
    summary: str | None
    description: str | None
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    servers: tuple[Server, ...]  # the operation's own (or its path's); empty: the API's
    security: tuple[tuple[str, ...], ...]  # alternatives, each a set of scheme names
    deprecated: bool = False
    pointer: str = ""
    # When a request body offers several media types, the operation is one IR operation per
    # media type: the first keeps the spec's operationId, each other one names the media
    # type it sends here (``multipart``) and gets an id and a method name of its own.
    variant: str | None = None
    pagination: Pagination | None = None  # a list answered in pages


@dataclass(frozen=True)
class Namespace:
    """A node of the tag tree: ``Container`` holds ``Container.Image``, which holds operations."""

    path: tuple[str, ...]
    description: str | None
    operations: tuple[Operation, ...]
    children: tuple[Namespace, ...]


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str | None
    servers: tuple[Server, ...]
    security_schemes: tuple[SecurityScheme, ...]
    schemas: tuple[NamedSchema, ...]
    root: Namespace  # path () holds operations with no tag
    source: str  # the spec file, for messages

    def schema(self, name: SchemaName) -> NamedSchema:
        return self._schemas_by_name[name]

    @functools.cached_property
    def _schemas_by_name(self) -> dict[SchemaName, NamedSchema]:
        # Looked up per operation answer and body: a scan of GitHub's 7,600 was 0.4 s.
        found: dict[SchemaName, NamedSchema] = {}
        for schema in self.schemas:
            found.setdefault(schema.name, schema)
        return found

    @property
    def operations(self) -> tuple[Operation, ...]:
        found: list[Operation] = []

        def walk(node: Namespace) -> None:
            found.extend(node.operations)
            for child in node.children:
                walk(child)

        walk(self.root)
        return tuple(found)

    @functools.cached_property
    def self_referring(self) -> frozenset[SchemaName]:
        """The schemas that reach themselves through the types they hold (a tree node holding
        nodes, a union with a member that lists the union): the schemas on a reference cycle."""
        return frozenset(
            name
            for group in _strongly_connected({s.name: tuple(_references(s)) for s in self.schemas})
            for name in group
        )


def named_in(t: TypeRef) -> list[SchemaName]:
    """The schemas a type refers to, at any depth of lists, maps and nullables."""
    while isinstance(t, (ArrayType, MapType, Nullable)):
        t = t.items if isinstance(t, ArrayType) else t.values if isinstance(t, MapType) else t.inner
    return [t.name] if isinstance(t, Named) else []


def _references(schema: NamedSchema) -> list[SchemaName]:
    if isinstance(schema, ObjectSchema):
        types = [p.type for p in schema.properties]
        if schema.additional_properties is not None:
            types.append(schema.additional_properties)
    elif isinstance(schema, UnionSchema):
        types = list(schema.variants)
    else:
        types = []
    return [name for t in types for name in named_in(t)]


def _strongly_connected(
    graph: dict[SchemaName, tuple[SchemaName, ...]],
) -> list[list[SchemaName]]:
    """The groups of ``graph``'s nodes that reach each other, each of two nodes or more or of
    one that refers to itself (Tarjan's algorithm, without recursion: a chain of thousands of
    schemas must not exhaust Python's stack)."""
    index: dict[SchemaName, int] = {}
    low: dict[SchemaName, int] = {}
    stack: list[SchemaName] = []
    on_stack: set[SchemaName] = set()
    groups: list[list[SchemaName]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, edge = work.pop()
            if edge == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            edges = graph.get(node, ())
            if edge < len(edges):
                work.append((node, edge + 1))
                target = edges[edge]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1 or node in edges:
                    groups.append(group)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return groups


# The texts a spec's descriptions and summaries become, read through a descriptor that notes
# which generated file read each (generator/tracking.py): a regeneration after a description
# changed renders only those files.
for _node in (
    Property,
    ObjectSchema,
    EnumSchema,
    UnionSchema,
    Server,
    SecurityScheme,
    Parameter,
    RequestBody,
    Response,
    Namespace,
    Api,
):
    tracking.track(_node, "description")
tracking.track(Operation, "summary", "description")
