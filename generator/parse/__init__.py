"""Stage 2, parse: turn a loaded spec into the language-neutral IR (:mod:`generator.ir`).

Reads openapi-pydantic's typed model (3.0 and 3.1 alike), follows local references, names
inline schemas after their place, and reports every defect as a :class:`SpecError` carrying
the JSON pointer of the offending part. One module per seam of the IR: :mod:`.schemas`,
:mod:`.operations`, and here the document (info, servers, security schemes).
"""

from __future__ import annotations


from .. import ir
from ..errors import Diagnostics, join_pointer
from ..load import LoadedSpec
from .reading import HTTP_METHODS, Reader, spec_text
from .operations import OperationParser
from .schemas import SchemaParser


def build_api(spec: LoadedSpec, diagnostics: Diagnostics | None = None) -> ir.Api:
    """Build the IR of ``spec``; what it skips or approximates goes to ``diagnostics``."""
    return ApiParser(spec, diagnostics or Diagnostics()).build()


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
            servers=self.servers(self.doc.servers if "servers" in self.spec.raw else None),
            security_schemes=self.security_schemes(),
            schemas=tuple(self.schema_parser.schemas[name] for name in self.schema_parser.schemas),
            root=self.operation_parser.namespaces(operations),
            source=str(self.spec.path),
        )

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
