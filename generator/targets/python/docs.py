"""The SDK's Markdown docs: operation pages, model pages, the retry page and the README."""

from __future__ import annotations

import json
import re

from ... import ir, markdown, transport
from ..shared import EXAMPLE_BACKOFF, operation_doc_heading, typed_error_rows, version_line
from ...transport import BACKOFF_DEFAULTS
from . import literals
from .naming import CALL_OPTIONS, Namer, enum_member
from .typemap import TYPING_NAMES, wrapper_name
from .contexts import ModelDocContext, ReadmeContext, RetryDocContext, SdkDocContext, VariantDoc
from .symbols import PythonPart, MODEL_LINK_PREFIX, SDK_LINK_PREFIX, Symbols
from .snippets import Snippets


def retry_example(indent: str) -> str:
    """``RetryConfig(strategy="backoff", backoff=BackoffStrategy(...), ...)`` exploded one
    argument per line (magic trailing commas keep black from joining it), at ``indent``."""
    inner = indent + "    "
    backoff = "".join(f"{inner}    {k}={v},\n" for k, v in EXAMPLE_BACKOFF)
    return (
        "RetryConfig(\n"
        f'{inner}strategy="backoff",\n'
        f"{inner}backoff=BackoffStrategy(\n{backoff}{inner}),\n"
        f"{inner}retry_connection_errors=False,\n"
        f"{indent})"
    )


