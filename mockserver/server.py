"""The HTTP side of the mock server: routing, validation answers, recording and faults.

Control endpoints (JSON), for tests:

- ``POST /__mock/script``  ``{"operation_id": ID or "*", "steps": [STEP, ...]}`` queues steps;
  each request to that operation takes the next one. A step may set ``status``, ``headers``,
  ``body`` (raw text) or ``json``, ``content_type``, ``delay`` (seconds before answering),
  ``drop`` (close without answering), ``drop_after`` (close after that many body bytes),
  ``trickle`` (seconds between ``chunk``-byte pieces), ``compress`` (``gzip`` or
  ``deflate``: the body is sent compressed, with its ``Content-Encoding``; ``drop_after``
  then counts compressed bytes). A step without ``status`` answers normally, with its
  delay, trickle or compression applied, its ``headers`` added and its ``merge`` (an object)
  laid over a JSON object answer: a page of a list with the cursor a test chooses.
- ``GET /__mock/requests``: every request so far (method, path, query, headers, body as
  text, operation, the status answered).
- ``POST /__mock/reset``: forget requests and scripts.
"""

from __future__ import annotations

import argparse
import base64
import email.parser
import email.policy
import gzip
import ipaddress
import json
import socket
import sys
import threading
import time
import zlib
from collections import defaultdict, deque
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from .spec import Operation, Spec
from .synth import event_stream, example_for, synthesize

CONTROL = "/__mock/"


class MockState:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        self.scripts: dict[str, deque[dict[str, Any]]] = defaultdict(deque)

    def next_step(self, operation_id: str) -> dict[str, Any] | None:
        with self.lock:
            for key in (operation_id, "*"):
                if self.scripts[key]:
                    return self.scripts[key].popleft()
        return None


class MockServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 512
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: MockState) -> None:
        self.state = state
        super().__init__(address, Handler)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: MockServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # -- plumbing ----------------------------------------------------------------------------

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "application/json",
        headers: dict[str, str] | None = None,
        step: dict[str, Any] | None = None,
    ) -> None:
        step = step or {}
        time.sleep(float(step.get("delay", 0)))
        if step.get("drop"):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        encoding = step.get("compress")
        if encoding is not None:
            body = _compressed(str(encoding), body)
            headers = {**(headers or {}), "Content-Encoding": str(encoding)}
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if "drop_after" in step:
            self.wfile.write(body[: int(step["drop_after"])])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        trickle = float(step.get("trickle", 0))
        if trickle:
            size = int(step.get("chunk", 1))
            for start in range(0, len(body), size):
                self.wfile.write(body[start : start + size])
                self.wfile.flush()
                time.sleep(trickle)
        else:
            self.wfile.write(body)

    def _json(
        self, status: int, data: Any, step: dict[str, Any] | None = None, **headers: str
    ) -> None:
        self._send(status, json.dumps(data).encode(), headers=headers or None, step=step)

    def _record(self, body: bytes, operation: Operation | None, status: int) -> None:
        url = urlsplit(self.path)
        with self.server.state.lock:
            self.server.state.requests.append(
                {
                    "method": self.command,
                    "path": url.path,
                    "query": parse_qsl(url.query, keep_blank_values=True),
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "body": body.decode("utf-8", "replace"),
                    "parts": _form_parts(self.headers.get("Content-Type") or "", body),
                    "operation_id": operation.operation_id if operation else None,
                    "status": status,
                    "time": time.monotonic(),
                }
            )

    # -- control -------------------------------------------------------------------------------

    def _control(self, body: bytes) -> None:
        state = self.server.state
        name = urlsplit(self.path).path[len(CONTROL) :]
        if name == "requests" and self.command == "GET":
            with state.lock:
                self._json(200, state.requests)
            return
        if name == "reset" and self.command == "POST":
            with state.lock:
                state.requests.clear()
                state.scripts.clear()
            self._json(200, {"ok": True})
            return
        if name == "script" and self.command == "POST":
            data = json.loads(body)
            with state.lock:
                state.scripts[str(data["operation_id"])].extend(data["steps"])
            self._json(200, {"ok": True})
            return
        self._json(404, {"detail": f"unknown control endpoint {name!r}"})

    # -- the API ---------------------------------------------------------------------------

    def _handle(self) -> None:
        body = self._read_body()
        if urlsplit(self.path).path.startswith(CONTROL):
            self._control(body)
            return
        state = self.server.state
        path = urlsplit(self.path).path
        operation, path_known = state.spec.route(self.command, path)
        if operation is None:
            status = 405 if path_known else 404
            self._record(body, None, status)
            self._json(status, {"detail": f"no operation for {self.command} {path}"})
            return
        step = state.next_step(operation.operation_id)
        if step is not None and "status" in step:
            self._record(body, operation, int(step["status"]))
            self._scripted(step)
            return
        status, answer, headers = self._answer(operation, body)
        if step is not None and isinstance(answer, dict) and isinstance(step.get("merge"), dict):
            answer = {**answer, **step["merge"]}
        if step is not None and isinstance(step.get("headers"), dict):
            headers.update({str(k): str(v) for k, v in step["headers"].items()})
        self._record(body, operation, status)
        if isinstance(answer, bytes):  # already encoded, with its own content type (or none)
            content_type = headers.pop("Content-Type")
            self._send(status, answer, content_type, headers, step)
        else:
            self._json(status, answer, step, **headers)

    def _presents(self, scheme: dict[str, Any]) -> bool:
        """Whether the request carries a well-formed credential for ``scheme``."""
        kind = scheme.get("type")
        auth = self.headers.get("Authorization", "")
        if kind in ("oauth2", "openIdConnect") or (
            kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer"
        ):
            return auth.startswith("Bearer ") and bool(auth[7:].strip())
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            if not auth.startswith("Basic "):
                return False
            try:
                decoded = base64.b64decode(auth[6:], validate=True).decode("utf-8")
            except (ValueError, UnicodeDecodeError):
                return False
            return ":" in decoded
        if kind == "apiKey":
            name = str(scheme.get("name", ""))
            where = scheme.get("in")
            if where == "header":
                return bool(self.headers.get(name))
            if where == "query":
                return any(k == name and v for k, v in parse_qsl(urlsplit(self.path).query))
            if where == "cookie":
                cookies = SimpleCookie(self.headers.get("Cookie", ""))
                return name in cookies and bool(cookies[name].value)
        return False  # mutualTLS and unknown kinds: never presented over plain HTTP

    def _scripted(self, step: dict[str, Any]) -> None:
        if "json" in step:
            payload = json.dumps(step["json"]).encode()
        else:
            payload = str(step.get("body", "")).encode()
        self._send(
            int(step["status"]),
            payload,
            content_type=step.get("content_type", "application/json"),
            headers=step.get("headers"),
            step=step,
        )

    def _answer(self, op: Operation, body: bytes) -> tuple[int, Any, dict[str, str]]:
        """Validate the request as the spec says; answer as the spec says."""
        if op.security and not any(
            all(self._presents(scheme) for scheme in alternative) for alternative in op.security
        ):
            return 401, {"detail": "missing or malformed credentials"}, {}
        if op.body_types:
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if not body:
                if op.body_required:
                    return 422, _validation_error(["body"], "Field required", "missing"), {}
            elif media not in op.body_types:
                return 415, {"detail": f"unsupported content type {media or 'none'!r}"}, {}
            elif media == "application/json" or media.endswith("+json"):
                try:
                    document = json.loads(body)
                except ValueError as exc:
                    return (
                        422,
                        _validation_error(["body"], f"invalid JSON: {exc}", "json_invalid"),
                        {},
                    )
                validator = self.server.state.spec.validator(op.body_types[media])
                errors = sorted(
                    validator.iter_errors(document), key=lambda e: list(e.absolute_path)
                )
                if errors:
                    detail = [
                        {"loc": ["body", *e.absolute_path], "msg": e.message, "type": e.validator}
                        for e in errors
                    ]
                    return 422, {"detail": detail}, {}
        for code, response in op.responses.items():
            if code.startswith("2"):
                status = 200 if code.upper() == "2XX" else int(code)
                content = response.get("content") or {}
                media_type = (
                    "application/json"
                    if "application/json" in content
                    else next(iter(content), None)
                )
                if "text/event-stream" in content and _asks_to_stream(self.headers, body):
                    media_type = "text/event-stream"
                if media_type is None:
                    return status, b"", {"Content-Type": None}  # type: ignore[dict-item]
                spec = self.server.state.spec
                if media_type == "text/event-stream":
                    body = event_stream(spec, content[media_type])
                    return status, body, {"Content-Type": media_type}
                if not (media_type.endswith("json") or media_type == "*/*"):
                    media = content[media_type]
                    schema = spec._deref(media.get("schema") or {})
                    binary = isinstance(schema, dict) and schema.get("format") == "binary"
                    value = None if binary and "example" not in media else example_for(spec, media)
                    raw = value.encode("utf-8") if isinstance(value, str) else b"mock bytes"
                    return status, raw, {"Content-Type": media_type}
                answer = example_for(spec, content[media_type])
                schema_pointer = op.response_schemas.get(code, {}).get(media_type)
                if schema_pointer and not spec.validator(schema_pointer, "response").is_valid(
                    answer
                ):
                    # Specs' own examples are not always valid (GitHub's leave out required
                    # fields); the mock answers only what the spec promises.
                    schema = content[media_type].get("schema") or {}
                    answer = synthesize(spec, schema, depth=0)
                    if not spec.validator(schema_pointer, "response").is_valid(answer):
                        answer = synthesize(spec, schema, depth=0, examples=False)
                return status, answer, {}
        return 200, None, {}

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


def _form_parts(content_type: str, body: bytes) -> list[list[Any]] | None:
    """A multipart body's parts, in order, as [name, filename, text]: a repeated name is an
    array sent as repeated parts. None for any other body."""
    if not content_type.lower().startswith("multipart/"):
        return None
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    found: list[list[Any]] = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            payload = b""
        found.append(
            [
                part.get_param("name", header="content-disposition"),
                part.get_filename(),
                payload.decode("utf-8", "replace"),
            ]
        )
    return found


def _asks_to_stream(headers: Any, body: bytes) -> bool:
    """Whether a request asks for the event stream its operation offers beside JSON: a JSON
    body with ``"stream": true`` (the LLM APIs' convention), or an Accept header that names
    text/event-stream alone."""
    accept = [part.split(";")[0].strip() for part in (headers.get("Accept") or "").split(",")]
    if accept == ["text/event-stream"]:
        return True
    try:
        document = json.loads(body) if body else None
    except ValueError:
        return False
    return isinstance(document, dict) and document.get("stream") is True


def _validation_error(loc: list[Any], msg: str, kind: str) -> dict[str, Any]:
    return {"detail": [{"loc": loc, "msg": msg, "type": kind}]}


def _compressed(encoding: str, body: bytes) -> bytes:
    if encoding == "gzip":
        return gzip.compress(body)
    if encoding == "deflate":
        return zlib.compress(body)
    raise ValueError(f"unknown compression {encoding!r}: use gzip or deflate")


def serve(spec_path: Path, host: str = "127.0.0.1", port: int = 0) -> MockServer:
    address = ipaddress.ip_address(host)
    if not address.is_loopback:
        raise ValueError(f"the mock server only listens on loopback addresses, not {host}")
    return MockServer((host, port), MockState(Spec(spec_path)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mockserver", description=__doc__)
    parser.add_argument("spec", type=Path)
    parser.add_argument(
        "--host", default="127.0.0.1", help="a loopback address (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed)")
    args = parser.parse_args(argv)
    try:
        server = serve(args.spec, args.host, args.port)
    except (OSError, ValueError) as exc:
        print(f"mockserver: {exc}", file=sys.stderr)
        return 2
    host, port = server.server_address[:2]
    host = host.decode() if isinstance(host, bytes) else host
    print(f"mockserver listening on http://{host}:{port}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
