"""What every target's planner parts share: the API and config each reads, and the one
:class:`SymbolsBase` (a target's names) its code, docs and snippets parts read names from."""

from __future__ import annotations

from typing import Generic, TypeVar

from .. import ir
from ..config import Config
from ..errors import Diagnostics
from .operation import OperationRecord, operation_records
from .shared import has_event_streams, log_env


class SymbolsBase:
    """The facts about an API every target's symbols start from: its schemas by name, the
    operation records, whether it streams. A target's subclass adds its own names."""

    def __init__(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> None:
        self.api = api
        self.config = config
        self.diagnostics = diagnostics
        self.package = config.package_name
        self.schemas: dict[ir.SchemaName, ir.NamedSchema] = {s.name: s for s in api.schemas}
        self.records: dict[str, OperationRecord] = operation_records(api)
        self.has_sse = has_event_streams(api)
        self.has_pages = any(op.pagination is not None for op in api.operations)
        # The runtime's optional sections an SDK carries (generator/targets/sources.py).
        self.runtime_features = frozenset(
            ({"event-streams"} if self.has_sse else set())
            | ({"pagination"} if self.has_pages else set())
        )
        self.log_env = log_env(config.package_name)  # the SDK's debug-log variable

    def rehome(self, config: Config) -> None:
        """Plan with ``config``: the same one but for the package version the release gave
        (names never depend on it)."""
        self.config = config


SymbolsT = TypeVar("SymbolsT", bound=SymbolsBase)


class Part(Generic[SymbolsT]):
    """One part of a target's planner (code, docs, snippets): it reads names from the
    target's symbols and never makes its own."""

    def __init__(self, symbols: SymbolsT) -> None:
        self.symbols = symbols
        self.api = symbols.api
        self.config = symbols.config
        self.package = symbols.package
        self.schemas = symbols.schemas
