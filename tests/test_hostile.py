"""Hostile specs: every string is escaped for where it lands, so the generated package
compiles, imports without running anything from the spec, stays inside its folder, and its
docs tables keep their columns. One hand-written fixture with every trick at once, and a
property-based test (hypothesis) that puts arbitrary text everywhere a spec string reaches.
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from generator.pipeline import generate, generate_to

from .conftest import FIXTURES

HOSTILE = FIXTURES / "hostile" / "hostile.json"
pytestmark = pytest.mark.slow


def table_rows_keep_their_columns(markdown: str) -> None:
    """Every row of every table has as many unescaped pipes as its header."""
    in_fence = False
    expected: int | None = None
    for line in markdown.split("\n"):
        if line.startswith("```"):
            in_fence = not in_fence
        if in_fence or not line.startswith("|"):
            expected = None
            continue
        pipes = len(re.findall(r"(?<!\\)\|", line))
        if expected is None:
            expected = pipes
        assert pipes == expected, line


def fences_balance(markdown: str) -> None:
    fences = [line for line in markdown.split("\n") if line.startswith("```")]
    assert len(fences) % 2 == 0, fences


def import_everything(src: Path, package: str, marker: Path) -> subprocess.CompletedProcess[str]:
    """Import every module of the package, build its client and call each operation against
    a transport that answers 200 with the request echoed back."""
    code = f"""
import importlib, pkgutil, httpx, json
import {package} as pkg
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(info.name)
assert len(set(pkg.__all__)) == len(pkg.__all__), pkg.__all__
clients = [getattr(pkg, n) for n in pkg.__all__ if n[0].isupper() and not n.startswith("Async") and n not in ("UNSET", "Unset", "Nullable", "OptionalNullable")]
assert clients, pkg.__all__
print("imported", len(list(pkgutil.walk_packages(pkg.__path__))), "modules")
"""
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(src), "MARKER": str(marker)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_hostile_fixture_generates_safe_code_and_docs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    marker = tmp_path / "MARKER"
    generated = generate_to(HOSTILE, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "nothing written outside out/"
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve())
    package = generated.config.package_name
    result = import_everything(out / "src", package, marker)
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), "code from the spec ran at import"
    for page in out.rglob("*.md"):
        text = page.read_text()
        table_rows_keep_their_columns(text)
        fences_balance(text)
        assert "\x00" not in text and "\u202e" not in text
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", f"src/{package}"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_the_hostile_fixture_sdk_sends_its_strings_verbatim(tmp_path: Path) -> None:
    """Escaping is for the source, not the wire: the odd strings still reach the server."""
    out = tmp_path / "out"
    generated = generate_to(HOSTILE, out)
    package = generated.config.package_name
    spec = json.loads(HOSTILE.read_text())
    weird = spec["components"]["schemas"]["Hostile"]["properties"]["class"]["description"]
    code = f"""
import httpx, json, sys
import {package} as pkg
from {package} import models
seen = []
def answer(request):
    seen.append(request)
    return httpx.Response(200, json={{"class": "ok"}})
client = getattr(pkg, [n for n in pkg.__all__ if n[0].isupper() and n not in ("UNSET", "Unset", "Nullable", "OptionalNullable") and not n.startswith("Async")][0])
weird = json.loads(sys.argv[1])
with client(client=httpx.Client(transport=httpx.MockTransport(answer))) as sdk:
    ns = sdk
    own = lambda ns: [a for a in list(vars(type(ns))) if not a.startswith("_") and a not in ("close", "with_raw_response")]
    while not any(callable(getattr(ns, a)) for a in own(ns)):
        ns = next(getattr(ns, a) for a in own(ns))
    method = next(getattr(ns, a) for a in own(ns) if callable(getattr(ns, a)))
    result = method(id="a/b?c", class_=weird, server_url="http://api.test")
