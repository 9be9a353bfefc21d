"""The SDK's Markdown docs: operation pages, model pages and the README."""

from __future__ import annotations

import json

from ... import ir, markdown
from ...words import Namer

from ..shared import (
    EXAMPLE_BACKOFF,
    operation_doc_heading,
    property_text,
    response_kind,
    typed_error_rows,
    version_line,
)
from .naming import camel_case, enum_key
from .contexts import ModelDocContext, ReadmeContext, SdkDocContext
from .symbols import (
    TypeScriptPart,
    MODEL_LINK_PREFIX,
    SDK_LINK_PREFIX,
    TYPESCRIPT_VERSION,
    Symbols,
)
from .snippets import Snippets


class DocsPlanner(TypeScriptPart):
    """Contexts of the SDK's Markdown pages."""

    def __init__(self, symbols: Symbols, snippets: Snippets) -> None:
        super().__init__(symbols)
        self.snippets = snippets

    def sdk_doc_context(self, node: ir.Namespace) -> SdkDocContext:
        operations = []
        for op, method in zip(node.operations, self.symbols.method_names(node)):
            inputs, _ = self.symbols.inputs(op)
            rows = []
            for i in inputs:
                rows.append(
                    [
                        f"`{i.name}`",
                        self.symbols.doc_type(i.type, SDK_LINK_PREFIX, request=True),
                        markdown.REQUIRED_MARK[i.required],
                        markdown.cell(i.description or ""),
                        markdown.example_cell(i.example, i.has_example),
                    ]
                )
            rows.append(
                [
                    "`options`",
                    "[RequestOptions](../../lib/retryconfig.md)",
                    markdown.REQUIRED_MARK[False],
                    "Per-call `retries`, `serverURL`, `timeoutMs` and `headers`.",
                    "",
                ]
            )
            success = self.symbols.success(op)
            kind = response_kind(success.content_type if success else None)
            if success is not None and success.type is not None and kind in ("json", "sse"):
                shown = self.symbols.doc_type(success.type, SDK_LINK_PREFIX)
                if kind == "sse":
                    shown = f"EventStream\\<{shown}\\>"
                elif op.pagination is not None:
                    item = self.symbols.doc_type(op.pagination.item_type, SDK_LINK_PREFIX)
                    shown = f"Page\\<{item}, {shown}\\>"
            else:
                shown = markdown.escape(self.symbols.returns(op))
            error_rows = typed_error_rows(op, lambda t: self.symbols.errors[t])
            error_rows.append(["errors.SDKError", "4XX, 5XX", markdown.escape("*/*")])
            operations.append(
                {
                    **operation_doc_heading(op, method, "typescript"),
                    "snippet": self.snippets.usage_snippet(op, method),
                    "parameters": markdown.table(
                        ["Parameter", "Type", "Required", "Description", "Example"], rows
                    ),
                    "response": f"**Promise\\<{shown}\\>**",
                    "errors": markdown.table(
                        ["Error Type", "Status Code", "Content Type"], error_rows
                    ),
                }
            )
        title = ".".join(node.path) if node.path else self.symbols.client
        return {"title": markdown.heading(title), "operations": operations, "fence": "typescript"}

    def model_doc_context(self, schema: ir.NamedSchema) -> ModelDocContext:
        name = self.symbols.type_names[schema.name]
        context: ModelDocContext = {
            "fence": "typescript",
            "title": name,
            "description": markdown.paragraph(schema.description or ""),
        }
        if isinstance(schema, ir.EnumSchema):
            keys = Namer()
            rows = [
                [f"`{keys.claim(enum_key(v))}`", markdown.cell(json.dumps(v))]
                for v in schema.values
            ]
            context["values"] = markdown.table(["Name", "Value"], rows)
        elif isinstance(schema, ir.UnionSchema):
            models_import = f'import {{ models }} from "{self.package}";\n\n'
            context["variants"] = [
                {
                    "heading": markdown.escape(self.symbols.ts_type(v, "models.")),
                    "example": (models_import if self.symbols.named_in(v) else "")
                    + f"declare const value: {self.symbols.ts_type(v, 'models.')};",
                }
                for v in schema.variants
            ]
        else:
            rows = []
            for f in self.symbols.fields[schema.name]:
                text = property_text(f.prop)
                rows.append(
                    [
                        f"`{f.name}`",
                        self.symbols.doc_type(f.prop.type, MODEL_LINK_PREFIX, request=True),
                        markdown.REQUIRED_MARK[f.required_in_type],
                        markdown.cell(text),
                        markdown.example_cell(f.prop.example, f.prop.has_example),
                    ]
                )
            context["fields"] = markdown.fields_table(rows)
        return context

    def readme_context(self) -> ReadmeContext:
        namespaces = []
        first: tuple[ir.Operation, str] | None = None
        for node in self.symbols._all_namespaces(self.api.root):
            if not node.operations:
                continue
            module = (
                self.symbols.namespaces[node.path][1] if node.path else self.symbols.client.lower()
            )
            entries = []
            for op, method in zip(node.operations, self.symbols.method_names(node)):
                success = self.symbols.success(op)
                streams = response_kind(success.content_type if success else None) == "sse"
                if first is None and not streams:
                    first = (op, method)
                summary = f" - {markdown.cell(op.summary)}" if op.summary else ""
                entries.append(f"* [{method}](docs/sdks/{module}/README.md#{method}){summary}")
            title = ".".join(node.path) if node.path else self.symbols.client
            namespaces.append({"title": markdown.heading(title), "entries": entries})
        token = self.symbols.token()
        context: ReadmeContext = {
            "title": markdown.heading(self.symbols.client),
            "description": markdown.paragraph(
                self.config.description or self.api.description or ""
            ),
            "versions": version_line(self.api, self.config.package_version),
            "package": self.package,
            "client": self.symbols.client,
            "variable": self.symbols.variable,
            "token": token["name"] if token else None,
            "token_env": token["env"] if token else None,
            "server_url_env": self.config.server_url_env,
            "log_env": self.symbols.log_env,
            "credentials": [
                {
                    "name": c["name"],
                    "kind": c["scheme"].kind,
                    "scheme": markdown.inline(c["scheme"].name),
                }
                for c in self.symbols.credentials
            ],
            "namespaces": namespaces,
            "typescript": TYPESCRIPT_VERSION,
            "first": None,
            "pagination": None,
        }
        paged = next(
            (
                (op, method)
                for node in self.symbols._all_namespaces(self.api.root)
                for op, method in zip(node.operations, self.symbols.method_names(node))
                if op.pagination is not None
            ),
            None,
        )
        if paged is not None:
            context["pagination"] = self.snippets.usage_snippet(*paged)
        if first is not None:
            op, method = first
            backoff = ", ".join(f"{camel_case(k)}: {v}" for k, v in EXAMPLE_BACKOFF)
            retries = (
                "{\n    retries: {\n"
                '      strategy: "backoff",\n'
                f"      backoff: {{ {backoff} }},\n"
                "      retryConnectionErrors: false,\n"
                "    },\n  }"
            )
            context["first"] = {
                "snippet": self.snippets.usage_snippet(op, method),
                "retries_snippet": self.snippets.usage_snippet(op, method, retries),
                "raw_snippet": self.snippets.usage_snippet(op, method, raw=True),
            }
        return context
