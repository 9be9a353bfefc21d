"""The TypeScript SDK: type-checked with `tsc --strict`, built, run with `node --test`
against the same mock server the Python tests use, sending the same requests as the Python
SDK (the wire goldens), and its docs' snippets compiled and run."""

from __future__ import annotations

import json
import tempfile
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate_to

from .conftest import COMMITTED_TS, CONFIG, FIXTURES, LIVE_CONFIG, LIVE_SPEC, ROOT, SPEC
from .servers import MockServer
from .test_hostile import fences_balance, table_rows_keep_their_columns
from .test_wire_goldens import CASES, GOLDEN_DIR, VOLATILE


def _vehicle() -> Path:
    """The Friendli TypeScript SDK from the frozen spec (see conftest), once per session."""
    out = Path(tempfile.mkdtemp(prefix="sdkgen-friendli-ts-")) / "typescript"
    generate_to(SPEC, out, target="typescript", config_path=CONFIG)
    return out


GENERATED_TS = _vehicle()
NODE_MODULES = ROOT / "tests" / "node" / "node_modules"
TSC = NODE_MODULES / "typescript" / "bin" / "tsc"
SUITE = ROOT / "tests" / "typescript"

pytestmark = pytest.mark.skipif(
    not TSC.is_file(), reason="TypeScript is not installed: run make test (it runs npm ci)"
)


