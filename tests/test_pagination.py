"""Pagination end to end on a spec written here: which operations page and how (detected,
declared by ``x-pagination``, declared in the config), the warnings when that cannot be
told, and how the generated SDKs walk the pages (Python sync and async over an
``httpx.MockTransport``, TypeScript over a fetch of its own). The real-spec walks are in
test_openai_calls.py (cursor) and test_github.py (Link header), against the mock server."""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import pytest
import yaml

from generator.errors import Diagnostics, SpecError
from generator.load import load
from generator.parse import build_api
from generator.pipeline import generate, generate_to

from .conftest import run_generator

SERVER = "http://pages.test"


def _list(items: str = "#/components/schemas/Item", **more: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"data": {"type": "array", "items": {"$ref": items}}, **more},
    }


def _get(op_id: str, params: list[str], answer: Any, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": op_id,
        "tags": ["Items"],
        "parameters": [
            {
                "name": name,
                "in": "query",
                "schema": {"type": "string" if name in ("after", "cursor") else "integer"},
            }
            for name in params
        ],
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": answer}},
                **({"headers": extra.pop("headers")} if "headers" in extra else {}),
            }
        },
    }
    op.update(extra)
    return {"get": op}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Pages", "version": "1.0.0"},
    "servers": [{"url": SERVER}],
    "paths": {
        "/cursor": _get(
            "listByCursor",
            ["after", "limit"],
            _list(has_more={"type": "boolean"}, last_id={"type": ["string", "null"]}),
        ),
        "/by-item": _get("listByItem", ["after"], _list(has_more={"type": "boolean"})),
        "/offset": _get("listByOffset", ["offset", "limit"], _list()),
        "/page": _get(
            "listByPage",
            ["page", "per_page"],
            {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
        ),
        "/link": _get(
            "listByLink",
            ["per_page", "page"],
            {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            headers={"Link": {"schema": {"type": "string"}}},
        ),
        "/declared": _get(
            "listDeclared",
            ["token"],
            {
                "type": "object",
                "properties": {
                    "result": {
                        "type": "object",
                        "properties": {
                            "entries": {
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Item"},
                            },
                            "nextToken": {"type": "string"},
                        },
                    }
                },
            },
            **{
                "x-pagination": {
                    "style": "cursor",
                    "items": "result.entries",
                    "param": "token",
                    "next": "result.nextToken",
                }
            },
        ),
        "/configured": _get("listConfigured", ["skip"], _list()),
        "/plain": _get("getPlain", [], {"$ref": "#/components/schemas/Item"}),
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "itemName": {"type": "string"}},
            }
        }
    },
}
CONFIG = {
    "package_name": "pages",
    "pagination": {"listConfigured": {"style": "offset", "items": "data", "param": "skip"}},
}


def write(
    tmp: Path, spec: dict[str, Any], config: dict[str, Any] | None = None
) -> tuple[Path, Path]:
    (tmp / "spec.json").write_text(json.dumps(spec))
    (tmp / "config.yaml").write_text(yaml.safe_dump(config or {"package_name": "pages"}))
    return tmp / "spec.json", tmp / "config.yaml"


def pages_of(
    spec: dict[str, Any], tmp: Path, config: dict[str, Any] | None = None
) -> tuple[dict[str, Any], list[Any]]:
    spec_path, config_path = write(tmp, spec, config)
    generated = generate(spec_path, config_path=config_path)
    found = {op.operation_id: op.pagination for op in generated.api.operations}
    return found, generated.diagnostics.warnings


# -- which operations page, and how ----------------------------------------------------------


