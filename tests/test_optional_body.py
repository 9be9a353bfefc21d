"""A request body the spec does not require (``requestBody.required`` is false by default)
that the SDK takes whole, as ``request`` (AWS's XML bodies, Apple's SiriKit lists), may be
left out of a call. The Python SDK
validated the missing body against its model and raised ``RequestValidationError`` before
sending anything. A body of a media type the SDKs do not write from a schema (XML) is taken
as the caller writes it, with a warning: it was sent as JSON under an XML content type. The spec is written here; calls go over an httpx MockTransport.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from generator.pipeline import generate_to

SPEC = """\
openapi: 3.0.3
info: {title: Optional Body, version: "1"}
servers: [{url: "https://optional.example.test"}]
paths:
  /roles:
    post:
      operationId: assumeRole
      requestBody:
        content:
          application/xml:
            schema: {$ref: "#/components/schemas/Role"}
      responses:
        "204": {description: assumed}
  /media:
    post:
      operationId: addMedia
      requestBody:
        content:
          application/json:
            schema: {type: array, items: {$ref: "#/components/schemas/Role"}}
      responses:
        "204": {description: added}
  /users/{name}/suspended:
    put:
      operationId: suspend
      parameters:
        - {name: name, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              nullable: true
              properties:
                reason: {type: string}
      responses:
        "204": {description: suspended}
  /tasks:
    post:
      operationId: addTasks
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: {type: array, items: {type: object, properties: {name: {type: string}}}}
      responses:
        "204": {description: queued}
  /passwords:
    put:
      operationId: setPassword
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: {type: string}
      responses:
        "204": {description: set}
  /avatars:
    put:
      operationId: setAvatar
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: {type: string, format: binary}
      responses:
        "204": {description: set}
components:
  schemas:
    Role:
      type: object
      required: [arn]
      properties:
        arn: {type: string}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("optional")
    spec = tmp / "optional.yaml"
    spec.write_text(SPEC)
    written = generate_to(spec, tmp / "python")
    content = "/paths/~1{}/requestBody/content/{}/schema"
    assert [(w.kind, w.pointer) for w in written.diagnostics.warnings] == [
        ("unwritten-media-type", content.format("roles/post", "application~1xml")),
        (
            "unwritten-media-type",
            content.format("tasks/post", "application~1x-www-form-urlencoded"),
        ),
        ("unwritten-media-type", content.format("passwords/put", "multipart~1form-data")),
        ("unwritten-media-type", content.format("avatars/put", "multipart~1form-data")),
    ]
    sys.path.insert(0, str(tmp / "python" / "src"))
    try:
        yield importlib.import_module("optional_body")
    finally:
        sys.path.remove(str(tmp / "python" / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == "optional_body"]:
            del sys.modules[name]


def test_an_optional_body_may_be_left_out_or_given(package: Any) -> None:
    sent: list[tuple[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        body = request.content
        if body and request.headers["content-type"] == "application/json":
            body = json.loads(body)
        sent.append((request.url.path, body or None))
        return httpx.Response(204)

    client = httpx.Client(transport=httpx.MockTransport(answer))
    sdk = package.OptionalBody(client=client)
    sdk.assume_role()
    sdk.add_media()
    sdk.assume_role(request="<Role><arn>a</arn></Role>")
    sdk.add_media(request=[{"arn": "b"}])
    sdk.suspend(name="ada")  # (GitHub Enterprise's: a nullable body, not required)
    sdk.suspend(name="ada", request={"reason": "spam"})
    sdk.add_tasks(request="0%5Bname%5D=cut")  # (PeerTube's: a form that is a list)
    sdk.set_password(request="--b\r\n...")  # (BlazeMeter's: multipart that is a string)
    sdk.set_avatar(request=b"\x89PNG")  # (multipart that is a file: bytes, as they are)
    assert sent == [
        ("/roles", None),
        ("/media", None),
        ("/roles", b"<Role><arn>a</arn></Role>"),
        ("/media", [{"arn": "b"}]),
        ("/users/ada/suspended", None),
        ("/users/ada/suspended", {"reason": "spam"}),
        ("/tasks", b"0%5Bname%5D=cut"),
        ("/passwords", b"--b\r\n..."),
        ("/avatars", b"\x89PNG"),
    ]
    with pytest.raises(package.errors.RequestValidationError):
        sdk.add_media(request=[{"name": "no arn"}])