def tsc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["node", str(TSC), *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def build(source: Path, dest: Path) -> Path:
    """Copy a generated TypeScript package, compile it, and return its entry point."""
    shutil.copytree(source, dest)
    (dest / "node_modules").symlink_to(NODE_MODULES)
    result = tsc("-p", "tsconfig.json", cwd=dest)
    assert result.returncode == 0, result.stdout + result.stderr
    return dest / "dist" / "index.js"


@pytest.fixture(scope="module")
def entry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(GENERATED_TS, tmp_path_factory.mktemp("ts") / "friendli")


def node(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["node", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
        cwd=ROOT,
    )


def test_the_generated_package_passes_tsc_strict() -> None:
    config = json.loads((GENERATED_TS / "tsconfig.json").read_text())
    assert config["compilerOptions"]["strict"] is True
    result = tsc(
        "-p",
        str(GENERATED_TS / "tsconfig.json"),
        "--noEmit",
        "--typeRoots",
        str(NODE_MODULES / "@types"),
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_package_has_no_runtime_dependencies_and_ships_types(entry: Path) -> None:
    package = json.loads((GENERATED_TS / "package.json").read_text())
    assert "dependencies" not in package and package["type"] == "module"
    assert (entry.parent / "index.d.ts").is_file()
    lock = json.loads((ROOT / "tests" / "node" / "package-lock.json").read_text())
    pinned = lock["packages"]
    assert pinned["node_modules/typescript"]["version"] == package["devDependencies"]["typescript"]
    assert (
        pinned["node_modules/@types/node"]["version"] == package["devDependencies"]["@types/node"]
    )


def test_node_test_suite_against_the_mock_server(entry: Path, mock: MockServer) -> None:
    result = node("--test", str(SUITE / "sdk.test.mjs"), SDK_ENTRY=str(entry), MOCK_URL=mock.url)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = re.search(r"# pass (\d+)\n# fail (\d+)", result.stdout)
    assert summary is not None and int(summary.group(2)) == 0 and int(summary.group(1)) >= 10


def test_runtime_unit_suite(entry: Path) -> None:
    """The runtime's own rules (retries, waits, timeouts, servers, wire names, undecodable
    answers) against a fetch stub and a fake clock: tests/typescript/runtime.test.mjs."""
    result = node("--test", str(SUITE / "runtime.test.mjs"), RUNTIME_DIR=str(entry.parent / "lib"))
    assert result.returncode == 0, result.stdout + result.stderr
    summary = re.search(r"# pass (\d+)\n# fail (\d+)", result.stdout)
    assert summary is not None and int(summary.group(2)) == 0 and int(summary.group(1)) >= 25


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


def _ts_request(arguments: dict[str, Any]) -> dict[str, Any]:
    """A Python wire case as the TypeScript SDK takes it: camelCase members, models as plain
    objects, UNSET left out (undefined)."""
    from friendli.types import UNSET

    def plain(value: Any) -> Any:
        if hasattr(value, "model_dump"):
            return value.model_dump(by_alias=True, exclude_none=True)
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    return {_camel(k): plain(v) for k, v in arguments.items() if v is not UNSET}


# Not the SDKs' own: each names its language in the user agent; the body's length differs
# where Python writes 0.0 and JavaScript 0 (the parsed bodies are compared); Node's fetch
# adds the fetch standard's accept-language and sec-fetch-mode to every request.
NOT_COMPARED = VOLATILE | {"user-agent", "content-length", "accept-language", "sec-fetch-mode"}


def _comparable(request: dict[str, Any]) -> dict[str, Any]:
    ignored = NOT_COMPARED
    return {
        "method": request["method"],
        "path": request["path"],
        "headers": {k: v for k, v in request["headers"].items() if k not in ignored},
        "body": json.loads(request["body"]),
    }


def test_typescript_sends_what_the_python_goldens_record(
    entry: Path, mock: MockServer, tmp_path: Path
) -> None:
    cases = [{"method": method, "request": _ts_request(args)} for _, method, args in CASES]
    cases_file = tmp_path / "cases.json"
    cases_file.write_text(json.dumps(cases))
    result = node(str(SUITE / "wire.mjs"), str(cases_file), SDK_ENTRY=str(entry), MOCK_URL=mock.url)
    assert result.returncode == 0, result.stderr
    received = mock.requests()
    assert len(received) == len(CASES)
    for (name, _, _), request in zip(CASES, received):
        golden = json.loads((GOLDEN_DIR / f"{name}.json").read_text())
        assert request["status"] == 200, name
        assert _comparable(request) == _comparable(golden), name


def _snippets(package_dir: Path) -> list[tuple[Path, str]]:
    pages = sorted(package_dir.rglob("*.md"))
    return [
        (page, block)
        for page in pages
        for block in re.findall(r"```typescript\n(.*?)```", page.read_text(), flags=re.DOTALL)
    ]


def run_snippets(package: Path, entry: Path, work: Path, name: str, **env: str) -> list[str]:
    """Compile every TypeScript block of a package's docs against the built package (as
    `import ... from "<name>"`), then run each with node; returns their outputs."""
    project = work / "snippets"
    (project / "src").mkdir(parents=True)
    modules = project / "node_modules"
    modules.mkdir()
    (modules / "@types").symlink_to(NODE_MODULES / "@types")
    (modules / name).symlink_to(entry.parent.parent)
    (project / "package.json").write_text('{"type": "module"}')
    blocks = _snippets(package)
    for index, (_, block) in enumerate(blocks):
        (project / "src" / f"snippet{index}.ts").write_text(block)
    (project / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "target": "ES2022",
                    "module": "NodeNext",
                    "moduleResolution": "NodeNext",
                    "strict": True,
                    "outDir": "dist",
                    "rootDir": "src",
                    "types": ["node"],
                    "skipLibCheck": True,
                },
                "include": ["src"],
            }
        )
    )
    compiled = tsc("-p", "tsconfig.json", cwd=project)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    outputs = []
    for index, (page, block) in enumerate(blocks):
        ran = subprocess.run(
            ["node", str(project / "dist" / f"snippet{index}.js")],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, **env},
        )
        assert ran.returncode == 0, f"{page}:\n{block}\n{ran.stderr}"
        outputs.append(ran.stdout)
    return outputs


def test_every_typescript_block_of_the_docs_compiles_and_runs(
    entry: Path, mock: MockServer, tmp_path: Path
) -> None:
    outputs = run_snippets(
        GENERATED_TS,
        entry,
        tmp_path,
        "friendli",
        FRIENDLI_SERVER_URL=mock.url,
        FRIENDLI_TOKEN="t0ken",
    )
    assert sum("image" in out for out in outputs) >= 3  # the two operations and the README
    assert all(r["status"] == 200 for r in mock.requests())


