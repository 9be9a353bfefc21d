"""A spec's examples become the arguments of the docs' usage snippets, which the SDK checks
before it sends anything: an example that its own schema rejects (GitHub's ``"\\"git\\""``
for an enum of ``git``, Adyen's instant for a ``date``, 1Password's ``true`` for an object)
made a documented call that raised. Such an example is dropped with a warning at its place,
the first of several that fits is used, and placeholders of checked formats are valid
values. The spec is written here; the snippets are run over an httpx MockTransport."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import ir
from generator.parse.examples import misfit
from generator.pipeline import generate_to

SPEC = """\
openapi: 3.1.0
info: {title: Samples, version: "1"}
servers: [{url: "https://samples.example.test"}]
paths:
  /patches:
    patch:
      operationId: applyPatch
      tags: [People]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: array
              items:
                type: object
                required: [op]
                properties:
                  op: {type: string, enum: [add, remove]}
                  value: {type: object, additionalProperties: {type: string}}
            examples:
              flag: {value: [{op: add, value: true}]}
              field: {value: [{op: add, value: {label: New}}]}
      responses:
        "204": {description: applied}
  /people:
    post:
      operationId: addPerson
      tags: [People]
      parameters:
        - name: vcs
          in: query
          schema: {type: string, enum: [git, svn]}
          example: '"git"'
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Person"}
            example: {name: Ada, born: "2025-10-15T13:51:13.988Z", nickname: A}
      responses:
        "204": {description: added}
  /uploads:
    post:
      operationId: upload
      tags: [People]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [photo]
              properties:
                photo:
                  anyOf:
                    - {type: string, format: binary}
                    - {type: array, items: {type: string, format: binary}}
                caption: {type: string}
            example: {photo: "<binary image file>", caption: Hello}
      responses:
        "204": {description: stored}
components:
  schemas:
    Person:
      type: object
      required: [name, born]
      properties:
        name: {type: string, example: 7}
        born: {type: string, format: date}
        seen: {type: string, format: date-time, example: "2024-02-30T10:00:00Z"}
        tags: {type: array, items: {type: string}, examples: [[1], [x, y]]}
"""

RUN_SNIPPETS = """\
import json, re, sys
import httpx
sent = []

def answer(self, request):
    body = request.read()
    if request.headers.get("content-type", "").startswith("multipart/"):
        parts = re.findall(rb'name="([^"]+)"(?:; filename="[^"]*")?\\r\\n(?:[^\\r]+\\r\\n)*\\r\\n([^\\r]*)', body)
        body = {name.decode(): value.decode() for name, value in parts}
    else:
        body = json.loads(body or b"null")
    sent.append([request.url.path, str(request.url.params), body])
    return httpx.Response(204, request=request)

httpx.HTTPTransport.handle_request = answer
text = open(sys.argv[1]).read()
for code in re.findall(r'<!-- UsageSnippet language="python"[^>]*-->\\n```python\\n(.*?)```', text, re.S):
    exec(code, {"__name__": "snippet"})
print(json.dumps(sent))
"""


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    tmp = tmp_path_factory.mktemp("samples")
    spec = tmp / "samples.yaml"
    spec.write_text(SPEC)
    return tmp / "python", generate_to(spec, tmp / "python")


def test_each_example_that_does_not_fit_is_a_warning_at_its_place(samples: tuple) -> None:
    _, written = samples
    found = {w.pointer: w.message for w in written.diagnostics.warnings}
    assert written.diagnostics.by_kind() == {"example-mismatch": 4}
    assert found == {
        "/paths/~1people/post/parameters/0/example": (
            "the example does not match its schema, '\"git\"' is not one of the enum's "
            "values; the docs show placeholders instead"
        ),
        "/paths/~1people/post/requestBody/content/application~1json/example": (
            "the example does not match its schema, at born: '2025-10-15T13:51:13.988Z' is "
            "not a date (YYYY-MM-DD); the docs show placeholders instead"
        ),
        "/components/schemas/Person/properties/name/example": (
            "the example does not match its schema, a number where a string is declared; "
            "the docs show placeholders instead"
        ),
        "/components/schemas/Person/properties/seen/example": (
            "the example does not match its schema, '2024-02-30T10:00:00Z' is not a "
            "date-time (RFC 3339); the docs show placeholders instead"
        ),
    }


def test_the_first_example_that_fits_is_kept(samples: tuple) -> None:
    _, written = samples
    (patch,) = [op for op in written.api.operations if op.operation_id == "applyPatch"]
    assert patch.request_body is not None
    assert patch.request_body.example == [{"op": "add", "value": {"label": "New"}}]
    person = written.api.schema(ir.SchemaName(("Person",)))
    assert isinstance(person, ir.ObjectSchema)
    examples = {p.name: (p.has_example, p.example) for p in person.properties}
    assert examples == {
        "name": (False, None),
        "born": (False, None),
        "seen": (False, None),
        "tags": (True, ["x", "y"]),
    }


def test_every_documented_call_is_sent(samples: tuple) -> None:
    out, _ = samples
    docs = out / "docs" / "sdks" / "people" / "README.md"
    run = subprocess.run(
        [sys.executable, "-c", RUN_SNIPPETS, str(docs)],
        cwd=out / "src",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [
        ["/patches", "", [{"op": "add", "value": {"label": "New"}}]],
        ["/people", "", {"name": "<value>", "born": "2025-01-01", "tags": ["x", "y"]}],
        ["/uploads", "", {"photo": "<file content>", "caption": "Hello"}],
    ]


@pytest.mark.parametrize(
    ("value", "type_", "why"),
    [
        (True, ir.Primitive("integer"), "a boolean where a number is declared"),
        (1.5, ir.Primitive("integer"), "1.5 where an integer is declared"),
        (2.0, ir.Primitive("integer"), None),
        (None, ir.Nullable(ir.Primitive("string")), None),
        (None, ir.Primitive("string"), "null where a string is declared"),
        ("2024-02-29", ir.Primitive("string", "date"), None),
        ("2024-02-29T00:00:00Z", ir.Primitive("string", "date"), None),
        ("2023-02-29", ir.Primitive("string", "date"), "'2023-02-29' is not a date (YYYY-MM-DD)"),
        ("2024-02-29T10:00:00+02:00", ir.Primitive("string", "date-time"), None),
        (
            "yesterday",
            ir.Primitive("string", "date-time"),
            "'yesterday' is not a date-time (RFC 3339)",
        ),
        (
            {"a": [1, "x"]},
            ir.MapType(ir.ArrayType(ir.Primitive("number"))),
            "at a[1]: a string where a number is declared",
        ),
        ("anything", ir.Primitive("any"), None),
        ("c2RrZ2Vu", ir.Primitive("string", "byte"), None),
        ("<image bytes>", ir.Primitive("string", "byte"), "'<image bytes>' is not base64"),
    ],
)
def test_a_value_fits_a_type_as_json_schema_and_the_sdks_have_it(
    value: object, type_: ir.TypeRef, why: str | None
) -> None:
    assert misfit(value, type_, {}) == why


def test_enums_and_unions_compare_as_json() -> None:
    flags = ir.SchemaName(("Flags",))
    either = ir.SchemaName(("Either",))
    schemas: dict[ir.SchemaName, ir.NamedSchema] = {
        flags: ir.EnumSchema(flags, ir.Primitive("integer"), (0, 1)),
        either: ir.UnionSchema(either, (ir.Named(flags), ir.Primitive("string"))),
    }
    assert misfit(1.0, ir.Named(flags), schemas) is None
    assert misfit(True, ir.Named(flags), schemas) == "True is not one of the enum's values"
    assert misfit("one", ir.Named(either), schemas) is None
    assert misfit(2, ir.Named(either), schemas) == "2 is not one of the enum's values"


SELF_REQUIRED = """\
openapi: 3.0.3
info: {title: Tree, version: "1"}
servers: [{url: "https://tree.example.test"}]
paths:
  /nodes:
    post:
      operationId: addNode
      tags: [Nodes]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Node"}
      responses:
        "204": {description: added}
  /loops:
    post:
      operationId: addLoop
      tags: [Nodes]
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: array, items: {$ref: "#/components/schemas/Loop"}}
      responses:
        "204": {description: added}
