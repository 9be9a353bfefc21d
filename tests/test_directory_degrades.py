"""Specs of the APIs.guru directory that were refused and now generate, with a warning where
the SDK guesses: a query string written into a path key (ClickSend's, icons8's, Medium's),
operations without an operationId whose made names meet (useapi.net's ``/jobs`` and
``/jobs/``), a schema that holds itself without being a component (Codat's report
components, Azure's network gateways), a discriminator mapping that names a schema in
another file (DigitalOcean's). The spec is written here; the SDK is generated, imported and
called over an httpx MockTransport."""

from __future__ import annotations

import importlib
import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from generator import ir
from generator.pipeline import generate, generate_to

SPEC = """\
openapi: 3.0.3
info: {title: Careless, version: "1"}
servers: [{url: "https://careless.example.test"}]
paths:
  /search/articles?query={query}:
    get:
      operationId: searchArticles
      parameters:
        - {name: query, in: query, required: true, schema: {type: string}}
      responses:
        "200": {description: found}
  /uploads?convert={convert}:
    post:
      operationId: upload
      responses:
        "204": {description: taken}
  /export?format=csv&since={since}:
    get:
      operationId: exportRows
      parameters:
        - {name: since, in: path, required: true, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
      responses:
        "200": {description: rows}
  /jobs:
    get:
      responses:
        "200": {description: jobs}
  /jobs/:
    get:
      responses:
        "200": {description: jobs again}
  /tasks:
    get:
      operationId: GetJobs
      responses:
        "200": {description: tasks}
  /feed:
    get:
      operationId: listFeed
      parameters:
        - {name: per_page, in: query, schema: {type: integer}}
        - {name: page, in: query, schema: {type: integer}}
        - {name: X-Client, in: header, schema: {type: string}}
      security: [{key: []}]
      responses:
        "200":
          description: a page of the feed
          headers:
            Link: {schema: {type: string}}
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /reports/{id}:
    get:
      operationId: getReport
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: a report
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Report'}
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: api_key}
  schemas:
    Report:
      type: object
      properties:
        title: {type: string}
        parts:
          type: array
          items: {$ref: '#/components/schemas/Report/definitions/part'}
        appendix: {$ref: '#/components/schemas/Report/definitions/part'}
      definitions:
        part:
          type: object
          properties:
            label: {type: string}
            parts:
              type: array
              items: {$ref: '#/components/schemas/Report/definitions/part'}
    Pet:
      oneOf:
        - {$ref: '#/components/schemas/Cat'}
        - {$ref: '#/components/schemas/Dog'}
      discriminator:
        propertyName: kind
        mapping:
          cat: 'models/pets.yml#/Cat'
    Cat:
      type: object
      required: [kind]
      properties: {kind: {type: string}, meows: {type: boolean}}
    Dog:
      type: object
      required: [kind]
      properties: {kind: {type: string}, barks: {type: boolean}}
"""

PART = ir.SchemaName(("part",))


@pytest.fixture(scope="module")
def careless(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Any]]:
    tmp = tmp_path_factory.mktemp("careless")
    spec = tmp / "careless.yaml"
    spec.write_text(SPEC)
    generate_to(spec, tmp / "python")
    sys.path.insert(0, str(tmp / "python" / "src"))
    try:
        yield spec, importlib.import_module("careless")
    finally:
        sys.path.remove(str(tmp / "python" / "src"))
        for name in [m for m in sys.modules if m == "careless" or m.startswith("careless.")]:
            del sys.modules[name]


