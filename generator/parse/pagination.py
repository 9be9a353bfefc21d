"""Which list operations answer in pages, and how one page leads to the next.

Three sources, strongest first: the team's config (``pagination:`` by operationId, for a
spec they cannot edit), the operation's ``x-pagination`` extension, and detection of the
shapes common APIs use: OpenAI-style cursor lists (``after`` and ``has_more`` beside
``data``, the next cursor from ``last_id``, ``next``, ``next_page`` or the last item's
``id``), a ``Link`` response header (GitHub), ``offset``/``limit`` and page numbers.

A declaration that does not fit the operation (a parameter it does not have, an items field
that is not a list) is a warning of kind ``invalid-pagination``; a list that looks paginated
but whose next page cannot be told is a warning of kind ``ambiguous-pagination``. Either way
the method returns the answer as it is, unpaginated.

The declaration, in the extension and in the config alike (names as on the wire)::

    x-pagination:
      style: cursor        # cursor, offset, page or link
      items: data          # the answer's list (dotted path); omit when the answer is the list
      param: after         # cursor, offset, page: the query parameter the next request sets
      next: last_id        # cursor: the answer's field holding the next cursor
      next_from_item: id   # cursor: or the last item's field (OpenAI's ``after``)
      has_more: has_more   # optional: the answer's boolean, false on the last page
      limit: limit         # offset: the page-size parameter (a short page is the last)
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from .. import ir, tracking
from ..errors import join_pointer

STYLES = ("cursor", "offset", "page", "link")
KEYS = ("style", "items", "param", "next", "next_from_item", "has_more", "limit")
EXTENSION = "x-pagination"

# Detection: names common APIs give the pieces, most specific first.
CURSOR_PARAMS = ("after", "cursor", "starting_after", "page_token", "pageToken", "next_token")
NEXT_FIELDS = (
    "next_cursor",
    "nextCursor",
    "next_page_token",
    "nextPageToken",
    "last_id",
    "next",
    "next_page",
    "cursor",
)
HAS_MORE_FIELDS = ("has_more", "hasMore", "has_next", "hasNext")
ITEMS_FIELDS = ("data", "items", "results")
OFFSET_PARAMS = ("offset", "skip")
LIMIT_PARAMS = ("limit", "per_page", "page_size", "pageSize", "count")
PAGE_PARAMS = ("page", "page_number")


Warn = Callable[[str, str, str], None]  # pointer, kind, message
Schemas = Mapping[ir.SchemaName, ir.NamedSchema]


def paginate(
    api: ir.Api,
    raw_operation: Callable[[ir.Operation], Any],
    response_headers: Callable[[ir.Operation], set[str]],
    declared: Mapping[str, Any],
    warn: Warn,
) -> ir.Api:
    """``api`` with each paginated operation's :class:`ir.Pagination` set.

    ``raw_operation`` gives an operation's object as the spec writes it (for its extension);
    ``response_headers`` the lower-case names of the headers its success answer declares;
    ``declared`` the config's declarations by operationId (``False`` turns detection off).
    """
    schemas = {schema.name: schema for schema in api.schemas}
    found: dict[str, ir.Pagination] = {}
    for op in api.operations:
        pagination = _pagination(schemas, op, raw_operation, response_headers, declared, warn)
        if pagination is not None:
            found[op.operation_id] = pagination
    known = {op.operation_id for op in api.operations}
    for operation_id in declared:
        if operation_id not in known:
            warn(
                "",
                "invalid-pagination",
                f"the config declares pagination for {operation_id!r}, which is not an "
                "operationId of the spec",
            )
    if not found:
        return api
    return tracking.replace(api, root=_with_pagination(api.root, found))


def _with_pagination(node: ir.Namespace, found: Mapping[str, ir.Pagination]) -> ir.Namespace:
    return tracking.replace(
        node,
        operations=tuple(
            (
                tracking.replace(op, pagination=found[op.operation_id])
                if op.operation_id in found
                else op
            )
            for op in node.operations
        ),
        children=tuple(_with_pagination(child, found) for child in node.children),
    )


def _pagination(
    api: Schemas,
    op: ir.Operation,
    raw_operation: Callable[[ir.Operation], Any],
    response_headers: Callable[[ir.Operation], set[str]],
    declared: Mapping[str, Any],
    warn: Warn,
) -> ir.Pagination | None:
    answer = _answer_type(op)
    if op.operation_id in declared:
        declaration = declared[op.operation_id]
        if declaration is False:
            return None
        where = f"config pagination.{op.operation_id}"
        return _declared(api, op, answer, declaration, op.pointer, where, "config", warn)
    raw = raw_operation(op)
    extension = raw.get(EXTENSION) if isinstance(raw, Mapping) else None
    if extension is not None:
        if extension is False:
            return None
        pointer = join_pointer(op.pointer, EXTENSION)
        return _declared(api, op, answer, extension, pointer, EXTENSION, EXTENSION, warn)
    if op.method != "GET" or answer is None:
        return None
    return _detected(api, op, answer, response_headers(op), warn)


def _answer_type(op: ir.Operation) -> ir.TypeRef | None:
    """The success answer's JSON type, when it has one."""
    success = next((r for r in op.responses if r.is_success), None)
    if success is None or success.type is None or "json" not in (success.content_type or ""):
        return None
    return success.type


