"""Reading the loaded document: typed fields by their spec names, ``$ref`` chains, and the
problems (errors and warnings) a part of the spec causes, each with its pointer."""

from __future__ import annotations

from typing import Any, Iterable
from urllib.parse import urlsplit

from .. import ir
from ..errors import Diagnostics, Problem, SpecError, join_pointer
from ..load import HTTP_METHODS, LoadedSpec, ref_pointer, split_pointer

PREFERRED_CONTENT = ("application/json",)


_FIELDS_BY_KEY: dict[type, dict[str, str]] = {}


def _fields_by_key(cls: type) -> dict[str, str]:
    """A model class's attribute names by their spec spelling (``$ref`` -> ``ref``)."""
    found = _FIELDS_BY_KEY.get(cls)
    if found is None:
        fields = cls.model_fields  # type: ignore[attr-defined]
        found = _FIELDS_BY_KEY[cls] = {(i.alias or n): n for n, i in fields.items()}
    return found


def spec_field(node: Any, key: str) -> Any:
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


def spec_keys(node: Any) -> set[str]:
    """The keys written in the spec for ``node`` (a dict or a model), by their spec names."""
    if isinstance(node, dict):
        return {str(key) for key in node}
    given = node.model_fields_set
    keys = {key for key, name in _fields_by_key(type(node)).items() if name in given}
    return keys | set(node.model_extra or {})


def spec_is_set(node: Any, key: str) -> bool:
    """Whether ``key`` was written in the spec (``default: null`` counts, absence does not)."""
    if isinstance(node, dict):  # a part openapi-pydantic does not model (under ``$defs``)
        return key in node
    name = _fields_by_key(type(node)).get(key)
    return name is not None and name in node.model_fields_set


def spec_text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


class Reader:
    """What every part of the parser reads with: the spec, its model, the diagnostics."""

    def __init__(self, spec: LoadedSpec, diagnostics: Diagnostics) -> None:
        self.spec = spec
        self.diagnostics = diagnostics
        self.doc = spec.model
        self.is_30 = spec.version.startswith("3.0")

    def fail(self, pointer: str, message: str) -> SpecError:
        return SpecError(self.spec.problem(pointer, message))

    def warn(self, pointer: str, kind: str, message: str) -> None:
        # No line number: the pointer says where, and finding lines means composing the whole
        # document again, seconds for a large one; only errors pay that.
        self.diagnostics.warn(Problem(str(self.spec.path), pointer, message, None, kind))

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains (checked finite by the loader) to a definition."""
        while spec_field(node, "$ref") is not None:
            pointer = ref_pointer(str(spec_field(node, "$ref")))
            node = self.doc
            for token in split_pointer(pointer):
                node = node[int(token)] if isinstance(node, list) else spec_field(node, token)
            if node is None:
                raise self.fail(pointer, "reference target is empty")
        return node, pointer

    def servers(self, servers: Iterable[Any] | None, pointer: str) -> tuple[ir.Server, ...]:
        """The servers an SDK can send to. A relative one (``/api/v1``) is relative to where
        the API description is served, which an SDK cannot know: left out, with a warning
        (the next absolute one is the default; with none, callers pass ``server_url``)."""
        found = []
        for index, server in enumerate(servers or ()):
            built = ir.Server(
                url=str(server.url),
                description=spec_text(server.description),
                variables=tuple(
                    (str(name), str(variable.default))
                    for name, variable in (server.variables or {}).items()
                ),
            )
            address = urlsplit(built.default_url)
            if address.scheme.lower() not in ("http", "https") or not address.netloc:
                self.warn(
                    join_pointer(pointer, index, "url"),
                    "relative-server",
                    f"{built.url!r} is not an absolute http(s) URL (relative to where the "
                    "description is served, which an SDK cannot know): left out; callers "
                    "pass server_url",
                )
                continue
            found.append(built)
        return tuple(found)