def client(package: Any, seen: list[httpx.Request], answer: Any = None, **more: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if callable(answer):
            return answer(request)  # type: ignore[no-any-return]
        return httpx.Response(200, json=answer) if answer is not None else httpx.Response(204)

    return package.Careless(client=httpx.Client(transport=httpx.MockTransport(handler)), **more)


def test_every_guess_is_a_warning_of_its_kind(careless: tuple[Path, Any]) -> None:
    spec, _ = careless
    generated = generate(spec)
    assert generated.diagnostics.by_kind() == {
        "operation-name-taken": 2,
        "query-in-path": 3,
        "undeclared-path-parameter": 1,
        "unsupported-discriminator": 1,
    }
    pointers = {w.pointer for w in generated.diagnostics.warnings}
    assert "/components/schemas/Pet/discriminator/mapping/cat" in pointers
    assert "/paths/~1uploads?convert={convert}/post" in pointers
    strict = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--strict"]
        + ["--out", str(spec.parent / "strict")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert strict.returncode == 2 and not (spec.parent / "strict").exists()


def test_a_query_string_in_a_path_key_is_sent_once_as_written(
    careless: tuple[Path, Any],
) -> None:
    _, package = careless
    seen: list[httpx.Request] = []
    sdk = client(package, seen)
    sdk.search_articles(query="red fox&co")
    sdk.upload(convert="pdf")  # {convert} was not declared: a required string
    sdk.export_rows(since="2024-01-01", page=2)
    sdk.export_rows(since="a&b=c")
    assert [str(r.url) for r in seen] == [
        # The pair naming the declared query parameter is left to it: sent once.
        "https://careless.example.test/search/articles?query=red+fox%26co",
        "https://careless.example.test/uploads?convert=pdf",
        # Fixed pairs stay; the query parameters follow them.
        "https://careless.example.test/export?format=csv&since=2024-01-01&page=2",
        # A value in braces is encoded whole, as a path parameter is.
        "https://careless.example.test/export?format=csv&since=a%26b%3Dc",
    ]
    with pytest.raises(TypeError):
        sdk.upload()  # type: ignore[call-arg]


def test_a_next_page_link_keeps_its_query_beside_a_query_credential(
    careless: tuple[Path, Any],
) -> None:
    # httpx puts a request's params in place of its URL's query: the link's page number was
    # lost whenever a credential went in the query.
    _, package = careless

    def feed(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        link = f'<https://careless.example.test/feed?page={page + 1}&per_page=1>; rel="next"'
        return httpx.Response(200, json=[f"p{page}"], headers={"Link": link} if page < 3 else {})

    seen: list[httpx.Request] = []
    sdk = client(package, seen, feed, key="k&1")
    # At most five items: the old SDK asked for the first page again and again.
    feed = sdk.list_feed(per_page=1, x_client="c1")
    assert list(itertools.islice(feed, 5)) == ["p1", "p2", "p3"]
    assert [r.headers.get("X-Client") for r in seen] == ["c1", "c1", "c1"]  # headers stay
    assert [str(r.url).removeprefix("https://careless.example.test") for r in seen] == [
        "/feed?per_page=1&api_key=k%261",
        "/feed?page=2&per_page=1&api_key=k%261",
        "/feed?page=3&per_page=1&api_key=k%261",
    ]


def test_made_operation_names_are_numbered_clear_of_given_ones(
    careless: tuple[Path, Any],
) -> None:
    spec, package = careless
    ids = [op.operation_id for op in generate(spec).api.operations]
    assert ids[3:6] == ["GetJobs2", "GetJobs3", "GetJobs"]  # /jobs, /jobs/, then the given one
    seen: list[httpx.Request] = []
    sdk = client(package, seen)
    sdk.get_jobs_2()
    sdk.get_jobs_3()
    sdk.get_jobs()
    assert [r.url.path for r in seen] == ["/jobs", "/jobs/", "/tasks"]


def test_a_schema_holding_itself_outside_components_is_a_named_type(
    careless: tuple[Path, Any],
) -> None:
    spec, package = careless
    api = generate(spec).api
    part = api.schema(PART)
    assert isinstance(part, ir.ObjectSchema)
    assert part.pointer == "/components/schemas/Report/definitions/part"
    assert [p.type for p in part.properties] == [
        ir.Primitive("string"),
        ir.ArrayType(ir.Named(PART)),
    ]
    report = api.schema(ir.SchemaName(("Report",)))
    assert isinstance(report, ir.ObjectSchema)
    # Every reference shares the one type: no copy per place.
    assert [p.type for p in report.properties][1:] == [ir.ArrayType(ir.Named(PART)), ir.Named(PART)]
    answer = {"title": "Q3", "parts": [{"label": "a", "parts": [{"label": "a.1"}]}]}
    got = client(package, [], answer).get_report(id="q3")
    assert isinstance(got.parts[0].parts[0], package.models.Part)
    assert got.parts[0].parts[0].label == "a.1"


def test_a_mapping_into_another_file_leaves_the_members_tried_in_order(
    careless: tuple[Path, Any],
) -> None:
    spec, _ = careless
    pet = generate(spec).api.schema(ir.SchemaName(("Pet",)))
    assert isinstance(pet, ir.UnionSchema)
    assert pet.discriminator is None
    assert [str(v) for v in pet.variants] == [
        str(ir.Named(ir.SchemaName(("Cat",)))),
        str(ir.Named(ir.SchemaName(("Dog",)))),
    ]


def test_typescript_sends_the_same_and_builds_the_named_types(
    careless: tuple[Path, Any], tmp_path: Path
) -> None:
    from .test_typescript import NODE_MODULES, node, tsc

    spec, _ = careless
    out = tmp_path / "typescript"
    generate_to(spec, out, target="typescript")
    (out / "node_modules").symlink_to(NODE_MODULES)
    built = tsc("-p", "tsconfig.json", cwd=out)  # the recursive Part type included
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr
    script = f"""
import {{ Careless }} from {json.dumps((out / "dist" / "index.js").as_uri())};
const seen = [];
const clients = [];
const fetch = async (request) => {{
  const url = new URL(request.url);
  seen.push(url.pathname + url.search);
  if (url.pathname === "/feed") clients.push(request.headers.get("x-client"));
  const page = Number(url.searchParams.get("page") ?? "1");
  const headers = {{ "content-type": "application/json" }};
  if (url.pathname === "/feed" && page < 3) {{
    headers.link = `<https://careless.example.test/feed?page=${{page + 1}}&per_page=1>; rel="next"`;
  }}
  return new Response(url.pathname === "/feed" ? JSON.stringify([`p${{page}}`]) : null, {{
    status: url.pathname === "/feed" ? 200 : 204,
    headers,
  }});
}};
const client = new Careless({{ fetch, key: "k&1" }});
await client.searchArticles({{ query: "red fox&co" }});
await client.upload({{ convert: "pdf" }});
await client.exportRows({{ since: "a&b=c", page: 2 }});
const feed = [];
for await (const item of await client.listFeed({{ perPage: 1, xClient: "c1" }})) {{
  feed.push(item);
  if (feed.length === 5) break;
}}
console.log(JSON.stringify({{ seen, feed, clients }}));
"""
    (tmp_path / "calls.mjs").write_text(script)
    ran = node(str(tmp_path / "calls.mjs"))
    assert ran.returncode == 0, ran.stderr[-3000:]
    result = json.loads(ran.stdout)
    assert result["feed"] == ["p1", "p2", "p3"]
    assert result["clients"] == ["c1", "c1", "c1"]
    assert result["seen"] == [
        "/search/articles?query=red%20fox%26co",
        "/uploads?convert=pdf",
        "/export?format=csv&since=a%26b%3Dc&page=2",
        "/feed?per_page=1&api_key=k%261",
        "/feed?page=2&per_page=1&api_key=k%261",
        "/feed?page=3&per_page=1&api_key=k%261",
    ]


def _nested(depth: int) -> dict[str, Any]:
    word = "applicationGatewayBackendAddressPoolPropertiesFormat"
    schema: dict[str, Any] = {"type": "object", "properties": {"leaf": {"type": "string"}}}
    for level in range(depth):
        schema = {"type": "object", "properties": {f"{word}{level}": schema}}
    return schema


def test_a_type_named_longer_than_a_file_name_may_be_gets_a_shorter_file(
    tmp_path: Path,
) -> None:
    # Azure's network specs name inline schemas after their place, over 300 characters: the
    # writer failed with "File name too long" (an internal error).
    spec = tmp_path / "deep.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.0.3",
                "info": {"title": "Deep", "version": "1"},
                "paths": {},
                "components": {"schemas": {"Gateway": _nested(6), "Other": _nested(6)}},
            }
        )
    )
    for target in ("python", "typescript"):
        generate_to(spec, tmp_path / target, target=target)
    names = [p.name for p in (tmp_path / "python" / "src" / "deep" / "models").iterdir()]
    longest = max(names, key=len)
    assert 120 < len(longest.encode()) <= 123  # the stem's 120 bytes, and ".py"
    # The two schemas' innermost types start alike over 120 bytes and still differ.
    assert len({n for n in names if len(n) > 100}) == 10
    ts = [p.name for p in (tmp_path / "typescript" / "src" / "models").iterdir()]
    assert max(len(n.encode()) for n in ts) <= 123
    sys.path.insert(0, str(tmp_path / "python" / "src"))
    try:
        models = importlib.import_module("deep.models")
        innermost = max((n for n in models.__all__ if "TypedDict" not in n), key=len)
        assert len(innermost) > 255  # the class keeps its name; only its file is short
        model = getattr(models, innermost)
        assert model.model_validate({"leaf": "x"}).leaf == "x"
    finally:
        sys.path.remove(str(tmp_path / "python" / "src"))
        for name in [m for m in sys.modules if m == "deep" or m.startswith("deep.")]:
            del sys.modules[name]


