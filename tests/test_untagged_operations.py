"""Operations without a tag are the client's own methods (AWS's specs tag none; many small
APIs neither). The Python SDK's docs left them out: no usage in the README, no operation in
its list, no page. Each target now documents them as it does a tag's, on a page of the
client's name. The spec is written here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate_to

SPEC = """\
openapi: 3.1.0
info: {title: Plain, version: "1"}
servers: [{url: "https://plain.example.test"}]
paths:
  /things:
    get:
      operationId: listThings
      summary: Every thing
      responses:
        "200":
          description: the things
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /things/{id}:
    delete:
      operationId: deleteThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}, example: 7}
      responses:
        "204": {description: gone}
  /plain/status:
    get:
      operationId: status
      tags: [Plain]
      responses:
        "204": {description: up}
"""

RUN = """\
import json, re, sys
import httpx
sent = []

def answer(self, request):
    sent.append(f"{request.method} {request.url}")
    return httpx.Response(200, json=["a"], request=request)

httpx.HTTPTransport.handle_request = answer
page = open(sys.argv[1]).read()
for code in re.findall(r'<!-- UsageSnippet language="python"[^>]*-->\\n```python\\n(.*?)```', page, re.S):
    exec(code, {})
print(json.dumps(sent))
"""


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("plain")
    spec = tmp / "plain.yaml"
    spec.write_text(SPEC)
    generate_to(spec, tmp / "python")
    generate_to(spec, tmp / "typescript", "typescript")
    return tmp


def test_the_readme_lists_and_shows_the_clients_own_methods(plain: Path) -> None:
    readme = (plain / "python" / "README.md").read_text()
    listed = readme.split("## Available Resources and Operations")[1].split("\n## ")[0]
    assert listed.strip().split("\n") == [
        "### Plain",
        "",
        "* [list_things](docs/sdks/plain/README.md#list_things) - Every thing",
        "* [delete_thing](docs/sdks/plain/README.md#delete_thing)",
        "",
        "### Plain",
        "",
        "* [status](docs/sdks/plain2/README.md#status)",
    ]
    usage = readme.split("## Usage")[1].split("\n## ")[0]
    assert "res = plain.list_things()" in usage


def test_each_target_has_a_page_for_them_whose_calls_run(plain: Path) -> None:
    page = plain / "python" / "docs" / "sdks" / "plain" / "README.md"
    text = page.read_text()
    assert text.startswith("# Plain\n")
    assert "## list_things" in text and "## delete_thing" in text
    run = subprocess.run(
        [sys.executable, "-c", RUN, str(page)],
        cwd=plain / "python" / "src",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.splitlines()[-1]) == [
        "GET https://plain.example.test/things",
        "DELETE https://plain.example.test/things/7",
    ]
    typescript = (plain / "typescript" / "docs" / "sdks" / "plain" / "README.md").read_text()
    assert "## listThings" in typescript and "## deleteThing" in typescript