# Each construct fixture and the package its title names.
PACKAGES = {
    "security": "vault",
    "errors": "depot",
    "streaming": "chatter",
    "schemas": "zoo",
    "names": "names",
}


@pytest.mark.parametrize("fixture", sorted(PACKAGES))
def test_construct_fixtures_generate_type_check_and_build(tmp_path: Path, fixture: str) -> None:
    """Every spec the Python target handles, the TypeScript target handles too; where a
    node suite exists for the fixture, it runs against the mock server on that spec."""
    spec = FIXTURES / "constructs" / f"{fixture}.yaml"
    out = tmp_path / "out"
    generate_to(spec, out, target="typescript")
    entry = build(out, tmp_path / "built")
    package = PACKAGES[fixture]
    suite = SUITE / f"{fixture}.test.mjs"
    server = MockServer(spec)
    try:
        # The docs' examples, compiled against the package and run against the mock server.
        env = {f"{package.upper()}_SERVER_URL": server.url, f"{package.upper()}_TOKEN": "t0ken"}
        assert run_snippets(out, entry, tmp_path, package, **env)
        if not suite.is_file():
            return
        result = node("--test", str(suite), SDK_ENTRY=str(entry), MOCK_URL=server.url)
    finally:
        server.stop()
    assert result.returncode == 0, result.stdout + result.stderr
    summary = re.search(r"# pass (\d+)\n# fail (\d+)", result.stdout)
    assert summary is not None and summary.group(2) == "0", result.stdout
    assert int(summary.group(1)) >= 3, result.stdout


def test_the_features_fixture_builds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate_to(FIXTURES / "features" / "features.yaml", out, target="typescript")
    build(out, tmp_path / "built")


def test_generated_typescript_matches_the_committed_golden_copy(tmp_path: Path) -> None:
    out = tmp_path / "ts"
    shutil.copytree(COMMITTED_TS, out)
    generate_to(LIVE_SPEC, out, target="typescript", config_path=LIVE_CONFIG)
    fresh = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    committed = {
        p.relative_to(COMMITTED_TS).as_posix(): p.read_bytes()
        for p in COMMITTED_TS.rglob("*")
        if p.is_file()
    }
    assert sorted(fresh) == sorted(committed), "file lists differ: run make generate"
    assert [p for p in fresh if fresh[p] != committed[p]] == [], "run make generate"


JS_PAYLOAD = (
    '*/ require("fs").writeFileSync(process.env.MARKER, "x"); /* `${process.exit(3)}` '
    "\" ' \\u2028 \u2028 </script>"
)


def test_the_hostile_fixture_compiles_and_runs_nothing_it_says(tmp_path: Path) -> None:
    """The hostile fixture, with a payload aimed at JavaScript added to every string: the
    TypeScript SDK compiles, and importing it and building a client runs none of it."""
    spec = json.loads((FIXTURES / "hostile" / "hostile.json").read_text())

    def poison(node: Any) -> Any:
        if isinstance(node, dict):
            return {poison(k) if k not in ("type", "in") else k: poison(v) for k, v in node.items()}
        if isinstance(node, list):
            return [poison(v) for v in node]
        if isinstance(node, str) and ("import os" in node):
            return node + JS_PAYLOAD
        return node

    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(poison(spec)))
    out = tmp_path / "out"
    generate_to(hostile, out, target="typescript")
    entry = build(out, tmp_path / "built")
    marker = tmp_path / "MARKER"
    script = (
        f"const sdk = await import({json.dumps(str(entry))});\n"
        "const [, Client] = Object.entries(sdk).find(\n"
        "  ([k, v]) => typeof v === 'function' && !/Error$/.test(k) && k !== 'EventStream');\n"
        "new Client({});\n"
        "console.log(Object.keys(sdk.models).length);\n"
    )
    result = node("--input-type=module", "-e", script, MARKER=str(marker))
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), "code from the spec ran"
    for path in out.rglob("*.md"):
        fences_balance(path.read_text())
        table_rows_keep_their_columns(path.read_text())