def test_the_common_shapes_are_detected_and_declarations_are_read(tmp_path: Path) -> None:
    found, warnings = pages_of(SPEC, tmp_path, CONFIG)
    assert not warnings, warnings
    cursor = found["listByCursor"]
    assert (cursor.style, cursor.items, cursor.param, cursor.next, cursor.has_more) == (
        "cursor",
        ("data",),
        "after",
        ("last_id",),
        ("has_more",),
    )
    by_item = found["listByItem"]
    assert (by_item.style, by_item.next, by_item.next_from_item) == ("cursor", (), "id")
    offset = found["listByOffset"]
    assert (offset.style, offset.param, offset.limit) == ("offset", "offset", "limit")
    page = found["listByPage"]
    assert (page.style, page.items, page.param, page.limit) == ("page", (), "page", "per_page")
    link = found["listByLink"]
    assert (link.style, link.items, link.param) == ("link", (), None)
    declared = found["listDeclared"]
    assert (declared.items, declared.next, declared.source) == (
        ("result", "entries"),
        ("result", "nextToken"),
        "x-pagination",
    )
    assert found["listConfigured"].source == "config"
    assert found["listConfigured"].param == "skip"
    assert found["getPlain"] is None


def test_the_config_turns_detection_off_and_names_unknown_operations(tmp_path: Path) -> None:
    config = {"pagination": {"listByCursor": False, "listNothing": {"style": "link"}}}
    found, warnings = pages_of(SPEC, tmp_path, config)
    assert found["listByCursor"] is None
    (warning,) = warnings
    assert warning.kind == "invalid-pagination" and "'listNothing'" in warning.message


@pytest.mark.parametrize(
    "declaration, says",
    [
        (
            {"style": "cursor", "items": "data", "param": "page_token", "next": "last_id"},
            "param 'page_token' is not a query parameter",
        ),
        (
            {"style": "cursor", "items": "rows", "param": "after", "next": "last_id"},
            "rows is not a list",
        ),
        ({"style": "cursor", "items": "data", "param": "after"}, "needs next"),
        (
            {"style": "cursor", "items": "data", "param": "after", "next": "gone"},
            "'gone' is not a field",
        ),
        ({"style": "link", "items": "data", "param": "after"}, "takes no param"),
        ({"style": "sideways"}, "style must be one of"),
        ({"style": "cursor", "cursor": "after"}, "unknown key 'cursor'"),
        ("cursor", "expected a mapping"),
    ],
)
def test_a_declaration_that_does_not_fit_is_a_warning_and_no_pages(
    tmp_path: Path, declaration: Any, says: str
) -> None:
    spec = json.loads(json.dumps(SPEC))
    spec["paths"]["/cursor"]["get"]["x-pagination"] = declaration
    found, warnings = pages_of(spec, tmp_path)
    assert found["listByCursor"] is None
    (warning,) = warnings
    assert warning.kind == "invalid-pagination"
    assert warning.pointer == "/paths/~1cursor/get/x-pagination"
    assert says in warning.message, warning.message


def test_an_ambiguous_list_is_a_warning_fatal_under_strict(tmp_path: Path) -> None:
    """A cursor parameter and has_more, but nothing says the next cursor (no next field, no
    item id): the method returns the answer as it is, and says so."""
    spec = json.loads(json.dumps(SPEC))
    spec["components"]["schemas"]["Item"] = {
        "type": "object",
        "properties": {"name": {"type": "string"}},
    }
    found, warnings = pages_of(spec, tmp_path)
    assert found["listByItem"] is None
    (warning,) = [w for w in warnings if w.kind == "ambiguous-pagination"]
    assert warning.pointer == "/paths/~1by-item/get" and "listByItem" in warning.message
    spec_path, config_path = write(tmp_path, spec)
    with pytest.raises(SpecError, match="listByItem"):
        generate(spec_path, config_path=config_path, strict=True)