print(json.dumps({{"url": str(seen[0].url), "body": json.loads(seen[0].content), "result": result.class_}}))
"""
    ran = subprocess.run(
        [sys.executable, "-c", code, json.dumps(weird)],
        env={**os.environ, "PYTHONPATH": str(out / "src")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    sent = json.loads(ran.stdout)
    assert sent["url"] == "http://api.test/items/a%2Fb%3Fc"
    assert sent["body"] == {"class": weird}
    assert sent["result"] == "ok"


# -- property-based ---------------------------------------------------------------------------

NASTY = [
    '"""',
    "'''",
    "\\",
    "{{ x }}",
    "{% if %}",
    "\n",
    "\r\n",
    "|",
    "*/",
    "/*",
    "\x00",
    "\x1b[31m",
    "\u202e",
    "\u2028",
    "`",
    "```",
    "<!--",
    "-->",
    "#",
    "__import__('os')",
    "${x}",
    "é",
    "𝔘",
]
text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=6)), max_size=6).map("".join)
names = st.one_of(
    text,
    st.sampled_from(
        [
            "class",
            "def",
            "None",
            "self",
            "__init__",
            "1abc",
            "a/b",
            "..",
            "a\\b",
            "SDKError",
            "list",
            "models",
        ]
    ),
)


def hostile_spec(
    title: str,
    description: str,
    op_id: str,
    tag: str,
    schema_name: str,
    prop: str,
    enum_value: str,
    example: str,
    url: str,
) -> dict[str, Any]:
    base: dict[str, Any] = json.loads((FIXTURES / "hostile" / "template.json").read_text())
    spec = copy.deepcopy(base)
    spec["info"]["title"] = title or "t"
    spec["info"]["description"] = description
    spec["servers"][0]["url"] = "http://127.0.0.1:1/" + url
    op = spec["paths"]["/things"]["post"]
    op["operationId"], op["tags"], op["summary"], op["description"] = (
        op_id or "op",
        [tag or "tag"],
        description,
        description,
    )
    schema = spec["components"]["schemas"].pop("Thing")
    schema["description"] = description
    schema["properties"] = {
        prop
        or "p": {
            "type": "string",
            "description": description,
            "examples": [example],
            "default": example,
        },
        "kind": {"type": "string", "enum": sorted({enum_value, "fixed"})},
    }
    spec["components"]["schemas"][schema_name or "S"] = schema
    ref = {
        "$ref": "#/components/schemas/" + (schema_name or "S").replace("~", "~0").replace("/", "~1")
    }
    op["requestBody"]["content"]["application/json"]["schema"] = ref
    op["requestBody"]["content"]["application/json"]["example"] = {prop or "p": example}
    op["responses"]["200"]["content"]["application/json"]["schema"] = ref
    return spec


@settings(
    max_examples=25,
    phases=[
        Phase.explicit,
        Phase.reuse,
        Phase.generate,
    ],  # no shrinking: each example costs a generation
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    title=text,
    description=text,
    op_id=names,
    tag=names,
    schema_name=names,
    prop=names,
    enum_value=text,
    example=text,
    url=text,
)
@example(  # found by this test: a title that named its package after a stdlib module
    title="types",
    description="",
    op_id="a\\b",
    tag="",
    schema_name="\x18\xf0",
    prop="SDKError",
    enum_value="x.",
    example="(",
    url="",
)
@example(  # found by this test: a title that named the client Unset, as the package's type is
    title="unset",
    description="",
    op_id="__init__",
    tag="..",
    schema_name="x",
    prop="p",
    enum_value="e",
    example="",
    url="",
)
@example(  # found by this test: a title that names its package after a keyword
    title="{% if %}`",
    description="",
    op_id="x",
    tag="1abc",
    schema_name="1abc",
    prop="```",
    enum_value='"""\u202e',
    example="\x00",
    url="",
)
def test_arbitrary_strings_never_break_the_generated_code_or_docs(
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    description: str,
    op_id: str,
    tag: str,
    schema_name: str,
    prop: str,
    enum_value: str,
    example: str,
    url: str,
) -> None:
    work = tmp_path_factory.mktemp("prop")
    spec_path = work / "spec.json"
    spec_path.write_text(
        json.dumps(
            hostile_spec(
                title, description, op_id, tag, schema_name, prop, enum_value, example, url
            )
        )
    )
    try:
        generated = generate(spec_path)
    except Exception as exc:  # a clear spec error is an acceptable answer; a crash is not
        from generator.errors import SpecError

        assert isinstance(exc, SpecError), repr(exc)
        return
    for path, content in generated.files.items():
        assert not path.startswith(("/", "..")) and "/../" not in path and "\\" not in path
        if path.endswith(".py"):
            compile(content, path, "exec")
        if path.endswith(".md"):
            table_rows_keep_their_columns(content)
            fences_balance(content)
    out = work / "out"
    from generator.write import write_tree

    write_tree(out, generated.files)
    marker = work / "MARKER"
    result = import_everything(out / "src", generated.config.package_name, marker)
    assert result.returncode == 0, result.stderr
    assert not marker.exists()
