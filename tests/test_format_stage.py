"""The format stage and the streaming writer, as a team regenerating in CI meets them: the
cache serves what did not change and never what failed its check, a broken cache costs only
time, a generated file that is not Python stops the run with its name (and the earlier
output stays), and a run that fails halfway leaves nothing behind."""

from __future__ import annotations

import functools
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import format as formatting
from generator.errors import InternalError
from generator.pipeline import generate_to
from generator.targets.python import checker, syntax
from generator.targets.python.format import Black
from generator.write import TreeWriter, read_tree, write_tree

from .conftest import FIXTURES

SPEC = FIXTURES / "features" / "features.yaml"


class Counting:
    """A costly formatter (it has a cache key) that counts what it was asked to format."""

    kind = "text"

    def __init__(self, key: bytes = b"counting 1") -> None:
        self.cache_key = key
        self.formatted: list[str] = []
        self.closed: list[bool] = []

    def start(self) -> None:
        pass

    def format(self, path: str, source: str) -> str:
        self.formatted.append(path)
        return source.upper()

    def close(self, completed: bool) -> None:
        self.closed.append(completed)


def run(formatter: Counting, cache: Path | None, files: dict[str, str]) -> dict[str, str]:
    stage = formatting.Formatting((formatter,), cache)
    out = {path: stage(path, "text", text) for path, text in files.items()}
    stage.close()
    return out


FILES = {"a.txt": "alpha\n", "b.txt": "beta\n", "c.md": "gamma\n"}


def test_the_cache_serves_unchanged_files_and_formats_changed_ones(tmp_path: Path) -> None:
    first = Counting()
    assert run(first, tmp_path, FILES) == {p: t.upper() for p, t in FILES.items()}
    assert sorted(first.formatted) == sorted(FILES) and first.closed == [True]
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["formatted.sqlite3"]

    again = Counting()
    changed = {**FILES, "b.txt": "beta, changed\n"}
    assert run(again, tmp_path, changed) == {p: t.upper() for p, t in changed.items()}
    assert again.formatted == ["b.txt"]  # the others came from the cache

    other_version = Counting(b"counting 2")  # a new formatter version: nothing is reused
    run(other_version, tmp_path, FILES)
    assert sorted(other_version.formatted) == sorted(FILES)


def test_entries_no_generation_used_for_sixty_days_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(Counting(), tmp_path, {"old.txt": "old\n"})
    now = time.time()
    monkeypatch.setattr(formatting.time, "time", lambda: now + 61 * 86_400)
    run(Counting(), tmp_path, {"new.txt": "new\n"})
    with sqlite3.connect(tmp_path / "formatted.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM formatted").fetchone() == (1,)
    again = Counting()
    run(again, tmp_path, {"old.txt": "old\n", "new.txt": "new\n"})
    assert again.formatted == ["old.txt"]


def test_a_broken_or_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    (tmp_path / "formatted.sqlite3").write_bytes(b"not a database, " * 100)
    formatter = Counting()
    assert run(formatter, tmp_path, FILES) == {p: t.upper() for p, t in FILES.items()}
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    assert run(Counting(), blocked, FILES) == {p: t.upper() for p, t in FILES.items()}
    assert run(Counting(), None, FILES) == {p: t.upper() for p, t in FILES.items()}


def test_a_generated_file_that_is_not_python_is_named_and_never_cached(tmp_path: Path) -> None:
    def format_all(black: Black) -> None:
        stage = formatting.Formatting((black,), tmp_path)
        for index in range(40):
            stage(f"pkg/m{index}.py", "python", f"x = {index}\n")
        stage("pkg/broken.py", "python", "def f(:\n    pass\n")
        stage("pkg/after.py", "python", "y = 2\n")
        stage.close()

    for _ in range(2):  # the second run must not take the file from the cache
        with pytest.raises(InternalError, match=r"generated pkg/broken\.py is not valid Python"):
            format_all(Black())
    with sqlite3.connect(tmp_path / "formatted.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM formatted").fetchone() == (0,)


def test_the_check_compiles_not_only_parses() -> None:
    check = syntax.SyntaxCheck()
    check.add("ok.py", "def f():\n    return 1\n")
    check.add("outside.py", "return 1\n")  # parses; does not compile
    with pytest.raises(InternalError, match="generated outside.py is not valid Python"):
        check.result()
    check.add("ok.py", "x = 1\n")  # reusable after an answer
    check.result()


GENERATED = sorted((Path(__file__).parent.parent / "generated" / "python").rglob("*.py"))


def outcome(source: str, compile_it: object) -> tuple[str, int | None] | None:
    try:
        compile_it(source)  # type: ignore[operator]
    except SyntaxError as exc:
        return type(exc).__name__, exc.lineno
    return None