NESTED = """\
openapi: 3.0.3
info: {title: Nest, version: "1"}
paths: {}
components:
  schemas:
    Doc:
      type: object
      properties:
        root: {$ref: '#/components/schemas/Doc/definitions/node'}
      definitions:
        node:
          type: object
          properties:
            tag: {$ref: '#/components/schemas/Doc/definitions/tag'}
            children: {type: array, items: {$ref: '#/components/schemas/Doc/definitions/node'}}
        tag:
          type: object
          properties:
            sub: {type: array, items: {$ref: '#/components/schemas/Doc/definitions/tag'}}
"""


def test_a_self_holding_schema_inside_another_is_named_once_both_are_known(
    tmp_path: Path,
) -> None:
    # Converting node meets tag, which holds itself (named), then node itself: that first
    # attempt is dropped, and tag's name with it, or node's second pass referred to a tag
    # type that no longer existed (an internal error).
    spec = tmp_path / "nest.yaml"
    spec.write_text(NESTED)
    api = generate(spec).api
    node = api.schema(ir.SchemaName(("node",)))
    tag = api.schema(ir.SchemaName(("tag",)))
    assert isinstance(node, ir.ObjectSchema) and isinstance(tag, ir.ObjectSchema)
    assert [p.type for p in node.properties] == [
        ir.Named(ir.SchemaName(("tag",))),
        ir.ArrayType(ir.Named(ir.SchemaName(("node",)))),
    ]
    assert [p.type for p in tag.properties] == [ir.ArrayType(ir.Named(ir.SchemaName(("tag",))))]
    assert sorted(".".join(s.name.parts) for s in api.schemas) == ["Doc", "node", "tag"]