def test_a_wrong_style_in_the_config_is_a_config_error(tmp_path: Path) -> None:
    spec_path, config_path = write(
        tmp_path, SPEC, {"pagination": {"listByCursor": {"style": "pages"}}}
    )
    result = run_generator(
        "generate", str(spec_path), "--config", str(config_path), "--out", str(tmp_path / "out")
    )
    assert result.returncode != 0
    assert str(config_path) in result.stderr and "pagination" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_real_specs_page_as_their_official_sdks_do() -> None:
    """OpenAI's lists are cursor pages (its official SDK pages the same 62 operations by
    ``after``); GitHub's by Link header or page number."""
    from .test_github import GITHUB_SPEC
    from .test_openai_calls import OPENAI

    diagnostics = Diagnostics()
    openai = {
        op.operation_id: op.pagination for op in build_api(load(OPENAI), diagnostics).operations
    }
    assert openai["listFiles"] is not None and openai["listFiles"].next == ("last_id",)
    assert openai["listFineTuningEvents"].next_from_item == "id"
    assert openai["usage-costs"].param == "page" and openai["usage-costs"].next == ("next_page",)
    assert openai["listModels"] is None  # one list, no cursor: not paged
    assert openai["getResponse"] is None  # starting_after there resumes a stream
    assert sum(p is not None for p in openai.values()) == 62
    assert not [w for w in diagnostics.warnings if "pagination" in w.kind]
    github = {op.operation_id: op.pagination for op in build_api(load(GITHUB_SPEC)).operations}
    assert github["repos/list-for-org"].style == "link"
    assert github["issues/list-for-repo"].style == "link"
    assert github["repos/get"] is None


# -- the Python SDK walks the pages ----------------------------------------------------------


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("pages")
    spec_path, config_path = write(tmp, SPEC, CONFIG)
    generate_to(spec_path, tmp / "python", config_path=config_path)
    sys.path.insert(0, str(tmp / "python" / "src"))
    try:
        yield importlib.import_module("pages")
    finally:
        sys.path.remove(str(tmp / "python" / "src"))
        for name in [m for m in sys.modules if m == "pages" or m.startswith("pages.")]:
            del sys.modules[name]


Handler = Callable[[httpx.Request], httpx.Response]


def items(*ids: str) -> list[dict[str, str]]:
    return [{"id": i} for i in ids]


