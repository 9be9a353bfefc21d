"""A regeneration with nothing changed (the same spec, config, templates and generator, and
every file as the last generation left it) says so without making the SDK again; any change
to what goes in (but descriptions: tests/test_incremental.py) or to a file it wrote, and the
run is a full one. What it says is what a full
run would say: the same warnings, the same failure under --strict, "up to date" for --check.
The specs are written here; the CLI runs in this process with a cache of the test's own."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Callable

import pytest

from generator import cli, pipeline, record
from generator.write import read_tree

SPEC = """\
openapi: 3.1.0
info: {title: Odd, version: "1"}
servers: [{url: "https://odd.example.test"}]
security: [{ghost: []}, {key: []}]
paths:
  /things:
    post:
      operationId: createThing
      summary: Make a thing.
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [level]
              properties:
                level: {enum: [1, "high", 2.5]}
      responses:
        "204": {description: done}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
"""
CONFIG = "package_name: odd\n"


class Runs:
    """Counts the full generations (the shortcut does not call generate_to)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = pipeline.generate_to

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(pipeline, "generate_to", counted)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "odd.yaml").write_text(SPEC)
    (tmp_path / "odd.config.yaml").write_text(CONFIG)
    return {
        "spec": tmp_path / "odd.yaml",
        "config": tmp_path / "odd.config.yaml",
        "out": tmp_path / "sdk",
    }


def generate(project: dict[str, Path], *extra: str) -> int:
    args = ["generate", str(project["spec"]), "--config", str(project["config"])]
    return cli.main([*args, "--out", str(project["out"]), *extra])


def later() -> None:
    """Past the filesystem's clock tick, so that an edit shows in the file's times."""
    time.sleep(0.02)


