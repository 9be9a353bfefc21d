"""A scripted HTTP server on 127.0.0.1 for tests that need real sockets (timeouts, drops).

Each request takes the next :class:`Reply` of the script (the last one repeats) and is
recorded. Runs in a thread; stopped by the fixture that starts it.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator


@dataclass
class Reply:
    status: int = 200
    body: bytes = b'{"image": "aGVsbG8="}'
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/json"})
    delay: float = 0.0  # seconds before the status line
    drop: bool = False  # close the connection without answering
    trickle: float = 0.0  # seconds between body bytes


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float

    def json(self) -> Any:
        return json.loads(self.body)


class LocalServer:
    def __init__(self, *script: Reply) -> None:
        self.script = list(script) or [Reply()]
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                with server._lock:
                    server.requests.append(
                        Recorded(
                            self.command, self.path, dict(self.headers), body, time.monotonic()
                        )
                    )
                    reply = server.script.pop(0) if len(server.script) > 1 else server.script[0]
                time.sleep(reply.delay)
                if reply.drop:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.trickle:
                    for byte in reply.body:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(reply.trickle)
                else:
                    self.wfile.write(reply.body)

            do_GET = do_POST

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def gaps(self) -> Iterator[float]:
        """Seconds between consecutive requests."""
        for before, after in zip(self.requests, self.requests[1:]):
            yield after.at - before.at