@pytest.mark.parametrize("part", [1, 40, 400])
def test_compiling_in_parts_refuses_exactly_what_compiling_whole_refuses(
    part: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The SDK's own files, and each broken in ways a template bug would break it (a line
    dropped, a bracket opened, a clause or a decorator left alone, a late __future__
    import): the same verdict and the same line as compile() of the whole file."""
    monkeypatch.setattr(checker, "PART", part)  # parts of a line or a few: every boundary
    whole = lambda s: compile(s, "m.py", "exec", dont_inherit=True)  # noqa: E731
    parts = lambda s: checker.compile_in_parts(s, "m.py")  # noqa: E731
    chosen = random.Random(part)
    sources = [p.read_text() for p in GENERATED]
    sources.append('x = """\nclass A:\n    pass\n"""\n' * 30)  # column-0 lines in strings
    sources.append("@decorator\ndef f():\n    pass\n" * 30)
    sources.append("if x:\n    a = 1\nelse:\n    a = 2\n" * 30)
    assert GENERATED and all(outcome(s, parts) is None for s in sources)
    for source in sources:
        lines = source.splitlines(keepends=True)
        for _ in range(6):
            at = chosen.randrange(len(lines))
            for broken in (
                lines[:at] + lines[at + 1 :],
                lines[:at] + ["(\n"] + lines[at:],
                lines[:at] + ["else:\n    pass\n"] + lines[at:],
                lines[:at] + ["@decorator\n"] + lines[at:],
                lines[:at] + ["from __future__ import annotations\n"] + lines[at:],
            ):
                text = "".join(broken)
                assert outcome(text, parts) == outcome(text, whole), (at, text[:200])


def test_the_check_runs_here_when_its_process_cannot_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(syntax.sys, "executable", str(tmp_path / "no-python"))
    check = syntax.SyntaxCheck()
    check.add("ok.py", "x = 1\n")
    with pytest.raises(InternalError, match="generated bad.py is not valid Python"):
        check.add("bad.py", "x = (\n")
    check.result()


def test_an_abandoned_check_leaves_no_process() -> None:
    check = syntax.SyntaxCheck()
    check.add("ok.py", "x = 1\n")
    process = check._process
    assert process is not None and process.poll() is None
    check.abandon()
    assert process.poll() is not None


def test_a_stream_that_fails_halfway_leaves_the_old_tree_and_no_staging(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree(out, {"a.txt": "old\n", "pkg/b.txt": "old\n"})
    before = read_tree(out)
    with pytest.raises(RuntimeError, match="halfway"):
        with TreeWriter(out, ["a.txt", "pkg/b.txt", "sdkgen.lock"], force=True) as tree:
            for index in range(600):  # more than the writer's window: writes are under way
                tree.write("a.txt", f"new {index}\n")
            raise RuntimeError("halfway")
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_the_writer_takes_only_the_files_it_was_told_of(tmp_path: Path) -> None:
    with TreeWriter(tmp_path / "out", ["a.txt"]) as tree:
        with pytest.raises(InternalError, match="not declared"):
            tree.write("../escape.txt", "x")
    assert not (tmp_path / "out").exists()
    with pytest.raises(Exception, match="outside the output folder"):
        TreeWriter(tmp_path / "out", ["../escape.txt"])


def test_a_write_that_fails_in_the_writer_thread_fails_the_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(OSError):
        with TreeWriter(out, ["a.txt", "a.txt/b.txt"]) as tree:  # a file, then inside it
            tree.write("a.txt", "x\n")
            tree.write("a.txt/b.txt", "y\n")
            tree.commit()
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_regenerating_rewrites_only_the_files_that_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate_to(SPEC, out)
    before = {p: os.stat(p).st_ino for p in out.rglob("*") if p.is_file()}
    generate_to(SPEC, out)
    after = {p: os.stat(p).st_ino for p in out.rglob("*") if p.is_file()}
    assert after.keys() == before.keys()
    changed = sorted(p.name for p in after if after[p] != before[p])
    assert changed == [], changed


def test_a_generated_module_that_does_not_compile_stops_the_run_and_keeps_the_output(
    tmp_path: Path,
) -> None:
    """End to end: the check answers after every file was made and before the swap, so the
    earlier output stays byte for byte, and the message names the file and, when the
    team's templates overlay wrote it, their template."""
    out = tmp_path / "out"
    generate_to(SPEC, out)
    before = read_tree(out)
    overlay = tmp_path / "overlay" / "python" / "package"
    overlay.mkdir(parents=True)
    (overlay / "_version.py.j2").write_text("version = (\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "--out", str(out)]
        + ["--templates", str(tmp_path / "overlay")],
        capture_output=True,
        text=True,
        env={**os.environ, "SDKGEN_CACHE_DIR": ""},
    )
    # The overlay wrote it: the team's to fix (exit 64), named with their template.
    assert result.returncode == 64, result.stderr
    template = tmp_path / "overlay" / "python" / "package" / "_version.py.j2"
    assert f"_version.py, written by the templates overlay's {template}, is not valid" in (
        result.stderr
    )
    assert "internal error" not in result.stderr
    assert read_tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "overlay"]


def test_a_built_in_template_that_writes_invalid_python_is_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import render

    broken = tmp_path / "templates"
    shutil.copytree(render.TEMPLATES, broken)
    (broken / "python" / "package" / "_version.py.j2").write_text("version = (\n")
    # As if it were the built-in one:
    monkeypatch.setattr(render, "TEMPLATES", broken)
    monkeypatch.setattr(
        render, "environment", functools.partial(render.environment, templates=broken)
    )
    with pytest.raises(InternalError, match=r"internal error .*_version\.py is not valid"):
        generate_to(SPEC, tmp_path / "out")
    assert not (tmp_path / "out").exists()