def test_nothing_changed_is_said_without_generating(
    project: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    runs = Runs(monkeypatch)
    assert generate(project) == 0
    first = capsys.readouterr()
    before = read_tree(project["out"])
    times = {p: p.stat().st_mtime_ns for p in project["out"].rglob("*") if p.is_file()}
    assert generate(project) == 0
    second = capsys.readouterr()
    assert runs.count == 1
    assert "is unchanged" in second.out and f"its {len(before)} files" in second.out
    assert "no API changes since 0.1.0" in second.out
    # The same warnings as the full run, word for word.
    warnings = [line for line in first.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2
    assert second.err == first.err
    assert read_tree(project["out"]) == before
    assert {p: p.stat().st_mtime_ns for p in times} == times
    # What the shortcut stands on: a full run on the folder as it is changes nothing.
    assert generate(project, "--full") == 0
    assert runs.count == 2
    assert read_tree(project["out"]) == before


def change_spec(project: dict[str, Path]) -> None:
    # (A change of descriptions only is made from the last run: tests/test_incremental.py.)
    project["spec"].write_text(SPEC.replace("createThing", "makeThing"))


def change_spec_path(project: dict[str, Path]) -> None:
    moved = project["spec"].with_name("moved.yaml")
    moved.write_text(SPEC)
    project["spec"] = moved


def change_config(project: dict[str, Path]) -> None:
    project["config"].write_text(CONFIG + "description: Odd things.\n")


def edit_a_file_keeping_its_size_and_mtime(project: dict[str, Path]) -> None:
    readme = project["out"] / "README.md"
    stat = readme.stat()
    text = readme.read_text()
    with open(readme, "r+", encoding="utf-8") as handle:  # in place: the same inode
        handle.write(text.replace("Odd", "Odf", 1))
    os.utime(readme, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # only ctime tells


def delete_a_file(project: dict[str, Path]) -> None:
    (project["out"] / "README.md").unlink()


def edit_the_lock(project: dict[str, Path]) -> None:
    lock = project["out"] / "sdkgen.lock"
    lock.write_text(
        lock.read_text().replace('"package_version": "0.1.0"', '"package_version": "0.1.9"')
    )


def change_the_generator(project: dict[str, Path]) -> None:
    record._generator_digest.cache_clear()
    real = record._generator_digest.__wrapped__
    record._generator_digest = lambda: "another generator " + real()  # type: ignore[assignment]


@pytest.mark.parametrize(
    "change",
    [
        change_spec,
        change_spec_path,
        change_config,
        edit_a_file_keeping_its_size_and_mtime,
        delete_a_file,
        edit_the_lock,
        change_the_generator,
    ],
)
def test_any_change_runs_in_full(
    project: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[dict[str, Path]], None],
) -> None:
    monkeypatch.setattr(record, "_generator_digest", record._generator_digest)
    runs = Runs(monkeypatch)
    assert generate(project) == 0
    later()
    change(project)
    capsys.readouterr()
    assert generate(project) == 0
    assert runs.count == 2
    assert "wrote" in capsys.readouterr().out
    # And the full run is recorded: the next one has nothing to do.
    assert generate(project) == 0
    assert runs.count == 2


def test_a_templates_overlay_is_an_input(
    project: dict[str, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    overlay = tmp_path / "overlay" / "python"
    overlay.mkdir(parents=True)
    (overlay / "README.md.j2").write_text("# {{ title }}\n\nOurs.\n")
    project["config"].write_text(CONFIG + "templates: overlay\n")
    runs = Runs(monkeypatch)
    assert generate(project) == 0
    assert (project["out"] / "README.md").read_text() == "# Odd\n\nOurs.\n"
    assert generate(project) == 0
    assert runs.count == 1
    (overlay / "README.md.j2").write_text("# {{ title }}\n\nStill ours.\n")
    assert generate(project) == 0
    assert runs.count == 2
    assert (project["out"] / "README.md").read_text() == "# Odd\n\nStill ours.\n"


def test_a_team_file_added_is_no_change(
    project: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = Runs(monkeypatch)
    assert generate(project) == 0
    (project["out"] / "NOTES.md").write_text("ours\n")
    assert generate(project) == 0
    assert runs.count == 1
    assert (project["out"] / "NOTES.md").read_text() == "ours\n"


def test_strict_fails_on_the_recorded_warnings_as_a_full_run_does(
    project: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert generate(project, "--strict") == 2
    full = capsys.readouterr().err
    assert generate(project) == 0
    runs = Runs(monkeypatch)
    capsys.readouterr()
    assert generate(project, "--strict") == 2
    assert runs.count == 0
    assert capsys.readouterr().err == full


def test_check_says_up_to_date_and_still_finds_an_edit(
    project: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert generate(project) == 0
    checks = []
    real = pipeline.check
    monkeypatch.setattr(cli, "check", lambda *a, **k: checks.append(1) or real(*a, **k))
    capsys.readouterr()
    assert generate(project, "--check") == 0
    assert "is up to date" in capsys.readouterr().out
    assert checks == []
    later()
    edit_a_file_keeping_its_size_and_mtime(project)
    assert generate(project, "--check") == 1
    assert "~ README.md" in capsys.readouterr().err
    assert checks == [1]


def test_full_and_a_cache_turned_off_always_generate(
    project: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = Runs(monkeypatch)
    assert generate(project) == 0
    assert generate(project, "--full") == 0
    assert runs.count == 2
    monkeypatch.setenv("SDKGEN_CACHE_DIR", "")
    assert generate(project) == 0
    assert generate(project) == 0
    assert runs.count == 4


def test_an_input_edited_during_the_run_is_not_recorded(
    project: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.generate_to
    calls = []

    def edited_meanwhile(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:  # edited after the run took its digest, before it read the spec
            change_spec(project)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "generate_to", edited_meanwhile)
    assert generate(project) == 0
    project["spec"].write_text(SPEC)  # back as it was when the first run took its digest
    # The folder holds the edited spec's SDK: it is not what this spec makes.
    assert generate(project) == 0
    assert len(calls) == 2
    texts = read_tree(project["out"]).values()
    assert any(b"Make a thing." in text for text in texts)
    assert not any(b"Make one thing." in text for text in texts)


def test_records_of_folders_not_generated_for_long_are_dropped(
    project: dict[str, Path], tmp_path: Path
) -> None:
    runs = tmp_path / "cache" / "runs"
    runs.mkdir(parents=True)
    stale, recent = runs / "stale.json", runs / "recent.json"
    for path in (stale, recent):
        path.write_text("{}")
    long_ago = time.time() - 61 * 86_400
    os.utime(stale, (long_ago, long_ago))
    assert generate(project) == 0
    assert not stale.exists() and recent.exists()
    # The recent one, and this generation's record with what the next one starts from
    # (its state, its spec and where the spec's texts are: generator/incremental.py).
    kept = sorted(p.name.split(".", 1)[1] for p in runs.iterdir() if p.name != "recent.json")
    assert kept == ["json", "offsets", "spec.yaml", "state"]
