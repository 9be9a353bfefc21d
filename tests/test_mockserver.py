"""The mock server itself: it must refuse what the spec forbids, or the SDK tests prove little."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from .conftest import ROOT
from .servers import MockServer, free_port

SPEC_30 = """\
openapi: 3.0.3
info: {title: Things, version: "1"}
paths:
  /things/{id}:
    put:
      operationId: putThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        name: {type: string}
        note: {type: string, nullable: true}
        size: {type: integer, minimum: 1}
"""


@pytest.fixture(scope="module")
def things(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    path = tmp_path_factory.mktemp("spec") / "things.json"
    import yaml

    path.write_text(json.dumps(yaml.safe_load(SPEC_30)))  # and JSON specs load too
    server = MockServer(path)
    yield server
    server.stop()


def put(
    server: MockServer, body: object, path: str = "/things/7", **kwargs: object
) -> httpx.Response:
    return httpx.put(server.url + path, json=body, **kwargs)  # type: ignore[arg-type]


def test_valid_requests_get_the_synthesized_response(things: MockServer) -> None:
    response = put(things, {"name": "a", "note": None, "size": 2})
    assert response.status_code == 201
    assert response.json() == {"name": "string", "note": "string", "size": 1}


@pytest.mark.parametrize(
    "body, field",
    [
        ({"note": "x"}, "body"),
        ({"name": 1}, "name"),
        ({"name": "a", "size": 0}, "size"),
        ({"name": "a", "note": 3}, "note"),
    ],
)
def test_invalid_bodies_get_422_with_the_location(
    things: MockServer, body: object, field: str
) -> None:
    response = put(things, body)
    assert response.status_code == 422
    assert field in json.dumps(response.json()["detail"])


def test_routing_content_type_and_recording(things: MockServer) -> None:
    things.reset()
    assert httpx.get(things.url + "/things/7").status_code == 405
    assert httpx.put(things.url + "/nothing").status_code == 404
    assert (
        httpx.put(
            things.url + "/things/7",
            content=b"name=a",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ).status_code
        == 415
    )
    assert (
        httpx.put(
            things.url + "/things/7", content=b"{oops", headers={"Content-Type": "application/json"}
        ).status_code
        == 422
    )
    recorded = things.requests()
    assert [(r["method"], r["path"], r["status"]) for r in recorded] == [
        ("GET", "/things/7", 405),
        ("PUT", "/nothing", 404),
        ("PUT", "/things/7", 415),
        ("PUT", "/things/7", 422),
    ]
    assert recorded[3]["body"] == "{oops" and recorded[3]["operation_id"] == "putThing"


def test_scripted_steps_are_played_in_order_then_normal_answers_resume(things: MockServer) -> None:
    things.reset()
    things.script(
        "putThing",
        {"status": 503, "headers": {"Retry-After": "1"}},
        {"status": 200, "body": "{trunc", "content_type": "text/plain"},
    )
    first, second, third = (put(things, {"name": "a"}) for _ in range(3))
    assert (first.status_code, first.headers["retry-after"]) == (503, "1")
    assert (second.status_code, second.text, second.headers["content-type"]) == (
        200,
        "{trunc",
        "text/plain",
    )
    assert third.status_code == 201


def test_started_by_hand_on_a_given_port_and_only_on_loopback(tmp_path: Path) -> None:
    spec = tmp_path / "things.yaml"
    spec.write_text(textwrap.dedent(SPEC_30))
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mockserver", str(spec), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert (
            process.stdout.readline().strip() == f"mockserver listening on http://127.0.0.1:{port}"
        )
        assert put_to(port).status_code == 201
    finally:
        process.terminate()
        process.wait(10)
    refused = subprocess.run(
        [sys.executable, "-m", "mockserver", str(spec), "--host", "0.0.0.0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2 and "loopback" in refused.stderr


def put_to(port: int) -> httpx.Response:
    return httpx.put(f"http://127.0.0.1:{port}/things/1", json={"name": "a"})