def server(answers: dict[str, Callable[[dict[str, str]], Any]], seen: list[str]) -> Handler:
    """Answers by path from the query; each request's URL is recorded."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url).removeprefix(SERVER))
        answer = answers[request.url.path](dict(request.url.params))
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, json=answer)

    return handle


ANSWERS: dict[str, Callable[[dict[str, str]], Any]] = {
    # three pages, then has_more false
    "/cursor": lambda q: {
        "data": items(*{None: ["a", "b"], "b": ["c", "d"], "d": ["e"]}[q.get("after")]),
        "has_more": q.get("after") != "d",
        "last_id": {None: "b", "b": "d", "d": "e"}[q.get("after")],
    },
    # the next cursor is the last item's id; an empty page ends the walk
    "/by-item": lambda q: {
        "data": items(*{None: ["a", "b"], "b": ["c"], "c": []}[q.get("after")]),
        "has_more": True,
    },
    # a page shorter than the limit is the last
    "/offset": lambda q: {
        "data": items(*["a", "b", "c", "d", "e"][int(q.get("offset", 0)) :][: int(q["limit"])])
    },
    "/page": lambda q: items(*{"1": ["a"], "2": ["b"], "3": []}[q.get("page", "1")]),
    "/link": lambda q: httpx.Response(
        200,
        json=items(f"p{q.get('page', '1')}"),
        headers=(
            {"Link": f'<{SERVER}/link?page={int(q.get("page", "1")) + 1}>; rel="next"'}
            if q.get("page", "1") != "3"
            else {}
        ),
    ),
    "/declared": lambda q: {
        "result": {
            "entries": items(q.get("token") or "first"),
            **({"nextToken": "t2"} if not q.get("token") else {}),
        }
    },
    "/configured": lambda q: {"data": items(*["a", "b", "c"][int(q.get("skip", 0)) :][:2])},
}
WALKS = [
    (
        "list_by_cursor",
        {"limit": 2},
        ["a", "b", "c", "d", "e"],
        ["/cursor?limit=2", "/cursor?after=b&limit=2", "/cursor?after=d&limit=2"],
    ),
    ("list_by_item", {}, ["a", "b", "c"], ["/by-item", "/by-item?after=b", "/by-item?after=c"]),
    (
        "list_by_offset",
        {"limit": 2},
        ["a", "b", "c", "d", "e"],
        ["/offset?limit=2", "/offset?offset=2&limit=2", "/offset?offset=4&limit=2"],
    ),
    ("list_by_page", {}, ["a", "b"], ["/page", "/page?page=2", "/page?page=3"]),
    (
        "list_by_link",
        {"per_page": 1},
        ["p1", "p2", "p3"],
        ["/link?per_page=1", "/link?page=2", "/link?page=3"],
    ),
    ("list_declared", {}, ["first", "t2"], ["/declared", "/declared?token=t2"]),
    (
        "list_configured",
        {},
        ["a", "b", "c"],
        ["/configured", "/configured?skip=2", "/configured?skip=3"],
    ),
]


@pytest.mark.parametrize("method, arguments, expected, asked", WALKS, ids=[w[0] for w in WALKS])
def test_python_iterates_every_item_of_every_page_sync_and_async(
    sdk: Any, method: str, arguments: dict[str, Any], expected: list[str], asked: list[str]
) -> None:
    seen: list[str] = []
    transport = httpx.MockTransport(server(ANSWERS, seen))
    with sdk.Pages(client=httpx.Client(transport=transport)) as client:
        first = getattr(client.items, method)(**arguments)
        assert isinstance(first, sdk.utils.SyncPage)
        assert [item.id for item in first] == expected
    assert seen == asked
    seen.clear()

    async def walk() -> list[str]:
        async with sdk.AsyncPages(client=httpx.AsyncClient(transport=transport)) as client:
            page = await getattr(client.items, method)(**arguments)
            return [item.id async for item in page]

    assert asyncio.run(walk()) == expected
    assert seen == asked


def test_python_pages_one_at_a_time(sdk: Any) -> None:
    seen: list[str] = []
    transport = httpx.MockTransport(server(ANSWERS, seen))
    with sdk.Pages(client=httpx.Client(transport=transport)) as client:
        first = client.items.list_by_cursor(limit=2)
        assert [i.id for i in first.items] == ["a", "b"] and first.has_next_page()
        assert first.answer.last_id == "b" and first.http_response.status_code == 200
        second = first.next_page()
        third = second.next_page()
        assert [i.id for i in third.items] == ["e"] and not third.has_next_page()
        assert third.next_page() is None
        assert [len(p.items) for p in first.iter_pages()] == [2, 2, 1]


def test_python_stops_when_the_cursor_repeats(sdk: Any) -> None:
    """A server that hands back the cursor it was given would loop forever; the walk ends."""
    seen: list[str] = []
    stuck = {"/cursor": lambda q: {"data": items("a"), "has_more": True, "last_id": "same"}}
    with sdk.Pages(client=httpx.Client(transport=httpx.MockTransport(server(stuck, seen)))) as c:
        assert [i.id for i in c.items.list_by_cursor()] == ["a", "a"]
    assert seen == ["/cursor", "/cursor?after=same"]


def test_python_refuses_a_link_to_another_server(sdk: Any) -> None:
    """The next page's link is followed with the client's credentials: only on its server."""
    elsewhere = {
        "/link": lambda q: httpx.Response(
            200,
            json=items("a"),
            headers={"Link": '<https://elsewhere.test/link?page=2>; rel="next"'},
        )
    }
    seen: list[str] = []
    with sdk.Pages(
        client=httpx.Client(transport=httpx.MockTransport(server(elsewhere, seen)))
    ) as c:
        with pytest.raises(sdk.models.ResponseValidationError, match="elsewhere.test"):
            c.items.list_by_link()
    assert seen == ["/link"]


# -- the TypeScript SDK walks the same pages -------------------------------------------------


def test_typescript_iterates_every_item_of_every_page(tmp_path: Path) -> None:
    from .test_typescript import NODE_MODULES, node, tsc

    spec_path, config_path = write(tmp_path, SPEC, CONFIG)
    out = tmp_path / "typescript"
    generate_to(spec_path, out, target="typescript", config_path=config_path)
    (out / "node_modules").symlink_to(NODE_MODULES)
    result = tsc("-p", "tsconfig.json", cwd=out)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    # The same answers as ANSWERS above, in JavaScript.
    script = f"""