components:
  schemas:
    Node:
      type: object
      required: [name, parent]
      properties:
        name: {type: string}
        parent:
          allOf: [{$ref: "#/components/schemas/Node"}]
          nullable: true
    Loop:
      type: object
      required: [next]
      properties:
        next: {$ref: "#/components/schemas/Loop"}
"""


@pytest.mark.parametrize("target", ["python", "typescript"])
def test_a_schema_that_requires_itself_gets_a_finite_placeholder(
    tmp_path: Path, target: str
) -> None:
    # The placeholder of a node whose parent is required (and nullable) filled parents
    # without end: a recursion error, reported as an internal error.
    spec = tmp_path / "tree.yaml"
    spec.write_text(SELF_REQUIRED)
    generate_to(spec, tmp_path / "out", target)
    page = (tmp_path / "out" / "docs" / "sdks" / "nodes" / "README.md").read_text()
    if target == "python":
        assert 'parent={\n            "name": "<value>",\n            "parent": None,\n' in page
        assert "request=[]" in page


CAMEL = """\
openapi: 3.0.3
info: {title: Holders, version: "1"}
servers: [{url: "https://holders.example.test"}]
paths:
  /holders:
    post:
      operationId: createHolder
      tags: [Accounts]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [holderDetails]
              properties:
                holderDetails:
                  type: object
                  properties:
                    businessDetails:
                      type: object
                      properties:
                        taxId: {type: string}
                        shareHolders:
                          type: array
                          items: {type: object, properties: {firstName: {type: string}}}
            example:
              holderDetails:
                businessDetails: {taxId: "123", shareHolders: [{firstName: Alice}]}
      responses:
        "204": {description: created}
"""


def test_a_documented_dict_uses_the_models_python_names(tmp_path: Path) -> None:
    # Adyen's snippets passed {"businessDetails": ...}: the SDK takes the API's names too,
    # but mypy refuses them for the TypedDict the parameter is typed with.
    spec = tmp_path / "holders.yaml"
    spec.write_text(CAMEL)
    generate_to(spec, tmp_path / "out")
    page = (tmp_path / "out" / "docs" / "sdks" / "accounts" / "README.md").read_text()
    (block,) = re.findall(r"```python\n(.*?)```", page, re.S)
    assert '"business_details": {' in block and '"tax_id": "123"' in block
    assert '"share_holders": [' in block and '"first_name": "Alice"' in block
    (tmp_path / "out" / "src" / "snippet.py").write_text(block)
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "snippet.py"],
        cwd=tmp_path / "out" / "src",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout


def test_documented_dates_are_dates_and_every_block_passes_mypy(samples: tuple) -> None:
    # A date was shown as its ISO string: the SDK takes it, but mypy refuses a str for a
    # date parameter.
    out, _ = samples
    page = (out / "docs" / "sdks" / "people" / "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", page, re.S)
    (person,) = [b for b in blocks if "add_person(" in b]
    assert person.startswith("from datetime import date\n\nfrom samples import Samples\n")
    assert "        born=date(2025, 1, 1),\n" in person
    for index, block in enumerate(blocks):
        (out / "src" / f"block{index}.py").write_text(block)
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", *(f"block{i}.py" for i in range(len(blocks)))],
        cwd=out / "src",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout
