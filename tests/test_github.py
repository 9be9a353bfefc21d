"""GitHub's whole REST API, end to end: @octokit/openapi's description (pinned in
tests/node/package.json, installed by make test) generates with no operation dropped, the
package passes mypy --strict, and a handful of operations run against the mock server started
on the same description. Slow (a few minutes): it generates about 15,000 files.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.pipeline import Written, generate_to
from generator.write import read_tree

from .conftest import ROOT
from .servers import MockServer

GITHUB_SPEC = ROOT / "tests/node/node_modules/@octokit/openapi/generated/api.github.com.json"
GITHUB_CONFIG = ROOT / "tests/github/config.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# What the GitHub description is known to need approximated; anything new fails the test.
# ambiguous-pagination: two lists answer a oneOf of two lists (stargazers with or without
# timestamps), which a page cannot take its items from without a declaration.
# example-mismatch: 20 examples their own schemas reject (``"\"git\""`` for an enum of
# ``git``, a string for a list, a body with keys its schema does not have).
# unsupported-discriminator: repos/get-content maps "array" to a list member, which no
# property can select; the members are tried in order.
EXPECTED_WARNING_KINDS = {
    "required-undefined",
    "ambiguous-pagination",
    "example-mismatch",
    "unsupported-discriminator",
}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def github(tmp_path_factory: pytest.TempPathFactory) -> tuple[Written, Path]:
    if not GITHUB_SPEC.is_file():
        raise RuntimeError("run make test: it installs @octokit/openapi with npm ci in tests/node")
    out = tmp_path_factory.mktemp("github") / "python"
    return generate_to(GITHUB_SPEC, out, config_path=GITHUB_CONFIG), out


@pytest.fixture(scope="module")
def github_mock() -> Iterator[MockServer]:
    server = MockServer(GITHUB_SPEC)
    yield server
    server.stop()


def spec_sends(spec: dict[str, Any]) -> tuple[list[Any], list[list[Any]]]:
    """The spec's operations, and what each sends: method, path and request media type, once
    per media type its request body offers (markdown/render-raw takes text/plain and
    text/x-markdown: two methods)."""
    operations = [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]
    assert len(operations) > 1000
    sends = sorted(
        [method.upper(), path, content_type]
        for path, method, op in operations
        for content_type in (op.get("requestBody", {}).get("content") or {None: None})
    )
    return operations, sends


def run(out: Path, code: str) -> Any:
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(out / "src"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_no_operation_is_dropped(github: tuple[Written, Path]) -> None:
    generated, out = github
    spec = json.loads(GITHUB_SPEC.read_text())
    operations, expected_sends = spec_sends(spec)
    found = run(
        out,
        """
import inspect, json
import github
from github._runtime import OperationSpec

def walk(namespace, seen):
    for name, member in inspect.getmembers(type(namespace)):
        if isinstance(member, property) or name.startswith("_"):
            continue
        if hasattr(member, "__wrapped__") or type(member).__name__ == "cached_property":
            walk(getattr(namespace, name), seen)
        elif inspect.isfunction(member) and name not in ("close",):
            seen.append(name)
    return seen

client = github.GitHub()
methods = walk(client, [])
ids = []
import importlib, pkgutil
for info in pkgutil.iter_modules(github.__path__):
    module = importlib.import_module("github." + info.name)
    ids += [
        (v.operation_id, [v.method, v.path, v.request_content_type])
        for v in vars(module).values()
        if isinstance(v, OperationSpec)
    ]
print(json.dumps({"methods": len(methods), "ids": sorted(ids)}))
""",
    )
    assert sorted(send for _, send in found["ids"]) == expected_sends
    found_ids = {operation_id for operation_id, _ in found["ids"]}
    assert {op["operationId"] for _, _, op in operations} <= found_ids
    assert found["methods"] == len(expected_sends), "every operation is a method of the client"
    kinds = generated.diagnostics.by_kind()
    print("warnings by kind:", kinds)
    assert set(kinds) <= EXPECTED_WARNING_KINDS, kinds


def test_generated_github_sdk_passes_mypy_strict(github: tuple[Written, Path]) -> None:
    _, out = github
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "src/github"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-5000:]


def call_github(out: Path, mock: MockServer, code: str) -> Any:
    prelude = f"""
import json
import github
from github import models
client = github.GitHub(server_url={mock.url!r})
"""
    return run(out, prelude + code)


def test_path_parameters_and_a_typed_response(
    github: tuple[Written, Path], github_mock: MockServer
) -> None:
    _, out = github
    github_mock.reset()
    result = call_github(
        out,
        github_mock,
        'repo = client.repos.get(owner="octo cat", repo="hello/world")\n'
        'print(json.dumps({"type": type(repo).__name__, "id": repo.id}))',
    )
    assert result["type"] == "FullRepository"
    (request,) = github_mock.requests()
    assert (request["method"], request["path"], request["status"]) == (
        "GET",
        "/repos/octo%20cat/hello%2Fworld",
        200,
    )


def test_a_query_array_is_exploded(github: tuple[Written, Path], github_mock: MockServer) -> None:
    _, out = github
    github_mock.reset()
    call_github(
        out,
        github_mock,
        'items = client.migrations.list_for_org(org="acme", exclude=["repositories"], per_page=5)\n'
        'print(json.dumps({"n": len(items.items)}))',
    )
    (request,) = github_mock.requests()
    assert request["status"] == 200
    assert ["exclude", "repositories"] in request["query"] and ["per_page", "5"] in request["query"]


def script_link_pages(mock: MockServer, pages: list[int], last: int = 3) -> None:
    """``repos/list-for-org`` answers the given pages in turn, each but the last with a
    ``Link`` header whose ``next`` is the page after it (and a ``last``, as GitHub sends)."""
    steps = []
    for page in pages:
        link = f'<{mock.url}/orgs/acme/repos?per_page=1&page={last}>; rel="last"'
        if page < last:
            link = f'<{mock.url}/orgs/acme/repos?per_page=1&page={page + 1}>; rel="next", ' + link
        steps.append({"headers": {"Link": link}})
    mock.script("repos/list-for-org", *steps)


LINK_WALK = {
    "sync": """
page = client.repos.list_for_org(org="acme", per_page=1)
sizes = [len(p.items) for p in page.iter_pages()]
items = [repo.id for repo in page]
""",
    "async": """
import asyncio
async def walk():
    async with github.AsyncGitHub(server_url=client_url) as c:
        page = await c.repos.list_for_org(org="acme", per_page=1)
        sizes = [len(p.items) async for p in page.iter_pages()]
        items = [repo.id async for repo in page]
        return page, sizes, items
page, sizes, items = asyncio.run(walk())
""",
}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_link_header_pages_are_walked(
    github: tuple[Written, Path], github_mock: MockServer, kind: str
) -> None:
    """GitHub's lists page by their ``Link`` header: the pages of a three-page listing are
    walked in order, and iterating over the first page yields every item of all three
    (asking for pages 2 and 3 again), sync and async."""
    _, out = github
    github_mock.reset()
    script_link_pages(github_mock, [1, 2, 3, 2, 3])
    result = call_github(
        out,
        github_mock,
        f"client_url = {github_mock.url!r}\n"
        + LINK_WALK[kind]
        + 'print(json.dumps({"sizes": sizes, "items": len(items), "type": type(page).__name__}))',
    )
    assert result["type"] == ("SyncPage" if kind == "sync" else "AsyncPage")
    assert len(result["sizes"]) == 3 and all(n > 0 for n in result["sizes"])
    assert result["items"] == sum(result["sizes"])
    asked = [dict(map(tuple, r["query"])) for r in github_mock.requests()]
    assert [q.get("page") for q in asked] == [None, "2", "3", "2", "3"]
    assert all(q.get("per_page") == "1" for q in asked)
    assert all(r["status"] == 200 for r in github_mock.requests())


def test_a_binary_body_is_sent_as_octet_stream(
    github: tuple[Written, Path], github_mock: MockServer
) -> None:
    _, out = github
    github_mock.reset()
    call_github(
        out,
        github_mock,
        'asset = client.repos.upload_release_asset(owner="o", repo="r", release_id=1, name="a.bin",'
        ' request=b"\\x00\\x01binary", server_url=' + repr(github_mock.url) + ")\n"
        'print(json.dumps({"name": asset.name}))',
    )
    (request,) = github_mock.requests()
    assert request["status"] == 201
    assert request["headers"]["content-type"] == "application/octet-stream"
    assert request["body"] == "\x00\x01binary"
    assert ["name", "a.bin"] in request["query"]


def test_an_error_response_raises_sdk_error(
    github: tuple[Written, Path], github_mock: MockServer
) -> None:
    _, out = github
    github_mock.reset()
    github_mock.script(
        "repos/get", {"status": 404, "json": {"message": "Not Found", "documentation_url": "x"}}
    )
    result = call_github(
        out,
        github_mock,
        "try:\n"
        '    client.repos.get(owner="o", repo="missing")\n'
        "except models.SDKError as e:\n"
        '    print(json.dumps({"status": e.status_code, "body": json.loads(e.body)}))',
    )
    assert result == {"status": 404, "body": {"message": "Not Found", "documentation_url": "x"}}


def test_the_typescript_target_generates_github_with_every_operation_and_passes_tsc(
    tmp_path: Path, github_mock: MockServer
) -> None:
    """The second target on the large spec: every operation becomes an OperationSpec of a
    method, `tsc --strict` passes on the ~15k-file package, and the four calls above run
    against the mock server from the built TypeScript SDK too."""
    from .test_typescript import NODE_MODULES, node, tsc

    out = tmp_path / "typescript"
    generate_to(GITHUB_SPEC, out, target="typescript", config_path=GITHUB_CONFIG)
    operations, expected_sends = spec_sends(json.loads(GITHUB_SPEC.read_text()))
    sources = [p.read_text() for p in (out / "src").glob("*.ts")]
    specs = [
        {
            key: json.loads(value)
            for key, value in (
                line.strip().rstrip(",").split(": ", 1) for line in m.group(1).splitlines()
            )
        }
        for text in sources
        for m in re.finditer(
            r'^  (operationId: "[^"]+",\n  method: "\w+",\n  path: "[^"]+",\n'
            r"(?:  servers: .*\n)?(?:  requestContentType: .*\n)?)",
            text,
            flags=re.MULTILINE,
        )
    ]
    found = sorted([s["method"], s["path"], s.get("requestContentType")] for s in specs)
    assert found == expected_sends
    assert {op["operationId"] for _, _, op in operations} <= {s["operationId"] for s in specs}
    methods = sum(len(re.findall(r"^  async \w+\(", text, flags=re.MULTILINE)) for text in sources)
    assert methods == len(expected_sends)
    (out / "node_modules").symlink_to(NODE_MODULES)
    result = tsc("-p", "tsconfig.json", cwd=out)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr
    github_mock.reset()
    github_mock.script(
        "repos/get", {"status": 404, "json": {"message": "Not Found", "documentation_url": "x"}}
    )
    script = f"""
const {{ GitHub, errors }} = await import({json.dumps(str(out / "dist" / "index.js"))});
const client = new GitHub({{ serverURL: {json.dumps(github_mock.url)} }});
const found = {{}};
try {{
  await client.repos.get({{ owner: "o", repo: "missing" }});
}} catch (e) {{
  found.error = {{ status: e.statusCode, typed: e instanceof errors.TypedSDKError, message: e.data?.message }};
}}
const repo = await client.repos.get({{ owner: "octo cat", repo: "hello/world" }});
found.repo = typeof repo.id;
const items = await client.migrations.listForOrg({{ org: "acme", exclude: ["repositories"], perPage: 5 }});
found.items = Array.isArray(items.items);
const asset = await client.repos.uploadReleaseAsset({{
  owner: "o", repo: "r", releaseId: 1, name: "a.bin", body: new TextEncoder().encode("binary"),
}});
found.asset = typeof asset.name;
console.log(JSON.stringify(found));
"""
    ran = node("--input-type=module", "-e", script)
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout.strip().splitlines()[-1]) == {
        "error": {"status": 404, "typed": True, "message": "Not Found"},
        "repo": "number",
        "items": True,
        "asset": "string",
    }
    missing, got, listed, uploaded = github_mock.requests()
    assert missing["status"] == 404
    assert (got["path"], got["status"]) == ("/repos/octo%20cat/hello%2Fworld", 200)
    assert ["exclude", "repositories"] in listed["query"] and ["per_page", "5"] in listed["query"]
    assert uploaded["status"] == 201 and uploaded["body"] == "binary"
    assert uploaded["headers"]["content-type"] == "application/octet-stream"

    # Link-header pages, as in Python: three pages walked, then every item by for await.
    github_mock.reset()
    script_link_pages(github_mock, [1, 2, 3, 2, 3])
    walk = f"""
const {{ GitHub, Page }} = await import({json.dumps(str(out / "dist" / "index.js"))});
const client = new GitHub({{ serverURL: {json.dumps(github_mock.url)} }});
const page = await client.repos.listForOrg({{ org: "acme", perPage: 1 }});
const sizes = [];
for await (const p of page.iterPages()) sizes.push(p.items.length);
let items = 0;
for await (const repo of page) items += typeof repo.id === "number" ? 1 : 0;
console.log(JSON.stringify({{ sizes, items, page: page instanceof Page }}));
"""
    ran = node("--input-type=module", "-e", walk)
    assert ran.returncode == 0, ran.stderr
    walked = json.loads(ran.stdout.strip().splitlines()[-1])
    assert walked["page"] is True
    assert len(walked["sizes"]) == 3 and all(n > 0 for n in walked["sizes"])
    assert walked["items"] == sum(walked["sizes"])
    asked = [dict(map(tuple, r["query"])).get("page") for r in github_mock.requests()]
    assert asked == [None, "2", "3", "2", "3"]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupt_while_files_stream_leaves_the_old_output_and_no_process(
    tmp_path: Path, sig: int
) -> None:
    """Caught while thousands of files are being written (the staging folder filling, the
    writer thread and the syntax checker busy): the earlier output stays byte for byte, the
    staging folder goes, and so does the checker process."""
    out = tmp_path / "out"
    generate_to(ROOT / "tests/fixtures/features/features.yaml", out)
    before = read_tree(out)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", str(GITHUB_SPEC)]
        + ["--config", str(GITHUB_CONFIG), "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SDKGEN_CACHE_DIR": ""},
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        staging = list(tmp_path.glob(".out.new-*"))
        if staging and len(list(staging[0].glob("src/github/models/*.py"))) > 100:
            break
        time.sleep(0.02)
    else:
        raise AssertionError("the generation ended or never began streaming")
    checker = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + sig, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert checker, "the syntax checker runs while the files stream"
    for pid in checker:
        assert not Path(f"/proc/{pid}").exists(), "the syntax checker outlived the run"
