"""Stage 2, parse: turn a loaded spec into the language-neutral IR (:mod:`generator.ir`).

Reads openapi-pydantic's typed model (3.0 and 3.1 alike), follows local references, names
inline schemas after their place, and reports every defect as a :class:`SpecError` carrying
the JSON pointer of the offending part. One module per seam of the IR: :mod:`.schemas`,
:mod:`.operations`, and here the document (info, servers, security schemes).
"""

from __future__ import annotations


from typing import Any, Mapping

from .. import ir
from ..errors import Diagnostics, join_pointer
from ..load import HTTP_METHODS, LoadedSpec, split_pointer
from . import pagination
from .reading import Reader, spec_text
from .operations import OperationParser
from .schemas import SchemaParser


def build_api(
    spec: LoadedSpec,
    diagnostics: Diagnostics | None = None,
    declared_pagination: Mapping[str, Any] | None = None,
) -> ir.Api:
    """Build the IR of ``spec``; what it skips or approximates goes to ``diagnostics``.
    ``declared_pagination`` is the config's ``pagination`` (by operationId)."""
    if diagnostics is None:
        diagnostics = Diagnostics()
    for warning in spec.warnings:
        diagnostics.warn(warning)
    parser = ApiParser(spec, diagnostics)
    return pagination.paginate(
        parser.build(),
        parser.raw_operation,
        parser.response_headers,
        declared_pagination or {},
        parser.warn,
    )


class ApiParser(Reader):
    """The whole document: its schemas and operations (by their parsers), info, servers and
    security schemes."""

    def __init__(self, spec: LoadedSpec, diagnostics: Diagnostics) -> None:
        super().__init__(spec, diagnostics)
        self.schema_parser = SchemaParser(spec, diagnostics)
        self.operation_parser = OperationParser(spec, diagnostics, self.schema_parser)

    def build(self) -> ir.Api:
        components = self.doc.components
        for name, schema in (components.schemas or {}).items() if components else ():
            self.schema_parser.component_schema(name)
        operations = self.operation_parser.operations()
        self.webhooks()
        self.callbacks()
        self.schema_parser.check_examples()
        if not operations:
            self.warn(
                "/paths" if "paths" in self.spec.raw else "",
                "no-operations",
                "the document has no operations: the SDK has a client with no methods, and "
                "its models",
            )
        info = self.doc.info
        return ir.Api(
            title=info.title,
            version=info.version,
            description=spec_text(info.description),
            # openapi-pydantic fills in the spec's implicit default server ("/"); no servers
            # written means none: the SDK then asks for a server_url.
            servers=self.servers(
                self.doc.servers if "servers" in self.spec.raw else None, "/servers"
            ),
            security_schemes=self.security_schemes(),
            schemas=tuple(self.schema_parser.schemas[name] for name in self.schema_parser.schemas),
            root=self.operation_parser.namespaces(operations),
            source=str(self.spec.path),
        )

    def raw_at(self, pointer: str) -> Any:
        """The document's node at ``pointer``, as written (``$ref`` chains followed)."""
        node: Any = self.spec.raw
        for token in split_pointer(pointer):
            while isinstance(node, dict) and isinstance(node.get("$ref"), str):
                node = self.raw_at(node["$ref"])
            if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            elif isinstance(node, dict):
                node = node.get(token)
            else:
                return None
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node = self.raw_at(node["$ref"])
        return node

    def raw_operation(self, op: ir.Operation) -> Any:
        return self.raw_at(op.pointer)

    def response_headers(self, op: ir.Operation) -> set[str]:
        """The lower-case names of the headers the operation's first 2XX answer declares."""
        responses = self.raw_at(join_pointer(op.pointer, "responses"))
        if not isinstance(responses, dict):
            return set()
        for status in responses:
            if str(status).startswith("2"):
                answer = self.raw_at(join_pointer(op.pointer, "responses", status))
                headers = answer.get("headers") if isinstance(answer, dict) else None
                return {str(name).lower() for name in headers or {}}
        return set()

    def webhooks(self) -> None:
        """Webhooks (3.1) are requests the API sends, not calls an SDK makes: no methods, but
        each JSON payload's schema becomes a model (named after the webhook when inline), so
        a receiver can parse what arrives."""
        webhooks = getattr(self.doc, "webhooks", None) or {}
        for name, item in webhooks.items():
            item, item_pointer = self.follow(item, join_pointer("/webhooks", name))
            for method in HTTP_METHODS:
                operation = getattr(item, method, None)
                body = getattr(operation, "requestBody", None)
                if body is None:
                    continue
                body, body_pointer = self.follow(body, join_pointer(item_pointer, method))
                for media, content in (body.content or {}).items():
                    if content.media_type_schema is None or "json" not in media:
                        continue
                    self.schema_parser.type_of(
                        content.media_type_schema,
                        join_pointer(body_pointer, "requestBody", "content", media, "schema"),
                        ir.SchemaName((name, "Payload")),
                        force_named=True,
                    )
        if webhooks:
            self.warn(
                "/webhooks",
                "webhooks",
                f"{len(webhooks)} webhook{'s' if len(webhooks) != 1 else ''} ({', '.join(list(webhooks)[:3])}"
                f"{', ...' if len(webhooks) > 3 else ''}) are requests the API sends: the SDK "
                "has no methods for them; their payloads are models",
            )

    def callbacks(self) -> None:
        """Callbacks are requests the API makes to a URL the caller gives: nothing an SDK
        calls. Said once per operation that has them, never dropped without a word."""
        paths = self.spec.raw.get("paths")
        for path, item in paths.items() if isinstance(paths, dict) else ():
            for method in HTTP_METHODS if isinstance(item, dict) else ():
                operation = item.get(method)
                if isinstance(operation, dict) and operation.get("callbacks"):
                    names = ", ".join(str(name) for name in operation["callbacks"])
                    self.warn(
                        join_pointer("/paths", path, method, "callbacks"),
                        "callbacks",
                        f"callbacks ({names}) are requests the API makes to the caller: the "
                        "SDK has no methods or models for them",
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
                found.append(ir.SecurityScheme(name, "http-bearer", spec_text(scheme.description)))
            elif kind == "http" and http_scheme == "basic":
                found.append(ir.SecurityScheme(name, "http-basic", spec_text(scheme.description)))
            elif kind == "apiKey":
                location = str(
                    getattr(scheme.security_scheme_in, "value", scheme.security_scheme_in)
                )
                found.append(
                    ir.SecurityScheme(
                        name, "api-key", spec_text(scheme.description), location, scheme.name
                    )
                )
            elif kind in ("oauth2", "openIdConnect"):
                # The SDK does not run the OAuth flow: the caller brings an access token,
                # which travels as a bearer token.
                found.append(ir.SecurityScheme(name, "oauth2", spec_text(scheme.description)))
            else:
                self.warn(
                    pointer,
                    "unsupported-security",
                    f"security scheme {name!r} of type {kind!r} is not supported: operations "
                    "that need it are generated, and callers send its credentials themselves",
                )
        return tuple(found)
