"""A regeneration after only descriptions changed makes only the files that read them, and
writes what a full run would, byte for byte: every file, the lock (its spec digest and the
surface's docs digests), the changelog's entry and the version it gives. Anything else that
changed, or a text whose effect the last run could not pin to some files, and the run is a
full one. Each test keeps a twin of the output folder, regenerated in full from the same
history, and compares the two. The specs are written here."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any, Callable

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import cli, pipeline
from generator.render import TEMPLATES
from generator.write import read_tree

SPEC = """\
openapi: 3.1.0
info: {title: Shelf, version: "1.0.0", description: A shelf of books.}
servers: [{url: "https://shelf.example.test"}]
tags:
  - {name: books, description: The books on the shelf.}
  - {name: shelves, description: The shelves.}
paths:
  /books:
    get:
      operationId: listBooks
      tags: [books]
      summary: List the books.
      description: Every book on the shelf, newest first.
      parameters:
        - $ref: "#/components/parameters/Limit"
      responses:
        "200":
          description: The books.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Book"}}
    post:
      operationId: addBook
      tags: [books]
      summary: Add a book.
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Book"}
      responses:
        "201": {description: Added.}
  /books/{id}:
    get:
      operationId: getBook
      tags: [books]
      summary: Get one book.
      parameters:
        - {name: id, in: path, required: true, description: The book's id., schema: {type: string}}
      responses:
        "200":
          description: The book.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Book"}
  /shelves:
    get:
      operationId: listShelves
      tags: [shelves]
      summary: List the shelves.
      parameters:
        - $ref: "#/components/parameters/Limit"
      responses:
        "200":
          description: The shelves.
          content:
            application/json:
              schema: {type: array, items: {type: string}}
components:
  parameters:
    Limit: {name: limit, in: query, description: How many at most., schema: {type: integer}}
  schemas:
    Book:
      type: object
      description: A book.
      required: [title]
      properties:
        id: {type: string, readOnly: true, description: Given by the shelf.}
        title: {type: string, description: The title.}
        author: {type: string, description: Who wrote it.}
        genre: {$ref: "#/components/schemas/Genre"}
      example: {title: Dune, author: Frank Herbert, description: not a field}
    Genre:
      type: string
      enum: [novel, poem]
      description: What kind of book.
"""

# Each text of SPEC by its path in the document, and whether a change to it alone is made
# from the last run (True) or in full (False: a text no IR field holds, an example's).
TEXTS: dict[str, tuple[tuple[str | int, ...], bool]] = {
    "operation description": (("paths", "/books", "get", "description"), True),
    "operation summary": (("paths", "/books/{id}", "get", "summary"), True),
    "shared parameter": (("components", "parameters", "Limit", "description"), True),
    "path parameter": (("paths", "/books/{id}", "get", "parameters", 0, "description"), True),
    "property": (("components", "schemas", "Book", "properties", "author", "description"), True),
    # (A planner's copy of the property, no longer required: no read of its text.)
    "read-only property": (
        ("components", "schemas", "Book", "properties", "id", "description"),
        True,
    ),
    "model": (("components", "schemas", "Book", "description"), True),
    "enum": (("components", "schemas", "Genre", "description"), True),
    "tag": (("tags", 1, "description"), True),
    "response": (("paths", "/books", "get", "responses", "200", "description"), True),
    "API": (("info", "description"), True),
    "an example's key": (("components", "schemas", "Book", "example", "description"), False),
}


class Project:
    """A spec, its SDK folder and the cache of the test's own."""

    def __init__(self, root: Path, target: str, suffix: str = ".yaml") -> None:
        self.root = root
        self.target = target
        self.spec = root / f"shelf{suffix}"
        self.out = root / "sdk"
        self.document: Any = yaml.safe_load(SPEC)
        self.write()

    def write(self) -> None:
        if self.spec.suffix == ".json":
            self.spec.write_text(json.dumps(self.document, indent=2, ensure_ascii=False))
        else:
            self.spec.write_text(yaml.safe_dump(self.document, sort_keys=False, width=70))
        time.sleep(0.02)  # past the filesystem's clock tick: the edit shows in the times

    def set(self, path: tuple[str | int, ...], value: Any) -> None:
        node = self.document
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        self.write()

    def get(self, path: tuple[str | int, ...]) -> Any:
        node = self.document
        for key in path:
            node = node[key]
        return node

    def regenerate(self, out: Path | None = None, full: bool = False) -> pipeline.Written:
        written = pipeline.regenerate(self.spec, out or self.out, self.target, full=full)
        assert isinstance(written, pipeline.Written)
        return written

    def twin_checked(self, edit: Callable[[], None]) -> pipeline.Written:
        """Make ``edit``, regenerate, and hold the folder to a full regeneration of a copy
        of it made before (the same lock and changelog to start from); the regeneration."""
        twin = self.root / "twin"
        shutil.rmtree(twin, ignore_errors=True)
        shutil.copytree(self.out, twin)
        before = read_tree(self.out)
        edit()
        written = self.regenerate()
        self.regenerate(twin, full=True)
        after = read_tree(self.out)
        assert after == read_tree(twin)
        if written.rewritten is not None:  # exactly the files whose text changed
            changed = {p for p, text in after.items() if before.get(p) != text}
            assert set(written.rewritten) == changed
        return written


@pytest.fixture(params=["python", "typescript"])
def project(request: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    made = Project(tmp_path, request.param)
    assert made.regenerate().rewritten is None  # the first generation: in full
    return made


@pytest.mark.parametrize("text", sorted(TEXTS))
def test_one_text_changed(project: Project, text: str) -> None:
    path, made_from_last = TEXTS[text]
    written = project.twin_checked(
        lambda: project.set(path, project.get(path) + " Now with *more* <detail> & 100% care.")
    )
    assert (written.rewritten is not None) == made_from_last
    if made_from_last:
        assert written.rewritten is not None
        assert "sdkgen.lock" in written.rewritten  # its spec digest


def test_an_operation_description_rewrites_its_files_only(project: Project) -> None:
    path = TEXTS["operation description"][0]
    written = project.twin_checked(lambda: project.set(path, "Every book, oldest first."))
    assert written.rewritten is not None
    code = {"python": "src/shelf/books.py", "typescript": "src/books.ts"}[project.target]
    # The method, its docs page, the lock, and the changelog's entry and the version it
    # gives (the config does not pin one): the package's version files.
    assert code in written.rewritten
    assert "CHANGELOG.md" in written.rewritten
    assert not any("shelves" in p for p in written.rewritten)
    assert written.release.report is not None
    assert [c.kind for c in written.release.report.changes] == ["operation-docs"]
    assert written.release.version == "1.0.1"  # (info.version, then bumped)


def test_texts_changed_twice_and_back(project: Project) -> None:
    path = TEXTS["property"][0]
    kept = project.get(path)
    assert project.twin_checked(lambda: project.set(path, "First.")).rewritten is not None
    assert project.twin_checked(lambda: project.set(path, "Second.")).rewritten is not None
    assert project.twin_checked(lambda: project.set(path, kept)).rewritten is not None
    other = TEXTS["model"][0]
    assert project.twin_checked(lambda: project.set(other, "A novel.")).rewritten is not None


def test_any_other_change_runs_in_full(project: Project) -> None:
    def edit() -> None:
        project.set(("components", "schemas", "Book", "properties", "pages"), {"type": "integer"})

    assert project.twin_checked(edit).rewritten is None
    # ... and the next text change starts from that run.
    path = TEXTS["enum"][0]
    assert project.twin_checked(lambda: project.set(path, "A kind.")).rewritten is not None


@pytest.mark.parametrize("value", ["", "   ", None])
def test_a_text_that_goes_runs_in_full(project: Project, value: Any) -> None:
    """A parser's "this text, else that one" may turn on a text that appears or goes."""
    path = TEXTS["property"][0]
    assert project.twin_checked(lambda: project.set(path, value)).rewritten is None


def test_keys_reordered_run_in_full(project: Project) -> None:
    """Equal as mappings, but the output follows the spec's order."""

    def edit() -> None:
        props = project.get(("components", "schemas", "Book", "properties"))
        project.set(("components", "schemas", "Book", "properties"), dict(reversed(props.items())))

    assert project.twin_checked(edit).rewritten is None


def test_a_hand_edited_file_runs_in_full(project: Project) -> None:
    readme = project.out / "README.md"
    readme.write_text(readme.read_text() + "\nMine.\n")
    path = TEXTS["operation description"][0]
    assert project.twin_checked(lambda: project.set(path, "Changed.")).rewritten is None


def test_json_edited_in_place_or_written_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit in place is found in the bytes; a spec written anew (other spacing) by
    comparing the documents: both are made from the last run."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    project = Project(tmp_path, "python", ".json")
    project.regenerate()
    path = TEXTS["operation summary"][0]
    assert project.twin_checked(lambda: project.set(path, "Get a book.")).rewritten is not None

    def reformat() -> None:
        project.document = json.loads(project.spec.read_text())
        project.get(path[:-1])[path[-1]] = "Fetch a book."
        project.spec.write_text(json.dumps(project.document))
        time.sleep(0.02)

    assert project.twin_checked(reformat).rewritten is not None


@pytest.mark.parametrize("named_by", ["command", "config"])
def test_a_templates_overlay_makes_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named_by: str
) -> None:
    """The team's templates lay out what is made again, whether the command or the config
    names them."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    project = Project(tmp_path, "python")
    overlay = tmp_path / "team-templates"
    (overlay / "python" / "package").mkdir(parents=True)
    built_in = (TEMPLATES / "python" / "package" / "namespace.py.j2").read_text()
    (overlay / "python" / "package" / "namespace.py.j2").write_text(
        "# Maintained by the Shelf team.\n" + built_in
    )
    config = tmp_path / "shelf.config.yaml"
    config.write_text(
        "package_name: shelf\n" + ("templates: team-templates\n" * (named_by == "config"))
    )
    given = overlay if named_by == "command" else None

    def regenerate(out: Path, full: bool = False) -> pipeline.Written:
        made = pipeline.regenerate(project.spec, out, "python", config, templates=given, full=full)
        assert isinstance(made, pipeline.Written)
        return made

    regenerate(project.out)
    twin = tmp_path / "twin"
    shutil.copytree(project.out, twin)
    path = TEXTS["operation description"][0]
    project.set(path, "Every book, by title.")
    made = regenerate(project.out)
    assert made.rewritten is not None and "src/shelf/books.py" in made.rewritten
    regenerate(twin, full=True)
    assert read_tree(project.out) == read_tree(twin)
    assert (project.out / "src/shelf/books.py").read_text().startswith("# Maintained by")


def test_cli_says_what_it_rewrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    project = Project(tmp_path, "python")
    args = ["generate", str(project.spec), "--out", str(project.out)]
    assert cli.main(args) == 0
    project.set(TEXTS["model"][0], "A book, bound.")
    capsys.readouterr()
    assert cli.main(args) == 0
    said = capsys.readouterr().out
    assert "models.Book: description changed" in said
    assert "only descriptions changed since the last generation: rewrote" in said


WARNED = """\
openapi: 3.0.3
info: {title: Lines, version: "1"}
paths:
  /a:
    get:
      operationId: getA
      description: |
        One line.
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Odd"}
components:
  schemas:
    Odd:
      type: object
      properties:
        when: {type: string, maxLength: "ten"}
"""


def test_warnings_follow_their_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A YAML text that grows by lines moves the warnings below it; their lines are the
    new spec's, as a full run's are."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "lines.yaml"
    spec.write_text(WARNED)
    out, twin = tmp_path / "sdk", tmp_path / "twin"
    assert cli.main(["generate", str(spec), "--out", str(out)]) == 0
    shutil.copytree(out, twin)
    first = capsys.readouterr().err
    assert ":20:" in first  # the line of the maxLength that is not a number
    time.sleep(0.02)
    spec.write_text(
        WARNED.replace("        One line.\n", "        One line.\n        Two.\n\n        Three.\n")
    )
    assert cli.main(["generate", str(spec), "--out", str(out)]) == 0
    warm = capsys.readouterr()
    assert "rewrote" in warm.out
    assert cli.main(["generate", str(spec), "--out", str(twin), "--full"]) == 0
    full = capsys.readouterr()
    assert ":23:" in full.err
    assert warm.err == full.err.replace(str(twin), str(out))
    assert read_tree(out) == read_tree(twin)
    assert cli.main(["generate", str(spec), "--out", str(out), "--strict"]) != 0


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    edits=st.lists(
        st.tuples(
            st.sampled_from(sorted(t for t, (_, made) in TEXTS.items() if made)),
            st.text(
                st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n`*_<>&|"),
                min_size=1,
                max_size=40,
            ).filter(str.strip),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_any_texts(tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[str, str]]) -> None:
    """Whatever the texts say (Markdown, HTML, quotes, line breaks, any script), the files
    made from the last run are the full run's."""
    root = tmp_path_factory.mktemp("any")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SDKGEN_CACHE_DIR", str(root / "cache"))
        project = Project(root, "python")
        project.regenerate()

        def edit() -> None:
            for text, value in edits:
                path = TEXTS[text][0]
                node = project.get(path[:-1])
                node[path[-1]] = value
            project.write()

        project.twin_checked(edit)


FIXTURES = Path(__file__).parent / "fixtures"
GITHUB = Path(__file__).parent / "node/node_modules/@octokit/openapi/generated/api.github.com.json"


@pytest.mark.parametrize(
    "spec",
    [
        *sorted(
            p
            for p in FIXTURES.glob("*/*.yaml")
            if p.parent.name != "broken" and not p.name.endswith(".config.yaml")
        ),
        FIXTURES / "hostile" / "hostile.json",
        GITHUB,
    ],
    ids=lambda p: p.name,
)
def test_every_text_is_the_documents_own(spec: Path) -> None:
    """A text is traced to its place in the spec by identity: each description and summary
    the IR holds is the very string the document held, never a copy or a text made from
    several (a parser that joined two would leave the join stale when one changed)."""
    from dataclasses import fields, is_dataclass

    from generator import ir, tracking
    from generator.errors import Diagnostics
    from generator.incremental import text_leaves
    from generator.load import load
    from generator.parse import build_api

    loaded = load(spec)
    leaves, _ = text_leaves(loaded.raw)
    api = build_api(loaded, Diagnostics(), {})
    seen: set[int] = set()
    stack: list[Any] = [api]
    texts = 0
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, (tuple, list)):
            stack.extend(node)
        elif is_dataclass(node) and not isinstance(node, type):
            for f in fields(node):
                value = (
                    tracking.value(node, f.name)
                    if f.name in ("description", "summary")
                    else getattr(node, f.name)
                )
                if f.name in ("description", "summary") and isinstance(value, str):
                    texts += 1
                    assert id(value) in leaves and leaves[id(value)][0] is value, (node, f.name)
                elif not isinstance(value, (str, int, float, bool, type(None))):
                    stack.append(value)
    assert texts > 0 or spec.parent.name == "hostile"
    assert isinstance(api, ir.Api)
