"""An answer described as JSON whose schema is a file (``application/json`` with ``type:
string, format: binary``: Combell's certificate download, NeutrinoAPI's list downloads)
cannot be both. The Python SDK asked for JSON and refused any answer ("expected a file").
It is read as bytes, asked for as ``application/octet-stream``, with a warning. The spec is
written here; calls go over an httpx MockTransport."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import httpx

from generator.pipeline import generate_to

SPEC = """\
openapi: 3.0.3
info: {title: Certs, version: "1"}
servers: [{url: "https://certs.example.test"}]
paths:
  /certificates/{id}/download:
    get:
      operationId: downloadCertificate
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the certificate file
          content:
            application/json:
              schema: {type: string, format: binary}
  /images/flip:
    post:
      operationId: flipImage
      responses:
        "200":
          description: the flipped image (Apptigent's, as any media type)
          content:
            "*/*":
              schema: {type: string, format: binary}
"""


def test_a_json_file_answer_is_read_as_bytes(tmp_path: Path) -> None:
    spec = tmp_path / "certs.yaml"
    spec.write_text(SPEC)
    written = generate_to(spec, tmp_path / "python")
    assert [(w.kind, w.pointer) for w in written.diagnostics.warnings] == [
        (
            "contradictory-content",
            "/paths/~1certificates~1{id}~1download/get/responses/200/content/application~1json"
            "/schema",
        )
    ]
    accepted: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        accepted.append(request.headers["accept"])
        return httpx.Response(
            200, content=b"\x30\x82\x01", headers={"content-type": "application/x-pkcs12"}
        )

    sys.path.insert(0, str(tmp_path / "python" / "src"))
    try:
        package = importlib.import_module("certs")
        sdk = package.Certs(client=httpx.Client(transport=httpx.MockTransport(answer)))
        assert sdk.download_certificate(id="c1") == b"\x30\x82\x01"
        assert sdk.flip_image() == b"\x30\x82\x01"
        assert accepted == ["application/octet-stream", "application/octet-stream"]
    finally:
        sys.path.remove(str(tmp_path / "python" / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == "certs"]:
            del sys.modules[name]