# -- declarations ---------------------------------------------------------------------------


def _declared(
    api: Schemas,
    op: ir.Operation,
    answer: ir.TypeRef | None,
    declaration: Any,
    pointer: str,
    where: str,
    source: str,
    warn: Warn,
) -> ir.Pagination | None:
    def invalid(message: str) -> None:
        warn(pointer, "invalid-pagination", f"{where}: {message}; the method is not paginated")

    if not isinstance(declaration, Mapping):
        invalid("expected a mapping of " + ", ".join(KEYS))
        return None
    unknown = sorted(str(k) for k in declaration if k not in KEYS)
    if unknown:
        invalid(f"unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
        return None
    style = declaration.get("style")
    if style not in STYLES:
        invalid(f"style must be one of {', '.join(STYLES)}, not {style!r}")
        return None
    if answer is None:
        invalid("the success answer has no JSON schema to read pages from")
        return None
    items_path = _path(declaration.get("items"))
    item_type = _follow(api, answer, items_path)
    item_type = _strip(item_type) if item_type is not None else None
    if not isinstance(item_type, ir.ArrayType):
        shown = ".".join(items_path) or "the answer"
        invalid(f"{shown} is not a list in the success answer")
        return None
    queries = _query_params(op)
    param = declaration.get("param")
    if style == "link":
        if param is not None:
            invalid("a link-header style takes no param (the next page is the Link URL)")
            return None
    elif not isinstance(param, str) or param not in queries:
        invalid(f"param {param!r} is not a query parameter of the operation")
        return None
    limit = declaration.get("limit")
    if limit is not None and limit not in queries:
        invalid(f"limit {limit!r} is not a query parameter of the operation")
        return None
    next_path = _path(declaration.get("next"))
    next_from_item = declaration.get("next_from_item")
    has_more = _path(declaration.get("has_more"))
    if style == "cursor":
        if not next_path and not next_from_item:
            invalid("a cursor style needs next (the answer's field) or next_from_item")
            return None
        if next_path and _follow(api, answer, next_path) is None:
            invalid(f"next {'.'.join(next_path)!r} is not a field of the success answer")
            return None
        if next_from_item and not _has_field(api, item_type.items, next_from_item):
            invalid(f"next_from_item {next_from_item!r} is not a field of the items")
            return None
    elif next_path or next_from_item:
        invalid(f"next and next_from_item belong to the cursor style, not {style}")
        return None
    if has_more and _follow(api, answer, has_more) is None:
        invalid(f"has_more {'.'.join(has_more)!r} is not a field of the success answer")
        return None
    return ir.Pagination(
        style=style,
        items=items_path,
        item_type=item_type.items,
        param=param,
        next=next_path,
        next_from_item=next_from_item,
        has_more=has_more,
        limit=limit,
        source=source,
    )


def _path(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    return tuple(str(value).split("."))


# -- detection ------------------------------------------------------------------------------


def _detected(
    api: Schemas, op: ir.Operation, answer: ir.TypeRef, headers: set[str], warn: Warn
) -> ir.Pagination | None:
    queries = _query_params(op)
    answer_schema = _object(api, answer)
    fields = {p.name: p.type for p in answer_schema.properties} if answer_schema else {}
    items, ambiguous_items = _items(api, answer, fields)
    has_more = next((f for f in HAS_MORE_FIELDS if _is_boolean(fields.get(f))), None)
    cursor_param = next((p for p in CURSOR_PARAMS if p in queries), None)
    next_field = next((f for f in NEXT_FIELDS if _is_scalar(fields.get(f))), None)
    page_param = next((p for p in PAGE_PARAMS if p in queries), None)
    offset_param = next((p for p in OFFSET_PARAMS if p in queries), None)
    limit_param = next((p for p in LIMIT_PARAMS if p in queries), None)

    def make(style: str, **pieces: Any) -> ir.Pagination | None:
        if items is None:
            what = ", ".join(ambiguous_items) if ambiguous_items else "no list"
            warn(
                op.pointer,
                "ambiguous-pagination",
                f"{op.operation_id} looks paginated ({style}) but its answer has {what} "
                "to page through; declare x-pagination to page it",
            )
            return None
        path, item_type = items
        return ir.Pagination(
            style=style,
            items=path,
            item_type=item_type,
            has_more=(has_more,) if has_more else (),
            source="detected",
            **pieces,
        )

    if "link" in headers and (page_param or cursor_param or limit_param):
        return make("link", limit=limit_param)
    if cursor_param is not None or (page_param is not None and next_field is not None):
        param = cursor_param or page_param
        if next_field is not None:
            return make("cursor", param=param, next=(next_field,))
        id_field = items is not None and has_more is not None and _has_field(api, items[1], "id")
        if cursor_param == "after" and id_field:
            return make("cursor", param=param, next_from_item="id")
        if has_more is not None:  # a list that says more pages exist, but not how
            warn(
                op.pointer,
                "ambiguous-pagination",
                f"{op.operation_id} takes a cursor ({param!r}) but its answer says no next "
                "cursor (no next field, no item id); declare x-pagination to page it",
            )
        return None
    if offset_param is not None and limit_param is not None:
        return make("offset", param=offset_param, limit=limit_param)
    if page_param is not None and (has_more is not None or items is not None):
        return make("page", param=page_param, limit=limit_param)
    return None


def _items(
    api: Schemas, answer: ir.TypeRef, fields: Mapping[str, ir.TypeRef]
) -> tuple[tuple[tuple[str, ...], ir.TypeRef] | None, list[str]]:
    """The list to page through: the answer itself, its ``data``/``items``/``results``, or its
    one list field; with the candidates when there are several."""
    whole = _strip(answer)
    if isinstance(whole, ir.ArrayType):
        return ((), whole.items), []
    lists = {name: t for name, t in fields.items() if isinstance(_strip(t), ir.ArrayType)}
    for name in ITEMS_FIELDS:
        if name in lists:
            return ((name,), _array_items(lists[name])), []
    if len(lists) == 1:
        ((name, t),) = lists.items()
        return ((name,), _array_items(t)), []
    return None, sorted(lists)


def _array_items(t: ir.TypeRef) -> ir.TypeRef:
    array = _strip(t)
    assert isinstance(array, ir.ArrayType)
    return array.items


# -- the IR, read -----------------------------------------------------------------------------


def _query_params(op: ir.Operation) -> set[str]:
    return {p.name for p in op.parameters if p.location == "query"}


def _strip(t: ir.TypeRef) -> ir.TypeRef:
    while isinstance(t, ir.Nullable):
        t = t.inner
    return t


def _object(api: Schemas, t: ir.TypeRef | None) -> ir.ObjectSchema | None:
    if t is None:
        return None
    t = _strip(t)
    if isinstance(t, ir.Named):
        schema = api.get(t.name)
        if isinstance(schema, ir.ObjectSchema):
            return schema
    return None


def _follow(api: Schemas, t: ir.TypeRef, path: tuple[str, ...]) -> ir.TypeRef | None:
    """The type at ``path`` (wire names) inside ``t``, or None where a step is no field."""
    for name in path:
        schema = _object(api, t)
        found = next((p for p in schema.properties if p.name == name), None) if schema else None
        if found is None:
            return None
        t = found.type
    return t


def _has_field(api: Schemas, t: ir.TypeRef, name: str) -> bool:
    return _follow(api, t, (name,)) is not None


def _is_boolean(t: ir.TypeRef | None) -> bool:
    t = _strip(t) if t is not None else None
    return isinstance(t, ir.Primitive) and t.kind == "boolean"


def _is_scalar(t: ir.TypeRef | None) -> bool:
    t = _strip(t) if t is not None else None
    return isinstance(t, ir.Primitive) and t.kind in ("string", "integer")
