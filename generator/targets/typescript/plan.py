"""Plan the TypeScript SDK: every file to write, with the names, types and text it needs.

The planner is in parts, by what each produces: :mod:`.symbols` (every TypeScript name and
type), :mod:`.code` (the package's modules), :mod:`.docs` and :mod:`.snippets` (the Markdown
pages and their runnable examples). This module lists the files and which part fills each;
the templates under ``templates/typescript/`` only lay them out. The package is ESM with no
runtime dependencies beyond Node 20 (its ``fetch``).
"""

from __future__ import annotations

from functools import partial

from dataclasses import replace

from ... import ir, transport
from ...config import Config
from ...errors import Diagnostics
from .. import OutputFile, PlannedFiles
from ..sources import source_text

from .contexts import RetryDocContext
from .symbols import (
    TypeScriptPart,
    EVENT_STREAM_SOURCES,
    PAGINATION_SOURCES,
    RUNTIME,
    RUNTIME_SOURCES,
    Symbols,
)
from .code import CodePlanner
from .docs import DocsPlanner
from .snippets import Snippets


def plan(
    api: ir.Api, config: Config, diagnostics: Diagnostics, symbols: Symbols | None = None
) -> list[OutputFile]:
    """Every file of the SDK; ``symbols``: its names when they were made already (for the
    public surface), with ``config``'s package version."""
    if symbols is None:
        symbols = Symbols(api, config, diagnostics)
    else:
        symbols.rehome(config)
    return PlannedFiles(_Files(symbols).files(), symbols)


class _Files(TypeScriptPart):
    """Every file of the SDK, and the part that fills it."""

    def __init__(self, symbols: Symbols) -> None:
        super().__init__(symbols)
        self.code = CodePlanner(symbols)
        self.snippets = Snippets(symbols)
        self.docs = DocsPlanner(symbols, self.snippets)

    def files(self) -> list[OutputFile]:
        static = {"package": self.package, "has_sse": self.symbols.has_sse}
        files = [
            OutputFile("package.json", "package.json.j2", self.code.package_context),
            OutputFile("tsconfig.json", "tsconfig.json.j2", static),
            OutputFile("README.md", "README.md.j2", self.docs.readme_context),
            OutputFile("src/index.ts", "src/index.ts.j2", self.code.index_context),
            OutputFile("src/sdk.ts", "src/sdk.ts.j2", self.code.sdk_context),
            OutputFile("src/errors.ts", "src/errors.ts.j2", self.code.errors_context),
            OutputFile(
                "src/models/index.ts",
                "src/models/index.ts.j2",
                {"files": sorted(self.symbols.file_names.values())},
            ),
            OutputFile(
                "docs/lib/retryconfig.md",
                "docs/retryconfig.md.j2",
                retry_doc_context,
                final_newline=False,
            ),
        ]
        features = self.symbols.runtime_features
        sources = RUNTIME_SOURCES + (EVENT_STREAM_SOURCES if "event-streams" in features else ())
        sources += PAGINATION_SOURCES if "pagination" in features else ()
        for source in sources:
            text = source_text(RUNTIME / source, features)
            files.append(OutputFile(f"src/{source}", content=text))
        for schema in self.api.schemas:
            kind = type(schema).__name__.removesuffix("Schema").lower()
            base = self.symbols.file_names[schema.name]
            files.append(
                OutputFile(
                    f"src/models/{base}.ts",
                    f"src/models/{kind}.ts.j2",
                    partial(self.code.model_context, schema),
                )
            )
            files.append(
                OutputFile(
                    f"docs/models/{base}.md",
                    f"docs/model_{kind}.md.j2",
                    partial(self.docs.model_doc_context, schema),
                    final_newline=False,
                )
            )
        for node in self.symbols._all_namespaces(self.api.root):
            if not node.path:
                continue
            cls, module, _ = self.symbols.namespaces[node.path]
            files.append(
                OutputFile(
                    f"src/{module}.ts",
                    "src/namespace.ts.j2",
                    partial(self.code.namespace_context, node),
                )
            )
            if node.operations:
                files.append(
                    OutputFile(
                        f"docs/sdks/{module}/README.md",
                        "docs/sdk.md.j2",
                        partial(self.docs.sdk_doc_context, node),
                        final_newline=False,
                    )
                )
        if self.api.root.operations:
            files.append(
                OutputFile(
                    f"docs/sdks/{self.symbols.client.lower()}/README.md",
                    "docs/sdk.md.j2",
                    self.docs.sdk_doc_context(self.api.root),
                    final_newline=False,
                )
            )
        return [replace(f, kind="typescript") if f.path.endswith(".ts") else f for f in files]


def retry_doc_context() -> RetryDocContext:
    """The transport policy's numbers, as the RequestOptions page states them."""
    return {
        "statuses": transport.statuses_text("and"),
        "defaults": {
            name: f"{value:g}" if isinstance(value, float) else str(value)
            for name, value in transport.BACKOFF_DEFAULTS.items()
        },
        "retry_connection_errors": str(transport.RETRY_CONNECTION_ERRORS).lower(),
    }
