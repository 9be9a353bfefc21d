"""The spec as the mock server needs it: routes, request validators and example responses.

Validation is jsonschema's (Draft 2020-12) against the spec's own schemas, with local
``$ref``s resolved by ``referencing`` inside the document. OpenAPI 3.0's ``nullable`` is
rewritten to a JSON Schema type list first, so 3.0 and 3.1 documents validate alike.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema
import yaml
import yamlcore

SPEC_URI = "urn:mockserver:spec"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _pointer(*tokens: str) -> str:
    return "".join("/" + t.replace("~", "~0").replace("/", "~1") for t in tokens)


def _nullable_to_type_list(node: Any) -> Any:
    """Rewrite 3.0 ``nullable: true`` as a 2020-12 type list (and allow null in enums)."""
    if isinstance(node, list):
        return [_nullable_to_type_list(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _nullable_to_type_list(v) for k, v in node.items()}
    if out.pop("nullable", False) is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if "$ref" in out or "allOf" in out or "oneOf" in out or "anyOf" in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _discriminated_any_of(node: Any) -> Any:
    """Rewrite ``oneOf`` with a ``discriminator`` as ``anyOf``: OpenAPI picks the member by
    the discriminator, so members that both fit a value (JSON Schema's oneOf failure) are
    fine."""
    if isinstance(node, list):
        return [_discriminated_any_of(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _discriminated_any_of(v) for k, v in node.items()}
    if "discriminator" in out and isinstance(out.get("oneOf"), list):
        out["anyOf"] = out.pop("oneOf")
    return out


def _not_required_if(node: Any, flag: str) -> Any:
    """A copy of ``node`` where no schema requires a property marked ``flag: true``."""
    if isinstance(node, list):
        return [_not_required_if(v, flag) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _not_required_if(v, flag) for k, v in node.items()}
    properties = out.get("properties")
    if isinstance(out.get("required"), list) and isinstance(properties, dict):
        out["required"] = [
            name
            for name in out["required"]
            if not (isinstance(properties.get(name), dict) and properties[name].get(flag) is True)
        ]
    return out


@dataclass
class Operation:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    pointer: str
    body_required: bool
    body_types: dict[str, str] = field(default_factory=dict)  # media type -> schema pointer
    # The operation's security alternatives, each the list of schemes it needs (as the spec
    # defines them); empty: no credentials needed.
    security: list[list[dict[str, Any]]] = field(default_factory=list)
    responses: dict[str, Any] = field(default_factory=dict)
    # status -> media type -> JSON pointer of the response schema, for checking examples
    response_schemas: dict[str, dict[str, str]] = field(default_factory=dict)


# Specs are YAML 1.2 (the generator reads them the same way: generator/load.py).
_YAML_1_2: Any = getattr(yamlcore, "CCoreLoader", yamlcore.CoreLoader)


class Spec:
    def __init__(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        raw = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_YAML_1_2)
        self.raw: dict[str, Any] = raw
        self.is_30 = str(raw.get("openapi", "")).startswith("3.0")
        self.document = _discriminated_any_of(
            _nullable_to_type_list(raw) if self.is_30 else copy.deepcopy(raw)
        )
        self._select_by_discriminator(self.document)
        # Requests are validated with readOnly properties not required, answers with
        # writeOnly ones not required: OpenAPI's rule for one schema serving both ways.
        self.registries = {
            direction: referencing.Registry().with_resource(
                SPEC_URI,
                referencing.Resource.from_contents(
                    _not_required_if(self.document, flag),
                    default_specification=referencing.jsonschema.DRAFT202012,
                ),
            )
            for direction, flag in (("request", "readOnly"), ("response", "writeOnly"))
        }
        self.operations = list(self._operations())

    def _select_by_discriminator(self, node: Any) -> None:
        """Make each discriminated union check a value against the member its discriminator
        value selects (``if type is "message" then OutputMessage``), as OpenAPI reads it,
        not merely against any member that fits: an answer missing a field its member
        requires is then invalid, and the mock answers with what the spec promises instead."""
        from .synth import _discriminator_value

        stack = [node]
        while stack:
            current = stack.pop()
            if isinstance(current, list):
                stack.extend(current)
                continue
            if not isinstance(current, dict):
                continue
            stack.extend(current.values())
            discriminator = current.get("discriminator")
            members = current.get("anyOf")
            if not isinstance(discriminator, dict) or not isinstance(members, list):
                continue
            name = discriminator.get("propertyName")
            if not isinstance(name, str):
                continue
            by_value: dict[str, list[Any]] = {}
            for member in members:
                by_value.setdefault(_discriminator_value(self, discriminator, member), []).append(
                    member
                )
            current["allOf"] = [
                *(current.get("allOf") or []),
                *(
                    {
                        "if": {"properties": {name: {"const": value}}, "required": [name]},
                        "then": chosen[0] if len(chosen) == 1 else {"anyOf": chosen},
                    }
                    for value, chosen in by_value.items()
                ),
            ]

    def _schemes(self) -> dict[str, Any]:
        return dict((self.raw.get("components") or {}).get("securitySchemes") or {})

    def _operations(self) -> Any:
        schemes = self._schemes()
        for template, item in (self.raw.get("paths") or {}).items():
            for method in METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                pointer = _pointer("paths", template, method)
                regex = re.sub(r"\\\{[^}/]+\\\}", "[^/]+", re.escape(template))
                body = self._deref(op.get("requestBody") or {})
                types = {
                    media: _pointer(
                        "paths", template, method, "requestBody", "content", media, "schema"
                    )
                    for media, content in (body.get("content") or {}).items()
                    if isinstance(content, dict) and "schema" in content
                }
                if "$ref" in (op.get("requestBody") or {}):
                    ref = op["requestBody"]["$ref"][1:]
                    types = {
                        m: ref + _pointer("content", m, "schema")
                        for m in (body.get("content") or {})
                    }
                security = op.get("security", self.raw.get("security")) or []
                alternatives = [
                    [self._deref(schemes.get(name) or {}) for name in requirement]
                    for requirement in security
                ]
                yield Operation(
                    operation_id=op.get("operationId") or f"{method} {template}",
                    method=method.upper(),
                    template=template,
                    pattern=re.compile(f"^{regex}$"),
                    pointer=pointer,
                    body_required=bool(body.get("required")),
                    body_types=types,
                    security=alternatives,
                    responses={
                        str(k): self._deref(v) for k, v in (op.get("responses") or {}).items()
                    },
                    response_schemas=self._response_schemas(pointer, op),
                )

    def _response_schemas(self, pointer: str, op: dict[str, Any]) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = {}
        for code, response in (op.get("responses") or {}).items():
            base = pointer + _pointer("responses", str(code))
            while isinstance(response, dict) and "$ref" in response:
                base = response["$ref"][1:]
                response = self.resolve(response["$ref"])
            content = (response or {}).get("content") or {}
            found[str(code)] = {
                media: base + _pointer("content", media, "schema")
                for media, value in content.items()
                if isinstance(value, dict) and "schema" in value
            }
        return found

    def _deref(self, node: Any) -> Any:
        seen = set()
        while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
            seen.add(node["$ref"])
            node = self.resolve(node["$ref"])
        return node

    def resolve(self, ref: str) -> Any:
        node: Any = self.document
        for token in ref.lstrip("#").split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def route(self, method: str, path: str) -> tuple[Operation | None, bool]:
        """The operation for ``method path``, and whether the path exists at all."""
        path_known = False
        for op in self.operations:
            if op.pattern.match(path):
                path_known = True
                if op.method == method:
                    return op, True
        return None, path_known

    @functools.lru_cache(maxsize=1024)
    def validator(
        self, schema_pointer: str, direction: str = "request"
    ) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{schema_pointer}"},
            registry=self.registries[direction],
            format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
        )
