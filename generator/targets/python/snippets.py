"""Usage snippets: the complete, runnable programs the docs and README show for an operation."""

from __future__ import annotations

import datetime
from typing import Any

from ... import ir
from ...parse.examples import misfit
from ..shared import placeholder
from ..operation import documented_value
from . import literals
from .symbols import PythonPart, Symbols, _Body, _Input

# After ``res = client.x.list(...)`` of a paginated operation: iterate over every item.
PAGE_LOOP = (
    "\n{indent}# Every item of every page; each page is fetched when the one before is used up\n"
    "{indent}for item in res:\n"
    "{indent}    print(item)\n"
)


class Snippets(PythonPart):
    """Example calls, clients and placeholder values, in Python."""

    def __init__(self, symbols: Symbols) -> None:
        super().__init__(symbols)

    def call_arguments(self, params: list[_Input], body: _Body | None, indent: str) -> str:
        """The keyword arguments of a documented call: the body example's values, then
        parameter examples, then placeholders for anything required and still missing."""
        example = body.example if body is not None else None
        arguments = []
        for p in params:
            shown, value = documented_value(p.given, example, self._placeholder, self.schemas)
            if not shown:
                continue
            value = self.python_keys(value, p.inner)
            arguments.append(f"{indent}{p.name}={literals.exploded(value, indent)},\n")
        return "".join(arguments)

    def call_expression(
        self, op: ir.Operation, method: str, indent: str, is_async: bool = False
    ) -> str:
        """``res = friendli.container.image.generate(...)`` at ``indent``, with a trailing newline."""
        params, body = self.symbols.operation_inputs(op)
        attrs = "".join(
            "." + self.symbols.namespace_names[op.namespace[: i + 1]][2]
            for i in range(len(op.namespace))
        )
        success = self.symbols.success_response(op)
        returns = success is not None and (
            success.type is not None or self.symbols.response_kind(success.content_type) == "sse"
        )
        arguments = self.call_arguments(params, body, indent + "    ")
        call = f"{indent}{'res = ' if returns else ''}{'await ' if is_async else ''}{self.config.client_variable}{attrs}.{method}("
        return call + ("\n" + arguments + indent + ")\n" if arguments else ")\n")

    def client_open(self, is_async: bool = False, op: ir.Operation | None = None) -> list[str]:
        """The ``with Client(...) as client:`` lines (imports separate), at the left margin:
        the token from its environment variable, and placeholders for any other credential
        the first security alternative of ``op`` needs."""
        client = self.config.async_client if is_async else self.config.sync_client
        keyword = "async with" if is_async else "with"
        arguments = []
        token = self.symbols.token_param()
        if token and self.config.token_env:
            arguments.append(f'{token}=os.getenv({literals.string(self.config.token_env)}, ""),')
        for name in op.security[0] if op is not None and op.security else ():
            credential = next((c for c in self.symbols.credentials if c.scheme.name == name), None)
            if credential is None or credential.env:
                continue
            if credential.scheme.kind == "http-basic":
                value = '("<username>", "<password>")'
            else:
                value = literals.string(f"<YOUR_{credential.param.upper()}>")
            arguments.append(f"{credential.param}={value},")
        if not arguments:
            return [f"{keyword} {client}() as {self.config.client_variable}:"]
        return [
            f"{keyword} {client}(",
            *("    " + argument for argument in arguments),
            f") as {self.config.client_variable}:",
        ]

    def stdlib_imports(self, code: str, first: tuple[str, ...] = ()) -> list[str]:
        """A snippet's standard-library imports, a blank line after: ``first`` (``import
        asyncio``), ``import os`` for the token's variable, the datetime names ``code``
        calls."""
        env = ["import os"] if self.symbols.token_param() and self.config.token_env else []
        lines = [*first, *env, *literals.datetime_import(code)]
        return lines + [""] if lines else []

    def usage_snippet(self, op: ir.Operation, method: str) -> str:
        call = self.call_expression(op, method, "    ")
        lines = self.stdlib_imports(call)
        lines += [f"from {self.package} import {self.config.sync_client}", ""]
        lines += self.client_open(op=op)
        text = "\n".join(lines) + "\n" + call
        success = self.symbols.success_response(op)
        if success is not None and self.symbols.response_kind(success.content_type) == "sse":
            text += (
                "\n    with res as event_stream:\n"
                "        for event in event_stream:\n"
                "            # handle event\n"
                "            print(event, flush=True)\n"
            )
        elif op.pagination is not None:
            text += PAGE_LOOP.format(indent="    ")
        elif success is not None and success.type is not None:
            text += "\n    # Handle response\n    print(res)\n"
        return text

    def pagination_snippets(self, op: ir.Operation, method: str) -> tuple[str, str]:
        """The README's pagination programs, sync and async, for a paginated operation."""
        call = self.call_expression(op, method, "    ")
        imports = self.stdlib_imports(call)
        sync = "\n".join(imports + [f"from {self.package} import {self.config.sync_client}", ""])
        sync += "\n" + "\n".join(self.client_open(op=op)) + "\n"
        sync += call + PAGE_LOOP.format(indent="    ")
        sync += (
            "\n    # Or page by page, each with its HTTP answer\n"
            "    for page in res.iter_pages():\n"
            "        print(len(page.items), page.http_response.status_code)\n"
        )
        lines = [
            *self.stdlib_imports(call, ("import asyncio",)),
            f"from {self.package} import {self.config.async_client}",
        ]
        text = "\n".join(lines) + "\n\n\nasync def main() -> None:\n"
        text += "\n".join("    " + line for line in self.client_open(is_async=True, op=op)) + "\n"
        text += self.call_expression(op, method, "        ", is_async=True)
        text += (
            "\n        # Every item of every page (async for), fetched as needed\n"
            "        async for item in res:\n"
            "            print(item)\n"
            "\n\nasyncio.run(main())\n"
        )
        return sync, text

    def python_keys(self, value: Any, t: ir.TypeRef) -> Any:
        """``value`` as the Python SDK's types have it: each dict that stands for a model
        keyed by the model's Python field names (its TypedDict's: ``{"business_details":
        ...}``, not the API's ``businessDetails``), a date or an instant as a ``date`` or a
        ``datetime``: the SDK takes the API's forms too, but a type checker refuses them."""
        while isinstance(t, ir.Nullable):
            t = t.inner
        if isinstance(t, ir.Primitive) and isinstance(value, str):
            return _dated(value, t.format)
        if isinstance(t, ir.ArrayType) and isinstance(value, list):
            return [self.python_keys(item, t.items) for item in value]
        if isinstance(t, ir.MapType) and isinstance(value, dict):
            return {key: self.python_keys(item, t.values) for key, item in value.items()}
        schema = self.schemas.get(t.name) if isinstance(t, ir.Named) else None
        if isinstance(schema, ir.UnionSchema):
            member = next(
                (v for v in schema.variants if misfit(value, v, self.schemas) is None), None
            )
            return value if member is None else self.python_keys(value, member)
        if isinstance(schema, ir.ObjectSchema) and isinstance(value, dict):
            declared = {p.name: p for p in schema.properties}
            return {
                (self.symbols.field_name(schema.name, key) if key in declared else key): (
                    self.python_keys(item, declared[key].type) if key in declared else item
                )
                for key, item in value.items()
            }
        return value

    def _placeholder(self, t: ir.TypeRef) -> Any:
        return placeholder(self.schemas, t, _python_file)


def _python_file(t: ir.Primitive) -> Any:
    """File content in a Python example: bytes."""
    return b"<file content>" if t.kind == "string" and t.format == "binary" else None


def _dated(text: str, format: str | None) -> Any:
    """An ISO date or date-time string as the ``date`` or ``datetime`` it writes (an instant
    at midnight passes for a day, as the SDK takes it); any other string as it is."""
    if format not in ("date", "date-time"):
        return text
    try:
        instant = datetime.datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    except ValueError:
        return text
    if format == "date-time":
        return instant
    return instant.date() if instant.time() == datetime.time() else text
