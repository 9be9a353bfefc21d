"""How the TypeScript SDK names what a caller touches, for the public surface
(:mod:`generator.surface`) and so for the API-change report."""

from __future__ import annotations

from ... import ir
from ...config import Config
from ...errors import Diagnostics
from ..parts import SymbolsBase
from ...surface import Argument, Field, Names
from . import symbols as typescript_symbols


class TypeScriptNames(Names):
    argument_format = "{op}({{ {name} }})"

    def __init__(self, api: ir.Api, config: Config) -> None:
        self.adopt(typescript_symbols.Symbols(api, config, Diagnostics()))

    def adopt(self, symbols: SymbolsBase) -> None:
        assert isinstance(symbols, typescript_symbols.Symbols)
        self.symbols = self.ts = symbols

    def class_name(self, name: ir.SchemaName) -> str:
        return self.ts.type_names[name]

    def method_names(self, node: ir.Namespace) -> list[str]:
        return self.ts.method_names(node)

    def attribute(self, path: tuple[str, ...]) -> str:
        return self.ts.namespaces[path][2]

    def arguments(self, op: ir.Operation) -> list[Argument]:
        return [Argument(i.name, i.given) for i in self.ts.inputs(op)[0]]

    def fields(self, schema: ir.ObjectSchema) -> list[Field]:
        return [Field(f.name, f.prop, f.required_in_request) for f in self.ts.fields[schema.name]]

    def credentials(self) -> dict[str, str]:
        return {c["name"]: c["scheme"].kind for c in self.ts.credentials}