class DocsPlanner(PythonPart):
    """Contexts of the SDK's Markdown pages."""

    def __init__(self, symbols: Symbols, snippets: Snippets) -> None:
        super().__init__(symbols)
        self.snippets = snippets

    def credentials_table(self) -> str | None:
        """The README's table of client credential parameters, or None when there are none."""
        if not self.symbols.credentials:
            return None
        rows = []
        for c in self.symbols.credentials:
            scheme = c.scheme
            if scheme.kind == "http-basic":
                sent = "`Authorization: Basic <base64(username:password)>`"
            elif scheme.kind == "api-key":
                sent = f"{scheme.location} {markdown.inline(scheme.parameter_name or '')}"
            else:
                sent = "`Authorization: Bearer <token>`"
            rows.append(
                [
                    f"`{c.param}`",
                    f"`{c.annotation}`",
                    markdown.inline(scheme.name),
                    sent,
                    f"`{c.env}`" if c.env else "",
                ]
            )
        return markdown.table(
            ["Parameter", "Type", "Security scheme", "Sent as", "Environment variable"], rows
        )

    def sdk_doc_context(self, node: ir.Namespace) -> SdkDocContext:
        mapper = self.types.fresh()
        operations = []
        for op, method in zip(node.operations, self.symbols.method_names(node)):
            params, body = self.symbols.operation_inputs(op)
            rows = []
            for p in params:
                doc_type = mapper.doc(
                    p.inner, wrapper_name(p.required, p.nullable), SDK_LINK_PREFIX
                )
                rows.append(
                    [
                        f"`{p.name}`",
                        doc_type,
                        markdown.REQUIRED_MARK[p.required],
                        markdown.cell(p.description),
                        markdown.example_cell(p.example, p.has_example),
                    ]
                )
            server = (op.servers or self.api.servers or (None,))[0]
            call_options = {
                "retries": [
                    "[Optional[utils.RetryConfig]](../../models/utils/retryconfig.md)",
                    "Configuration to override the default retry behavior of the client.",
                    "",
                ],
                "server_url": [
                    "*Optional[str]*",
                    "An optional server URL to use.",
                    markdown.cell(server.default_url) if server else "",
                ],
                "timeout_ms": ["*Optional[int]*", markdown.cell(CALL_OPTIONS["timeout_ms"]), ""],
                "http_headers": [
                    "*Optional[Mapping[str, str]]*",
                    markdown.cell(CALL_OPTIONS["http_headers"]),
                    "",
                ],
            }
            for name in self.symbols.settings.docs_call_options:
                shown, text, example = call_options[name]
                rows.append([f"`{name}`", shown, markdown.REQUIRED_MARK[False], text, example])
            success = self.symbols.success_response(op)
            if success is not None and self.symbols.response_kind(success.content_type) == "sse":
                event = (
                    mapper.doc(success.type, None, SDK_LINK_PREFIX).strip("*")
                    if success.type is not None
                    else "str"
                )
                response = f"**utils.EventStream[{event}]**"
            elif op.pagination is not None and success is not None and success.type is not None:
                item = mapper.doc(op.pagination.item_type, None, SDK_LINK_PREFIX).strip("*")
                answer = mapper.doc(success.type, None, SDK_LINK_PREFIX).strip("*")
                response = f"**utils.SyncPage[{item}, {answer}]** (iterate over it for every item)"
            elif success is not None and success.type is not None:
                response = "**" + mapper.doc(success.type, None, SDK_LINK_PREFIX) + "**"
            else:
                response = "**None**"
            errors = markdown.table(
                ["Error Type", "Status Code", "Content Type"],
                self.error_rows(op) + [["models.SDKError", "4XX, 5XX", markdown.escape("*/*")]],
            )
            operations.append(
                {
                    **operation_doc_heading(op, method, "python"),
                    "snippet": self.snippets.usage_snippet(op, method),
                    "parameters": markdown.table(
                        ["Parameter", "Type", "Required", "Description", "Example"], rows
                    ),
                    "response": response,
                    "errors": errors,
                }
            )
        return {
            "title": markdown.heading(".".join(node.path) if node.path else self.symbols.title),
            "operations": operations,
            "fence": "python",
        }

    def error_rows(self, op: ir.Operation) -> list[list[str]]:
        """Rows of an operation's Errors table for its typed errors, one per class."""
        return typed_error_rows(op, lambda t: self.symbols.error_classes[t])

    def variant_doc(self, annotation: str) -> VariantDoc:
        """A union member's docs entry: its annotation, and the imports that make the
        example line run as written."""
        words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation))
        typing_names = [n for n in TYPING_NAMES if n in words]
        imports = [f"from typing import {', '.join(typing_names)}"] if typing_names else []
        if "models" in words:
            imports.append(f"from {self.package} import models")
        dates = [n for n in ("date", "datetime") if n in words]
        if dates:
            imports.insert(0, f"from datetime import {', '.join(dates)}")
        value = f"value: {annotation}  # a value of this type"
        return {
            "heading": annotation,
            "example": "\n".join(imports) + "\n\n" + value if imports else value,
        }

    def model_doc_context(self, schema: ir.NamedSchema) -> ModelDocContext:
        names = self.names[schema.name]
        mapper = self.types.fresh()
        context: ModelDocContext = {
            "fence": "python",
            "title": names.class_name,
            "description": markdown.paragraph(schema.description or ""),
        }
        if isinstance(schema, ir.EnumSchema):
            members = Namer()
            rows = [
                [
                    f"`{members.claim(enum_member(v))}`",
                    markdown.cell(v if isinstance(v, str) else json.dumps(v)),
                ]
                for v in schema.values
            ]
            context["values"] = markdown.table(["Name", "Value"], rows)
        elif isinstance(schema, ir.UnionSchema):
            context["variants"] = [self.variant_doc(mapper.plain(v)) for v in schema.variants]
        else:
            rows = []
            for f in self.symbols.fields[schema.name]:
                doc_type = mapper.doc(
                    f.inner, wrapper_name(f.prop.required, f.nullable), MODEL_LINK_PREFIX
                )
                rows.append(
                    [
                        f"`{f.name}`",
                        doc_type,
                        markdown.REQUIRED_MARK[f.prop.required],
                        markdown.cell(self.symbols._field_doc(f.prop)),
                        markdown.example_cell(f.prop.example, f.prop.has_example),
                    ]
                )
            context["fields"] = markdown.fields_table(rows)
        return context

    def retry_doc_context(self) -> RetryDocContext:
        retry_rows = [
            [
                "`strategy`",
                "*str*",
                "The retry strategy to use: `backoff` retries, `none` never does.",
                "backoff",
            ],
            [
                "`backoff`",
                "[Optional[utils.BackoffStrategy]](#backoffstrategy)",
                "Configuration for the backoff strategy.",
                "",
            ],
            [
                "`retry_connection_errors`",
                "*bool*",
                "Whether to retry on connection errors and timeouts.",
                "true",
            ],
        ]
        backoff_rows = [
            [
                "`initial_interval`",
                "*int*",
                "The wait before the first retry, in milliseconds.",
                _number(BACKOFF_DEFAULTS["initial_interval"]),
            ],
            [
                "`max_interval`",
                "*int*",
                "The longest wait between two attempts, in milliseconds.",
                _number(BACKOFF_DEFAULTS["max_interval"]),
            ],
            [
                "`exponent`",
                "*float*",
                "The factor the wait grows by after each attempt.",
                _number(BACKOFF_DEFAULTS["exponent"]),
            ],
            [
                "`max_elapsed_time`",
                "*int*",
                "The time after which no further attempt starts, in milliseconds.",
                _number(BACKOFF_DEFAULTS["max_elapsed_time"]),
            ],
            [
                "`jitter`",
                "*float*",
                "The random share of each wait, between 0 and 1, that spreads out clients retrying together.",
                _number(BACKOFF_DEFAULTS["jitter"]),
            ],
        ]
        backoff = ", ".join(
            _number(BACKOFF_DEFAULTS[name])
            for name in ("initial_interval", "max_interval", "exponent", "max_elapsed_time")
        )
        return {
            "package": self.package,
            "statuses": transport.statuses_text(),
            "backoff_arguments": backoff,
            "retry_fields": markdown.table(["Field", "Type", "Description", "Example"], retry_rows),
            "backoff_fields": markdown.table(
                ["Field", "Type", "Description", "Example"], backoff_rows
            ),
        }

    def readme_context(self) -> ReadmeContext:
        """The SDK README: every example is a complete program that runs against a server."""
        namespaces = []
        first: tuple[ir.Operation, str] | None = None
        for node in self.symbols._namespaces(self.api.root):
            if not node.operations:
                continue
            module = (
                self.symbols.namespace_names[node.path][1] if node.path else self.symbols.root_docs
            )
            entries = []
            for op, method in zip(node.operations, self.symbols.method_names(node)):
                success = self.symbols.success_response(op)
                streams = (
                    success is not None
                    and self.symbols.response_kind(success.content_type) == "sse"
                )
                if first is None and not streams:  # the README's examples print the result
                    first = (op, method)
                summary = f" - {markdown.cell(op.summary)}" if op.summary else ""
                entries.append(f"* [{method}](docs/sdks/{module}/README.md#{method}){summary}")
            title = ".".join(node.path) if node.path else self.symbols.title
            namespaces.append({"title": markdown.heading(title), "entries": entries})
        token = self.symbols.token_param()
        uses_env = bool(token and self.config.token_env)
        context: ReadmeContext = {
            "title": markdown.heading(self.symbols.title),
            "description": markdown.paragraph(
                self.config.description or self.api.description or ""
            ),
            "versions": version_line(self.api, self.config.package_version),
            "package": self.package,
            "distribution": self.symbols.distribution,
            "python_floor": self.symbols.settings.python_floor,
            "sync_client": self.config.sync_client,
            "async_client": self.config.async_client,
            "client_variable": self.config.client_variable,
            "token_param": token,
            "token_env": self.config.token_env if uses_env else None,
            "credentials_table": self.credentials_table(),
            "typed_errors": ", ".join(f"`errors.{n}`" for n in self.symbols.error_classes.values()),
            "server_url_env": self.config.server_url_env,
            "log_env": self.symbols.log_env,
            "retried_statuses": transport.statuses_text(),
            "namespaces": namespaces,
            "first": None,
            "pagination": None,
        }
        paged = next(
            (
                (op, method)
                for node in self.symbols._namespaces(self.api.root)
                for op, method in zip(node.operations, self.symbols.method_names(node))
                if op.pagination is not None
            ),
            None,
        )
        if paged is not None:
            sync_pages, async_pages = self.snippets.pagination_snippets(*paged)
            context["pagination"] = {"sync_snippet": sync_pages, "async_snippet": async_pages}
        if first is None:
            return context
        op, method = first
        success = self.symbols.success_response(op)
        handle = (
            "\n    # Handle response\n    print(res)\n"
            if success is not None and success.type is not None
            else ""
        )
        opening = "\n".join(self.snippets.client_open(op=op)) + "\n"
        call_with = self.snippets.call_expression(op, method, "    ")
        imports = self.snippets.stdlib_imports(call_with)
        sync = (
            "\n".join(imports + [f"from {self.package} import {self.config.sync_client}", ""])
            + "\n"
        )
        sync += opening + call_with + handle
        async_lines = self.snippets.stdlib_imports(call_with, ("import asyncio",)) + [
            f"from {self.package} import {self.config.async_client}",
            "",
            "",
            "async def main() -> None:",
        ]
        async_body = (
            "\n".join("    " + line for line in self.snippets.client_open(is_async=True, op=op))
            + "\n"
        )
        async_body += self.snippets.call_expression(op, method, "        ", is_async=True)
        if handle:
            async_body += "\n        # Handle response\n        print(res)\n"
        async_snippet = "\n".join(async_lines) + "\n" + async_body + "\n\nasyncio.run(main())\n"
        retries = retry_example("        ")
        retries_call = (
            call_with.replace(f".{method}(\n", f".{method}(\n        retries={retries},\n", 1)
            if "(\n" in call_with
            else call_with.replace(f".{method}()", f".{method}(\n        retries={retries},\n    )")
        )
        raw_call = call_with.replace(f".{method}(", f".with_raw_response.{method}(", 1)
        server = (op.servers or self.api.servers or (None,))[0]
        server_url = server.default_url if server else "http://localhost:8080"
        context["first"] = {
            "sync_snippet": sync,
            "async_snippet": async_snippet,
            "imports": "\n".join(imports).strip(),
            "call_in_try": "".join(
                "    " + line for line in call_with.splitlines(keepends=True)
            ).rstrip("\n"),
            "opening": opening,
            "call": call_with,
            "retries_call": retries_call,
            "retry_config": retry_example("    "),
            "raw_call": raw_call,
            "handle": handle,
            "server_url": literals.string(server_url),
            "server_url_plain": markdown.inline(server_url),
            "server_url_call": (
                call_with.replace(
                    f".{method}(",
                    f".{method}(\n        server_url={literals.string(server_url)},",
                    1,
                )
                if "(\n" in call_with
                else call_with
            ),
        }
        return context


def _number(value: object) -> str:
    """A policy number as docs write it: ``500``, ``1.5``."""
    return f"{value:g}" if isinstance(value, float) else str(value)
