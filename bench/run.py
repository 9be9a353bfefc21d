"""``make bench``: six figures, each against the peer measured in the same run, as one table.

1. SDK per-call overhead against raw httpx (sync and async), on a local keep-alive server.
2. Import and construct the client, against ``import httpx``, above bare interpreter start.
3. ``make generate`` on the Friendli spec: wall time.
4. GitHub's REST API: this generator (black, cold cache) against openapi-python-client (its
   default post-hooks, ruff), alternating: wall time and peak memory of the process tree.
5. Warm regeneration after one description changes: wall time against the cold run, and how
   many files were rewritten.
6. The TypeScript target on GitHub's API: generation, and tsc building the package.

Prints the table (Markdown); ``--record`` also writes it to bench/RESULTS.md. Exits non-zero
only if a measurement could not run. No figure here is asserted: this is a report.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
BENCH_BIN = ROOT / ".venv-bench" / "bin"
SPEC = ROOT / "spec" / "friendli-container.yaml"
CONFIG = ROOT / "spec" / "friendli-container.config.yaml"
GITHUB = ROOT / "tests/node/node_modules/@octokit/openapi/generated/api.github.com.json"
GITHUB_CONFIG = ROOT / "tests/github/config.yaml"
NODE_MODULES = ROOT / "tests/node/node_modules"
TSC = NODE_MODULES / "typescript" / "bin" / "tsc"


def peak_tree_rss(pid: int, stop: threading.Event, peak: list[int]) -> None:
    """Sample the summed RSS of ``pid`` and its descendants every 20 ms."""
    while not stop.is_set():
        total = 0
        pids = [pid]
        for index in range(10_000):
            if index >= len(pids):
                break
            current = pids[index]
            try:
                with open(f"/proc/{current}/status") as status:
                    for line in status:
                        if line.startswith("VmRSS:"):
                            total += int(line.split()[1]) * 1024
                with open(f"/proc/{current}/task/{current}/children") as children:
                    pids += [int(c) for c in children.read().split()]
            except (OSError, ValueError):
                continue
        peak[0] = max(peak[0], total)
        stop.wait(0.02)


def measure(
    command: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT
) -> tuple[float, int]:
    """Wall seconds and peak tree RSS (bytes) of one command; raises if it fails."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    stop, peak = threading.Event(), [0]
    sampler = threading.Thread(target=peak_tree_rss, args=(process.pid, stop, peak), daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{stderr.decode()[-2000:]}")
    return elapsed, peak[0]


def fmt_spread(values: list[float], unit: str, scale: float = 1.0) -> str:
    median = statistics.median(values) * scale
    return f"{median:.1f} {unit} ({min(values) * scale:.1f}–{max(values) * scale:.1f})"


def row_overhead(calls: int, rounds: int) -> list[list[str]]:
    server = subprocess.Popen(
        [str(PYTHON), str(ROOT / "bench/echo_server.py")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        env = {**os.environ, "PYTHONPATH": str(ROOT / "generated/python/src")}
        out = subprocess.run(
            [
                str(PYTHON),
                str(ROOT / "bench/overhead.py"),
                f"http://127.0.0.1:{port}",
                str(calls),
                str(rounds),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        server.terminate()
        server.wait()
    result = json.loads(out.stdout)
    rows = []
    for kind in ("sync", "async"):
        r = result[kind]
        rows.append(
            [
                f"1. per-call overhead, {kind} ({calls} calls × {rounds})",
                f"{r['sdk_us']} µs/call ({r['sdk_spread'][0]}–{r['sdk_spread'][1]})",
                f"raw httpx {r['raw_us']} µs/call ({r['raw_spread'][0]}–{r['raw_spread'][1]})",
                f"{r['ratio']}×",
                "≤ 1.3×",
            ]
        )
    return rows


def import_rows(
    src: Path, package: str, construct: str, label: str, runs: int = 10, target: str = "≤ 1 s"
) -> list[list[str]]:
    """Whole-process time of importing ``package`` and constructing its client, above bare
    interpreter start, against ``import httpx``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    commands = {
        "bare": [str(PYTHON), "-c", "pass"],
        "sdk": [str(PYTHON), "-c", f"import {package}; {package}.{construct}"],
        "httpx": [str(PYTHON), "-c", "import httpx"],
    }
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(measure(command, env)[0])
    bare = statistics.median(times["bare"])
    sdk = [t - bare for t in times["sdk"]]
    raw = [t - bare for t in times["httpx"]]
    ratio = statistics.median(sdk) / statistics.median(raw)
    return [
        [
            f"{label}, above bare start ({runs} runs)",
            fmt_spread(sdk, "ms", 1000),
            f"import httpx {fmt_spread(raw, 'ms', 1000)}",
            f"{ratio:.2f}×",
            target,
        ]
    ]


def row_import(runs: int) -> list[list[str]]:
    return import_rows(
        ROOT / "generated/python/src",
        "friendli",
        "SyncFriendli(token='x')",
        "2. import + construct",
        runs,
        "≤ 150 ms",
    )


def row_small_generation(runs: int) -> list[list[str]]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            times.append(
                measure(["make", "-s", "generate"], {**os.environ, "SDKGEN_CACHE_DIR": cache})[0]
            )
    return [["3. make generate, Friendli spec, cold cache", fmt_spread(times, "s"), "", "", ""]]


def generate_ours(out: Path, cache: str, spec: Path = GITHUB) -> tuple[float, int]:
    return measure(
        [
            str(PYTHON),
            "-m",
            "generator",
            "generate",
            str(spec),
            "--config",
            str(GITHUB_CONFIG),
            "--out",
            str(out),
        ],
        {**os.environ, "SDKGEN_CACHE_DIR": cache},
    )


def generate_theirs(work: Path) -> tuple[float, int]:
    out = work / "opc"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PATH": f"{BENCH_BIN}:{os.environ.get('PATH', '')}"}
    return measure(
        [
            str(BENCH_BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(GITHUB),
            "--output-path",
            str(out),
        ],
        env,
        cwd=work,
    )


def row_large_generation(runs: int, work: Path) -> tuple[list[list[str]], float]:
    ours: list[tuple[float, int]] = []
    theirs: list[tuple[float, int]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            ours.append(generate_ours(work / "ours", cache))
        theirs.append(generate_theirs(work))
    wall_ours = [w for w, _ in ours]
    wall_theirs = [w for w, _ in theirs]
    mem_ours = max(m for _, m in ours) / 2**20
    mem_theirs = max(m for _, m in theirs) / 2**20
    ratio = statistics.median(wall_ours) / statistics.median(wall_theirs)
    imports = import_rows(
        work / "ours" / "src", "github", "GitHub()", "4. GitHub SDK import + construct"
    )
    rows = [
        [
            f"4. GitHub API generation, wall ({runs} runs, alternating)",
            fmt_spread(wall_ours, "s"),
            f"openapi-python-client {fmt_spread(wall_theirs, 's')}",
            f"{ratio:.2f}×",
            "≤ 1.0×",
        ],
        [
            "4. GitHub API generation, peak memory (process tree)",
            f"{mem_ours:.0f} MiB",
            f"openapi-python-client {mem_theirs:.0f} MiB",
            f"{mem_ours / mem_theirs:.2f}×",
            "≤ 1.0×",
        ],
    ] + imports
    return rows, statistics.median(wall_ours)


def row_warm_regeneration(work: Path, cold: float) -> list[list[str]]:
    out = work / "warm"
    # The team's spec, edited where it lies: one description changed, the file as it was
    # written otherwise (GitHub's is json.dumps's text with an indent of 2).
    edited = work / "github.json"
    edited.write_bytes(GITHUB.read_bytes())
    with tempfile.TemporaryDirectory() as cache:
        generate_ours(out, cache, edited)
        before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
        original = edited.read_text()
        spec = json.loads(original)
        in_place = json.dumps(spec, indent=2, ensure_ascii=False) == original.rstrip("\n")
        operation = spec["paths"]["/repos/{owner}/{repo}"]["get"]
        operation["description"] = operation.get("description", "") + " Changed for the benchmark."
        edited.write_text(json.dumps(spec, indent=2, ensure_ascii=False))
        time.sleep(0.01)
        wall, _ = generate_ours(out, cache, edited)
        after = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
        # Once more with nothing changed: the record of the last run answers (generator/record.py).
        again, _ = generate_ours(out, cache, edited)
        untouched = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == after
    rewritten = sum(1 for p, m in after.items() if before.get(p) != m)
    return [
        [
            "5. warm regeneration, one description changed"
            + ("" if in_place else " (the spec written anew)"),
            f"{wall:.2f} s, {rewritten} of {len(after)} files rewritten",
            f"cold {cold:.1f} s",
            f"{wall / cold * 100:.0f}%",
            "≤ 10%",
        ],
        [
            "5. regeneration, nothing changed since the last",
            f"{again:.2f} s, {'no file touched' if untouched else 'FILES TOUCHED'}",
            f"cold {cold:.1f} s",
            f"{again / cold * 100:.0f}%",
            "",
        ],
    ]


def row_typescript(work: Path) -> list[list[str]]:
    """The TypeScript target on GitHub's API: generation (wall, peak memory) and the
    package's type-check and build with tsc. No peer: reported as measured."""
    out = work / "ts"
    shutil.rmtree(out, ignore_errors=True)
    wall, peak = measure(
        [
            str(PYTHON),
            "-m",
            "generator",
            "generate",
            str(GITHUB),
            "--config",
            str(GITHUB_CONFIG),
            "--target",
            "typescript",
            "--out",
            str(out),
        ]
    )
    (out / "node_modules").symlink_to(NODE_MODULES)
    compiled, _ = measure(["node", str(TSC), "-p", "tsconfig.json"], cwd=out)
    files = sum(1 for p in (out / "src").rglob("*.ts"))
    return [
        [
            "6. GitHub API generation, TypeScript target (wall, peak memory)",
            f"{wall:.1f} s, {peak / 2**20:.0f} MiB, {files} .ts files",
            "",
            "",
            "",
        ],
        ["6. GitHub TypeScript SDK, tsc build (strict)", f"{compiled:.1f} s", "", "", ""],
    ]


def table(rows: list[list[str]]) -> str:
    header = ["benchmark", "this generator / SDK", "peer (same run)", "ratio", "target"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--record", action="store_true", help="also write bench/RESULTS.md")
    args = parser.parse_args()
    rows: list[list[str]] = []
    try:
        # An installed generator runs from byte-compiled modules (pip compiles them); run
        # from a checkout where PYTHONDONTWRITEBYTECODE is set (CI images often set it),
        # every run would compile its fifty modules first (0.07 s).
        subprocess.run([str(PYTHON), "-m", "compileall", "-q", str(ROOT / "generator")], check=True)
        rows += row_overhead(args.calls, args.rounds)
        rows += row_import(max(args.runs, 10))
        rows += row_small_generation(args.runs)
        with tempfile.TemporaryDirectory() as work_dir:
            work = Path(work_dir)
            large, cold = row_large_generation(args.runs, work)
            rows += large
            rows += row_warm_regeneration(work, cold)
            rows += row_typescript(work)
    except (RuntimeError, subprocess.CalledProcessError, OSError, ValueError) as exc:
        print(table(rows), file=sys.stderr)
        print(f"bench: could not run: {exc}", file=sys.stderr)
        return 1
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    report = f"Measured {datetime.date.today().isoformat()} on {machine}. Medians, (min–max) spread.\n\n{table(rows)}\n"
    print(report)
    if args.record:
        results = ROOT / "bench" / "RESULTS.md"
        text = results.read_text() if results.is_file() else "# Benchmark results\n"
        marker = "<!-- latest -->"
        head = text.split(marker)[0].rstrip() + "\n\n"
        results.write_text(head + marker + "\n" + report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
