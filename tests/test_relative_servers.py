"""A server URL that is not absolute (``/``, ``/api/v1``: relative to where the description
is served; Anchore's and Airflow's specs) cannot be the SDK's address: the SDK sent requests
to ``/`` itself. Such servers are left out with a warning at their place; the next absolute
one is the default, and with none a caller passes ``server_url``. The spec is written here."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from generator.pipeline import generate_to

SPEC = """\
openapi: 3.0.3
info: {title: Relative, version: "1"}
servers:
  - {url: /}
  - {url: "http://relative.example.test/v2"}
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": {description: up}
  /upload:
    servers: [{url: /uploads}]
    post:
      operationId: upload
      responses:
        "204": {description: stored}
"""


@pytest.fixture(scope="module")
def relative(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    tmp = tmp_path_factory.mktemp("relative")
    spec = tmp / "relative.yaml"
    spec.write_text(SPEC)
    written = generate_to(spec, tmp / "python")
    sys.path.insert(0, str(tmp / "python" / "src"))
    try:
        yield written, importlib.import_module("relative")
    finally:
        sys.path.remove(str(tmp / "python" / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == "relative"]:
            del sys.modules[name]


def test_relative_servers_are_left_out_with_a_warning_each(relative: tuple[Any, Any]) -> None:
    written, _ = relative
    assert [(w.kind, w.pointer) for w in written.diagnostics.warnings] == [
        ("relative-server", "/paths/~1upload/servers/0/url"),
        ("relative-server", "/servers/0/url"),
    ]
    assert [s.url for s in written.api.servers] == ["http://relative.example.test/v2"]


def test_calls_go_to_the_first_absolute_server_or_the_callers(relative: tuple[Any, Any]) -> None:
    _, package = relative
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(204)

    sdk = package.Relative(client=httpx.Client(transport=httpx.MockTransport(answer)))
    sdk.ping()
    sdk.upload()
    sdk.upload(server_url="https://mine.example.test/uploads")
    assert sent == [
        "http://relative.example.test/v2/ping",
        "http://relative.example.test/v2/upload",
        "https://mine.example.test/uploads/upload",
    ]