import {{ Pages, Page, ResponseValidationError }} from {json.dumps((out / "dist" / "index.js").as_uri())};
const SERVER = {json.dumps(SERVER)};
const item = (...ids) => ids.map((id) => ({{ id }}));
const json = (body, headers = {{}}) => new Response(JSON.stringify(body), {{ headers: {{ "content-type": "application/json", ...headers }} }});
const answers = {{
  "/cursor": (q) => json({{ data: item(...({{ null: ["a", "b"], b: ["c", "d"], d: ["e"] }})[q.get("after")]), has_more: q.get("after") !== "d", last_id: ({{ null: "b", b: "d", d: "e" }})[q.get("after")] }}),
  "/offset": (q) => json({{ data: item(...["a", "b", "c", "d", "e"].slice(Number(q.get("offset") ?? 0)).slice(0, Number(q.get("limit")))) }}),
  "/link": (q) => json(item("p" + (q.get("page") ?? "1")), (q.get("page") ?? "1") === "3" ? {{}} : {{ link: `<${{SERVER}}/link?page=${{Number(q.get("page") ?? 1) + 1}}>; rel="next"` }}),
  "/declared": (q) => json({{ result: {{ entries: item(q.get("token") ?? "first"), ...(q.get("token") ? {{}} : {{ nextToken: "t2" }}) }} }}),
  "/elsewhere": () => null,
}};
const seen = [];
const fetch = async (request) => {{
  const url = new URL(request.url);
  seen.push(url.pathname + url.search);
  return answers[url.pathname](url.searchParams);
}};
const client = new Pages({{ fetch }});
const out = {{}};
for (const [name, call] of [
  ["cursor", () => client.items.listByCursor({{ limit: 2 }})],
  ["offset", () => client.items.listByOffset({{ limit: 2 }})],
  ["link", () => client.items.listByLink({{ perPage: 1 }})],
  ["declared", () => client.items.listDeclared()],
]) {{
  seen.length = 0;
  const first = await call();
  const ids = [];
  for await (const one of first) ids.push(one.id);
  out[name] = {{ ids, asked: [...seen], page: first instanceof Page }};
}}
const away = new Pages({{ fetch: async (request) => {{
  seen.push(request.url);
  return json(item("a"), {{ link: '<https://elsewhere.test/link?page=2>; rel="next"' }});
}} }});
try {{
  await away.items.listByLink();
  out.elsewhere = "followed";
}} catch (error) {{
  out.elsewhere = error instanceof ResponseValidationError && error.message.includes("elsewhere.test");
}}
console.log(JSON.stringify(out));
"""
    (tmp_path / "walk.mjs").write_text(script)
    ran = node(str(tmp_path / "walk.mjs"))
    assert ran.returncode == 0, ran.stderr[-3000:]
    out = json.loads(ran.stdout)
    assert out["cursor"] == {
        "ids": ["a", "b", "c", "d", "e"],
        "asked": ["/cursor?limit=2", "/cursor?after=b&limit=2", "/cursor?after=d&limit=2"],
        "page": True,
    }
    assert out["offset"]["ids"] == ["a", "b", "c", "d", "e"]
    assert out["offset"]["asked"] == [
        "/offset?limit=2",
        "/offset?offset=2&limit=2",
        "/offset?offset=4&limit=2",
    ]
    assert out["link"]["ids"] == ["p1", "p2", "p3"]
    assert out["link"]["asked"] == ["/link?per_page=1", "/link?page=2", "/link?page=3"]
    assert out["declared"]["ids"] == ["first", "t2"]
    assert out["elsewhere"] is True


def test_python_raw_view_of_a_list_gives_the_first_response_then_the_pages(sdk: Any) -> None:
    seen: list[str] = []
    transport = httpx.MockTransport(server(ANSWERS, seen))
    with sdk.Pages(client=httpx.Client(transport=transport)) as client:
        raw = client.items.with_raw_response.list_by_cursor(limit=2)
        assert isinstance(raw, sdk.utils.RawResponse) and raw.status_code == 200
        assert seen == ["/cursor?limit=2"]
        page = raw.parse()
        assert isinstance(page, sdk.utils.SyncPage)
        assert [item.id for item in page] == ["a", "b", "c", "d", "e"]
