"""Plan the Python SDK: every file to write, with the names, types and text it needs.

The planner is in parts, by what each produces: :mod:`.symbols` (every Python name),
:mod:`.code` (the package's modules), :mod:`.docs` and :mod:`.snippets` (the Markdown pages
and their runnable examples). This module lists the files and which part fills each; the
templates under ``templates/python/`` only lay them out.
"""

from __future__ import annotations

from functools import partial


from ... import ir
from ...config import Config
from ...errors import Diagnostics
from .. import OutputFile, PlannedFiles
from ..sources import source_text
from .symbols import (
    PythonPart,
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


class _Files(PythonPart):
    """Every file of the SDK, and the part that fills it."""

    def __init__(self, symbols: Symbols) -> None:
        super().__init__(symbols)
        self.code = CodePlanner(symbols)
        self.snippets = Snippets(symbols)
        self.docs = DocsPlanner(symbols, self.snippets)

    def files(self) -> list[OutputFile]:
        pkg = f"src/{self.package}"
        files = [
            OutputFile("pyproject.toml", "pyproject.toml.j2", self.code.project_context),
            OutputFile("README.md", "README.md.j2", self.docs.readme_context),
            OutputFile(f"{pkg}/py.typed", "package/py.typed.j2"),
            OutputFile(
                f"{pkg}/__init__.py",
                "package/__init__.py.j2",
                self.code.package_context,
                "python",
            ),
            OutputFile(
                f"{pkg}/_version.py",
                "package/_version.py.j2",
                self.code.project_context,
                "python",
            ),
            OutputFile(f"{pkg}/sdk.py", "package/sdk.py.j2", self.code.sdk_context, "python"),
            OutputFile(
                f"{pkg}/errors.py", "package/errors.py.j2", self.code.errors_context, "python"
            ),
            OutputFile(
                f"{pkg}/models/__init__.py",
                "package/models/__init__.py.j2",
                self.code.models_index_context,
                "python",
            ),
            OutputFile(
                "docs/models/utils/retryconfig.md",
                "docs/retryconfig.md.j2",
                self.docs.retry_doc_context,
                final_newline=False,
            ),
        ]
        files.append(
            OutputFile(
                f"{pkg}/utils/__init__.py",
                "package/utils/__init__.py.j2",
                self.code.static_context,
                "python",
            )
        )
        features = self.symbols.runtime_features
        sources = RUNTIME_SOURCES + (EVENT_STREAM_SOURCES if "event-streams" in features else ())
        sources += PAGINATION_SOURCES if "pagination" in features else ()
        for source in sources:
            text = source_text(RUNTIME / source, features)
            files.append(OutputFile(f"{pkg}/{source}", content=text, kind="python"))
        for schema in self.api.schemas:
            names = self.names[schema.name]
            kind = type(schema).__name__.removesuffix("Schema").lower()
            files.append(
                OutputFile(
                    f"{pkg}/models/{names.module}.py",
                    f"package/models/{kind}.py.j2",
                    partial(self.code.model_context, schema),
                    "python",
                )
            )
            files.append(
                OutputFile(
                    f"docs/models/{names.module}.md",
                    f"docs/model_{kind}.md.j2",
                    partial(self.docs.model_doc_context, schema),
                    final_newline=False,
                )
            )
        for node in self.symbols._namespaces(self.api.root):
            if not node.path:
                continue
            cls, module, _ = self.symbols.namespace_names[node.path]
            files.append(
                OutputFile(
                    f"{pkg}/{module}.py",
                    "package/namespace.py.j2",
                    partial(self.code.namespace_context, node),
                    "python",
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
        if self.symbols.root_docs is not None:
            files.append(
                OutputFile(
                    f"docs/sdks/{self.symbols.root_docs}/README.md",
                    "docs/sdk.md.j2",
                    partial(self.docs.sdk_doc_context, self.api.root),
                    final_newline=False,
                )
            )
        return sorted(files, key=lambda f: f.path)
