"""How the Python SDK names what a caller touches, for the public surface
(:mod:`generator.surface`) and so for the API-change report."""

from __future__ import annotations

from ... import ir
from ...config import Config
from ...errors import Diagnostics
from ..parts import SymbolsBase
from ...surface import Argument, Field, Names
from . import symbols as python_symbols


class PythonNames(Names):
    def __init__(self, api: ir.Api, config: Config) -> None:
        self.adopt(python_symbols.Symbols(api, config, Diagnostics()))

    def adopt(self, symbols: SymbolsBase) -> None:
        assert isinstance(symbols, python_symbols.Symbols)
        self.symbols = self.python = symbols

    def class_name(self, name: ir.SchemaName) -> str:
        return self.python.names[name].class_name

    def method_names(self, node: ir.Namespace) -> list[str]:
        return self.python.method_names(node)

    def attribute(self, path: tuple[str, ...]) -> str:
        return self.python.namespace_names[path][2]

    def arguments(self, op: ir.Operation) -> list[Argument]:
        return [Argument(p.name, p.given) for p in self.python.operation_inputs(op)[0]]

    def fields(self, schema: ir.ObjectSchema) -> list[Field]:
        return [
            Field(f.name, f.prop, f.required_in_request) for f in self.python.fields[schema.name]
        ]

    def credentials(self) -> dict[str, str]:
        return {c.param: c.scheme.kind for c in self.python.credentials}