def _nested_self_holding(depth: int) -> str:
    """``depth`` definitions, each holding a list of itself and the next one."""
    lines = [
        NESTED.split("components:")[0] + "components:",
        "  schemas:",
        "    Doc:",
        "      type: object",
        "      properties:",
        "        root: {$ref: '#/components/schemas/Doc/definitions/n0'}",
        "      definitions:",
    ]
    for i in range(depth):
        lines += [f"        n{i}:", "          type: object", "          properties:"]
        if i + 1 < depth:
            lines.append(
                f"            next: {{$ref: '#/components/schemas/Doc/definitions/n{i + 1}'}}"
            )
        lines.append(
            f"            again: {{type: array, items: {{$ref: '#/components/schemas/Doc/definitions/n{i}'}}}}"
        )
    return "\n".join(lines) + "\n"


def test_nested_self_holding_schemas_are_not_converted_exponentially_often(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each level's first pass found the inner ones again by failing (2^depth conversions:
    # depth 25 would run for the better part of an hour); a found one is now named at once.
    from generator.parse.schemas import SchemaParser

    depth = 16
    converted: dict[str, int] = {}
    original = SchemaParser.object_type

    def counting(self: SchemaParser, schema: Any, pointer: str, *rest: Any) -> Any:
        converted[pointer] = converted.get(pointer, 0) + 1
        return original(self, schema, pointer, *rest)

    monkeypatch.setattr(SchemaParser, "object_type", counting)
    spec = tmp_path / "deep.yaml"
    spec.write_text(_nested_self_holding(depth))
    api = generate(spec).api
    assert sorted(".".join(s.name.parts) for s in api.schemas) == sorted(
        ["Doc", *(f"n{i}" for i in range(depth))]
    )
    inner = api.schema(ir.SchemaName((f"n{depth - 2}",)))
    assert isinstance(inner, ir.ObjectSchema)
    assert [p.type for p in inner.properties] == [
        ir.Named(ir.SchemaName((f"n{depth - 1}",))),
        ir.ArrayType(ir.Named(ir.SchemaName((f"n{depth - 2}",)))),
    ]
    assert max(converted.values()) <= depth + 2, converted
