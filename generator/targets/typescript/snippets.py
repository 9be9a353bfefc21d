"""Usage snippets: the complete, runnable programs the docs and README show for an operation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ... import ir

from ..operation import documented_value
from ..shared import placeholder, response_kind
from .symbols import TypeScriptPart, Symbols, string


class Snippets(TypeScriptPart):
    """Example calls, clients and literal values, in TypeScript."""

    def __init__(self, symbols: Symbols) -> None:
        super().__init__(symbols)

    def placeholder(self, t: ir.TypeRef) -> Any:
        return placeholder(self.schemas, t, _typescript_file)

    def literal(self, value: Any, t: ir.TypeRef | None, indent: str) -> str:
        """A TypeScript expression for a wire-shaped example value, keys renamed as the
        TypeScript types spell them, one item a line (prettier's layout)."""
        if isinstance(value, _Raw):
            return value.text
        if isinstance(t, ir.Nullable):
            return self.literal(value, t.inner, indent)
        if isinstance(t, ir.Named) and isinstance(self.schemas[t.name], ir.UnionSchema):
            union = self.schemas[t.name]
            assert isinstance(union, ir.UnionSchema)
            t = self._variant_for(union, value)
        inner = indent + "  "
        if isinstance(value, list):
            if not value:
                return "[]"
            items = t.items if isinstance(t, ir.ArrayType) else None
            body = "".join(f"{inner}{self.literal(v, items, inner)},\n" for v in value)
            return "[\n" + body + indent + "]"
        if isinstance(value, dict):
            if not value:
                return "{}"
            names: dict[str, tuple[str, ir.TypeRef | None]] = {}
            if isinstance(t, ir.Named) and isinstance(self.schemas[t.name], ir.ObjectSchema):
                for f in self.symbols.fields[t.name]:
                    names[f.prop.name] = (f.name, f.prop.type)
            values = t.values if isinstance(t, ir.MapType) else None
            lines = []
            for key, v in value.items():
                name, sub = names.get(str(key), (None, values))
                shown = name if name is not None else string(str(key))
                lines.append(f"{inner}{shown}: {self.literal(v, sub, inner)},\n")
            return "{\n" + "".join(lines) + indent + "}"
        if isinstance(t, ir.Primitive) and t.format == "byte" and isinstance(value, str):
            return f'new Uint8Array(Buffer.from({string(value)}, "base64"))'
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return json.dumps(value)
        return string(str(value))

    def _variant_for(self, union: ir.UnionSchema, value: Any) -> ir.TypeRef | None:
        for variant in union.variants:
            inner = variant.inner if isinstance(variant, ir.Nullable) else variant
            if isinstance(value, list) and isinstance(inner, ir.ArrayType):
                return inner
            if isinstance(value, dict) and isinstance(inner, ir.Named):
                return inner
        return union.variants[0] if union.variants else None

    def call_arguments(self, op: ir.Operation, indent: str) -> str:
        inputs, body = self.symbols.inputs(op)
        example = body["example"] if body is not None else None
        lines = []
        for i in inputs:
            shown, value = documented_value(i.given, example, self.placeholder, self.schemas)
            if not shown:
                continue
            lines.append(f"{indent}  {i.name}: {self.literal(value, i.type, indent + '  ')},\n")
        if not inputs:
            return ""
        return "{\n" + "".join(lines) + indent + "}" if lines else "{}"

    def client_lines(self, op: ir.Operation | None) -> list[str]:
        arguments = []
        token = self.symbols.token()
        if token is not None:
            arguments.append(f'  {token["name"]}: process.env[{string(token["env"])}] ?? "",')
        for name in op.security[0] if op is not None and op.security else ():
            credential = next(
                (c for c in self.symbols.credentials if c["scheme"].name == name), None
            )
            if credential is None or credential["env"]:
                continue
            if credential["scheme"].kind == "http-basic":
                value = '{ username: "<username>", password: "<password>" }'
            else:
                value = string(f"<YOUR_{credential['name'].upper()}>")
            arguments.append(f"  {credential['name']}: {value},")
        if not arguments:
            return [f"const {self.symbols.variable} = new {self.symbols.client}();"]
        return [f"const {self.symbols.variable} = new {self.symbols.client}({{", *arguments, "});"]

    def accessor(self, op: ir.Operation, method: str) -> str:
        attrs = "".join(
            "." + self.symbols.namespaces[op.namespace[: i + 1]][2]
            for i in range(len(op.namespace))
        )
        return f"{self.symbols.variable}{attrs}.{method}"

    def usage_snippet(
        self, op: ir.Operation, method: str, options: str | None = None, raw: bool = False
    ) -> str:
        """A complete program calling ``op``; ``raw`` calls it through ``withRawResponse``."""
        success = self.symbols.success(op)
        kind = response_kind(success.content_type if success else None)
        lines = [f'import {{ {self.symbols.client} }} from "{self.package}";', ""]
        lines += self.client_lines(op)
        lines += ["", "async function run() {"]
        arguments = self.call_arguments(op, "  ")
        returns = kind != "none"
        if options is not None:
            inputs, _ = self.symbols.inputs(op)
            arguments = (arguments or "{}") + ", " + options if inputs else options
        accessor = self.accessor(op, method)
        if raw:
            accessor = accessor.removesuffix("." + method) + ".withRawResponse." + method
            lines.append(f"  const raw = await {accessor}({arguments});")
            lines += [
                "",
                '  console.log(raw.status, raw.headers.get("x-request-id"));',
                "  console.log(raw.parse());",
                "}",
                "",
                "run();",
            ]
            return "\n".join(lines) + "\n"
        call = f"{'const result = ' if returns else ''}await {accessor}({arguments});"
        lines.append("  " + call)
        if kind == "sse":
            lines += ["", "  for await (const event of result) {", "    console.log(event);", "  }"]
        elif op.pagination is not None:
            lines += [
                "",
                "  // Every item of every page; each page is fetched when the one before is used up",
                "  for await (const item of result) {",
                "    console.log(item);",
                "  }",
            ]
        elif returns:
            lines += ["", "  console.log(result);"]
        lines += ["}", "", "run();"]
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class _Raw:
    """An expression to place in a snippet as it is (our own text, never the spec's)."""

    text: str


def _typescript_file(t: ir.Primitive) -> Any:
    """File (or base64) content in a TypeScript example: bytes from a string."""
    if t.kind == "string" and t.format in ("byte", "binary"):
        return _Raw('new TextEncoder().encode("<file content>")')
    return None
