"""Stage 1, load: read a spec file, check its references, and parse it with openapi-pydantic.

The result is a :class:`LoadedSpec`: the raw document (for JSON pointers and line numbers) and
the typed ``OpenAPI`` model that the IR builder reads. openapi-pydantic does not resolve
``$ref``; this stage proves every local reference resolves and that no reference chain loops
without reaching a real definition, so later stages may follow references without checking.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote

import pydantic
import yaml
import yamlcore

from .errors import Problem, SpecError, escape_pointer_token

SUPPORTED_VERSION = re.compile(r"^3\.(0|1)\.\d+$")
# OpenAPI 3.1 names YAML 1.2: its core schema keeps `on`, `no`, `2024-01-01` and `1_000` strings
# where pyyaml's YAML 1.1 defaults make booleans, dates and numbers of them, and refuses a key
# written twice. libyaml's parser where pyyaml was built with it: ten times faster on large specs.
YAML_LOADER: Any = getattr(yamlcore, "CCoreLoader", yamlcore.CoreLoader)


@dataclass(frozen=True)
class LoadedSpec:
    """A spec that parsed, validated and whose references all resolve."""

    path: Path
    raw: dict[str, Any] = field(repr=False)
    model: Any = field(repr=False)  # openapi_pydantic's OpenAPI, v3.0 or v3.1
    # What the loader left out to read the rest (:func:`_ignorable`), as warnings.
    warnings: tuple[Problem, ...] = ()

    @property
    def version(self) -> str:
        return str(self.raw["openapi"])

    def problem(self, pointer: str, message: str, kind: str = "error") -> Problem:
        """Build a problem at ``pointer``, with the line when the loader can find it."""
        return Problem(str(self.path), pointer, message, line_of(self.path, pointer), kind)


def _openapi_pydantic() -> Any:
    """openapi-pydantic, imported when a spec is parsed (a tenth of a second of start-up
    that a regeneration from the last one, :mod:`generator.incremental`, does without)."""
    import openapi_pydantic

    return openapi_pydantic


def load(path: Path) -> LoadedSpec:
    """Read, check and parse the spec at ``path``; raise :class:`SpecError` on any defect."""
    raw = read_document(path)
    version = raw.get("openapi")
    if not isinstance(version, str) or not SUPPORTED_VERSION.match(version):
        raise SpecError(
            Problem(
                str(path),
                "/openapi",
                f"unsupported OpenAPI version {version!r}: expected 3.0.x or 3.1.x",
                line_of(path, "/openapi"),
            )
        )
    check_references(path, raw)
    if version.startswith("3.1"):
        _boolean_schemas_as_objects(raw)
    warnings: list[Problem] = []
    while True:
        try:
            model = _openapi_pydantic().parse_obj(_without_map_extensions(raw))
            break
        except pydantic.ValidationError as exc:
            pointer, message = _explain_validation_error(raw, exc)
            where = Problem(str(path), pointer, message, line_of(path, pointer))
            if len(warnings) == _MOST_IGNORED or not _ignorable(raw, pointer):
                raise SpecError(where) from None
            value = _drop(raw, pointer)
            warnings.append(
                Problem(
                    where.file,
                    pointer,
                    f"{split_pointer(pointer)[-1]} {value!r} is not valid ({message}); "
                    "ignored: the SDK does not check it",
                    where.line,
                    "invalid-keyword",
                )
            )
    return LoadedSpec(path=path, raw=raw, model=model, warnings=tuple(warnings))


# Keywords the SDK only documents, or leaves to the server to check: a value of the wrong
# type there costs the keyword (a warning), not the spec.
_CONSTRAINTS = frozenset(
    {
        *("pattern", "minLength", "maxLength", "minimum", "maximum", "multipleOf"),
        *("exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems"),
        *("minProperties", "maxProperties", "title", "summary", "externalDocs", "$comment"),
        "examples",
    }
)
_MOST_IGNORED = 100  # each costs a validation of the whole document


def _ignorable(raw: dict[str, Any], pointer: str) -> bool:
    """Whether the node at ``pointer`` is a constraint keyword's value (not a property or
    a path that happens to be called ``pattern``), present in the document."""
    tokens = split_pointer(pointer)
    if len(tokens) < 2 or tokens[-1] not in _CONSTRAINTS or tokens[-2] in _NAME_MAPS:
        return False
    parent = _parent(raw, pointer)
    return isinstance(parent, dict) and tokens[-1] in parent


def _drop(raw: dict[str, Any], pointer: str) -> Any:
    return _parent(raw, pointer).pop(split_pointer(pointer)[-1])


def _parent(raw: dict[str, Any], pointer: str) -> Any:
    """The node holding the one at ``pointer`` (None if there is none)."""
    try:
        return resolve_pointer(raw, pointer.rsplit("/", 1)[0])
    except KeyError:
        return None


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _without_map_extensions(document: dict[str, Any]) -> dict[str, Any]:
    """The document for the typed model: the ``x-`` entries of its Paths, Responses and
    Callback objects left out (the model takes every key of those maps for a path, a status
    or an expression, and refused the spec over a vendor's ``x-`` value), and operations'
    callbacks. The document itself is not changed: only what differs is copied."""

    def named(entries: Any, each: Any) -> Any:
        if not isinstance(entries, dict):
            return entries
        return {key: each(value) for key, value in entries.items() if not str(key).startswith("x-")}

    def path_item(item: Any) -> Any:
        if not isinstance(item, dict):
            return item
        copied = dict(item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                copied[method] = operation(item[method])
        return copied

    def operation(op: dict[str, Any]) -> dict[str, Any]:
        copied = dict(op)
        if "responses" in op:
            copied["responses"] = named(op["responses"], lambda response: response)
        # Callbacks are not read from the model (the parser warns of them), and its 3.0
        # version refuses a callback given by reference.
        copied.pop("callbacks", None)
        return copied

    def callback(value: Any) -> Any:
        return named(value, path_item)

    copied = dict(document)
    if "paths" in document:
        copied["paths"] = named(document["paths"], path_item)
    if isinstance(document.get("webhooks"), dict):
        copied["webhooks"] = {key: path_item(v) for key, v in document["webhooks"].items()}
    components = document.get("components")
    if isinstance(components, dict):
        copied["components"] = dict(components)
        if isinstance(components.get("callbacks"), dict):
            copied["components"]["callbacks"] = {
                key: callback(v) for key, v in components["callbacks"].items()
            }
        if isinstance(components.get("pathItems"), dict):
            copied["components"]["pathItems"] = {
                key: path_item(v) for key, v in components["pathItems"].items()
            }
    return copied


# JSON Schema 2020-12 (OpenAPI 3.1) allows `true` and `false` wherever a schema goes;
# openapi-pydantic models them only for additionalProperties.
_SCHEMA_KEYWORDS = (
    *("items", "not", "if", "then", "else", "contains", "propertyNames"),
    *("unevaluatedItems", "unevaluatedProperties", "contentSchema", "additionalItems"),
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")
_SCHEMA_OR_BOOLEAN = ("additionalProperties",)
# Keywords whose value is a value (a payload, a default), never a schema or an object of the
# spec: neither rewritten here nor walked for references (iter_references).
_VALUE_KEYWORDS = frozenset({"example", "default", "enum", "const"})
_NOT_SCHEMAS = (*_VALUE_KEYWORDS, "examples")


def _as_object(schema: Any) -> Any:
    """``true`` as the schema every value matches, ``false`` as the one none does."""
    if schema is True:
        return {}
    if schema is False:
        return {"not": {}}
    return schema


def _boolean_schemas_as_objects(document: dict[str, Any]) -> None:
    """Rewrite boolean schemas (3.1) as the equivalent objects, in place, so that the typed
    model takes them; the document's shape, and so every JSON pointer, stays as written."""

    def schema(node: Any) -> None:
        if not isinstance(node, dict):
            return
        for key in _SCHEMA_KEYWORDS:
            if key in node:
                node[key] = _as_object(node[key])
                schema(node[key])
        for key in _SCHEMA_LISTS:
            if isinstance(node.get(key), list):
                node[key] = [_as_object(item) for item in node[key]]
                for item in node[key]:
                    schema(item)
        for key in _SCHEMA_MAPS:
            if isinstance(node.get(key), dict):
                for name, value in node[key].items():
                    node[key][name] = _as_object(value)
                    schema(node[key][name])
        for key in _SCHEMA_OR_BOOLEAN:
            schema(node.get(key))

    def other(node: Any, parent: str) -> None:
        if isinstance(node, list):
            for item in node:
                other(item, parent)
            return
        if not isinstance(node, dict):
            return
        for key, value in node.items():
            if key == "schema" or (parent == "components" and key == "schemas"):
                if key == "schema":
                    node[key] = _as_object(value)
                    schema(node[key])
                elif isinstance(value, dict):
                    for name in value:
                        value[name] = _as_object(value[name])
                        schema(value[name])
            elif key not in _NOT_SCHEMAS and not key.startswith("x-"):
                other(value, key)

    other(document, "")


def read_document(path: Path) -> dict[str, Any]:
    """Parse ``path`` as JSON (``.json``) or YAML (anything else) into a mapping."""
    if path.is_dir():
        raise SpecError(Problem(str(path), "", "is a directory, not a spec file"))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(Problem(str(path), "", "no such file")) from None
    except UnicodeDecodeError as exc:
        raise SpecError(Problem(str(path), "", f"not UTF-8 text ({exc.reason})")) from None
    except OSError as exc:
        raise SpecError(Problem(str(path), "", f"cannot read: {exc.strerror}")) from None
    if not text.strip():
        raise SpecError(Problem(str(path), "", "the file is empty"))
    try:
        if path.suffix.lower() == ".json":
            document = json.loads(text)
        else:
            document = yaml.load(text, Loader=YAML_LOADER)
    except json.JSONDecodeError as exc:
        raise SpecError(Problem(str(path), "", f"not valid JSON: {exc.msg}", exc.lineno)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise SpecError(Problem(str(path), "", f"not valid YAML: {reason}", line)) from None
    if not isinstance(document, dict):
        raise SpecError(Problem(str(path), "", "the document is not a mapping (an OpenAPI object)"))
    return document


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Return the node at a local JSON pointer (``#/a/b`` or ``/a/b``); raise ``KeyError``."""
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def ref_pointer(ref: str) -> str:
    """The JSON pointer a local ``$ref`` (``#/...``) names: its URI fragment, percent-decoded
    (RFC 6901, section 6: ``#/paths/~1items~1%7Bid%7D`` is the path ``/items/{id}``)."""
    return unquote(ref[1:]) if ref.startswith("#") else ref


def split_pointer(pointer: str) -> list[str]:
    """Split a JSON pointer, or a local ``$ref`` (``#``-prefixed), into unescaped tokens."""
    body = ref_pointer(pointer)
    if not body:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in body.split("/")[1:]]


# Where a document holds values, not OpenAPI objects: a ``$ref`` inside one is data (an
# example of a payload that has its own ``$ref`` key, say), not a reference to follow.
# Keywords whose value is a map from the spec's own names (any key, even ``example``) to
# objects.
_NAME_MAPS = frozenset(
    {
        *("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"),
        *("paths", "webhooks", "callbacks", "responses", "headers", "content", "encoding"),
        *("schemas", "parameters", "requestBodies", "securitySchemes", "pathItems"),
        *("variables", "scopes", "mapping"),
    }
)
# What a dict is, for the walk: its keys are keywords ("object"), names ("names"), names of
# Example objects ("examples") or of Link objects ("links"); or it is one of those two.
_OBJECT, _NAMES, _EXAMPLES, _EXAMPLE, _LINKS, _LINK = range(6)
_SKIPPED_IN = {_EXAMPLE: frozenset({"value"}), _LINK: frozenset({"parameters", "requestBody"})}


def _child_kind(kind: int, key: str, value: Any) -> int | None:
    """What ``value``, under ``key`` in a dict of ``kind``, is; None: data, not walked."""
    if kind == _NAMES:
        return _OBJECT
    if kind == _EXAMPLES:
        return _EXAMPLE
    if kind == _LINKS:
        return _LINK
    if key in _VALUE_KEYWORDS or key.startswith("x-") or key in _SKIPPED_IN.get(kind, ()):
        return None
    if key == "examples":  # a schema's list of values, or a map of Example objects
        return _EXAMPLES if isinstance(value, dict) else None
    if key == "links":
        return _LINKS
    return _NAMES if key in _NAME_MAPS and isinstance(value, dict) else _OBJECT


def iter_references(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(pointer of the $ref, target)`` for every reference in the document, in
    order; a ``$ref`` key inside a value (an example, a default, an extension) is data."""
    # A stack, not a generator per level, and a pointer made only for containers: a large
    # spec has hundreds of thousands of nodes and a few thousand references.
    stack: list[tuple[Any, str, int]] = [(node, pointer, _OBJECT)]
    while stack:
        node, pointer, kind = stack.pop()
        if type(node) is dict or isinstance(node, dict):
            ref = node.get("$ref") if kind != _NAMES else None
            if isinstance(ref, str):
                yield pointer + "/$ref", ref
            children = []
            for key, value in node.items():
                if isinstance(value, (dict, list)) and (kind == _NAMES or key != "$ref"):
                    child = _child_kind(kind, str(key), value)
                    if child is not None:
                        children.append((value, pointer + "/" + _escaped(key), child))
        elif isinstance(node, list):
            children = [
                (value, f"{pointer}/{index}", kind if kind != _NAMES else _OBJECT)
                for index, value in enumerate(node)
                if isinstance(value, (dict, list))
            ]
        else:
            continue
        stack.extend(reversed(children))


def _escaped(token: object) -> str:
    text = str(token)
    return escape_pointer_token(text) if "~" in text or "/" in text else text


def check_references(path: Path, raw: dict[str, Any]) -> None:
    """Reject external, dangling and purely circular references, naming where each is."""
    for site, target in iter_references(raw):
        if not target.startswith("#"):
            raise SpecError(
                Problem(
                    str(path),
                    site,
                    f"reference {target!r} leaves this document; only local references "
                    "('#/...') are allowed",
                    line_of(path, site),
                )
            )
        try:
            resolve_pointer(raw, target)
        except KeyError:
            raise SpecError(
                Problem(
                    str(path),
                    site,
                    f"reference {target!r} points at nothing",
                    line_of(path, site),
                )
            ) from None
        seen = [target]
        node = resolve_pointer(raw, target)
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            nxt = node["$ref"]
            if nxt in seen:
                chain = " -> ".join([*seen, nxt])
                raise SpecError(
                    Problem(
                        str(path),
                        site,
                        f"reference loop with no definition: {chain}",
                        line_of(path, site),
                    )
                )
            seen.append(nxt)
            node = resolve_pointer(raw, nxt)


def _explain_validation_error(
    raw: dict[str, Any], exc: pydantic.ValidationError
) -> tuple[str, str]:
    """Turn openapi-pydantic's first, deepest complaint into a pointer and a sentence.

    The error locations mix document keys with the names of union branches that pydantic
    tried (``Reference``, ``Schema`` ...); only the keys that exist in the document are kept.
    """
    best: tuple[int, str, str] | None = None
    for error in exc.errors():
        node: Any = raw
        tokens: list[str] = []
        for part in error["loc"][1:] if error["loc"] else ():
            key: Any = part
            if isinstance(node, list) and isinstance(part, int) and part < len(node):
                node = node[part]
                tokens.append(str(part))
            elif isinstance(node, dict) and key in node:
                node = node[key]
                tokens.append(str(key))
            elif error["type"] == "missing" and isinstance(node, dict):
                tokens.append(str(key))
                break
        via_reference = "Reference" in {str(p) for p in error["loc"]}
        depth = len(tokens) * 2 - (1 if via_reference else 0)
        pointer = "".join("/" + escape_pointer_token(t) for t in tokens)
        message = str(error["msg"])
        if error["type"] == "missing":
            parent = pointer.rsplit("/", 1)[0]
            pointer, message = parent, (
                f"missing required field {tokens[-1]!r}" if tokens else message
            )
        if best is None or depth > best[0]:
            best = (depth, pointer, message)
    assert best is not None
    return best[1], best[2]


def line_of(path: Path, pointer: str) -> int | None:
    """Find the 1-based line of the node at ``pointer``, or ``None``. Only problems ask, and the
    document's node tree is composed once per file for all of them."""
    try:
        node = _node_tree(str(path), path.stat().st_mtime_ns)
    except OSError:
        return None
    if node is None:
        return None
    for token in split_pointer(pointer):
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if getattr(key_node, "value", None) == token:
                    node = value_node
                    break
            else:
                return int(node.start_mark.line) + 1
        elif isinstance(node, yaml.SequenceNode) and token.isdigit():
            index = int(token)
            if index >= len(node.value):
                return int(node.start_mark.line) + 1
            node = node.value[index]
        else:
            break
    return int(node.start_mark.line) + 1


@functools.lru_cache(maxsize=4)
def _node_tree(path: str, mtime_ns: int) -> Any:
    try:
        return yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
