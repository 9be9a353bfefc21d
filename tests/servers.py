"""Processes the tests talk to over real sockets: our mock server and Prism.

Each is started as its own process on 127.0.0.1 with an ephemeral port, waited for until it
says it listens, and stopped by PID when the fixture that started it ends.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from .conftest import ROOT

PRISM_DIR = ROOT / "tests" / "node"
PRISM_ENTRY = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js"


class _Process:
    """A child process whose output is read in the background until a line matches."""

    def __init__(self, command: list[str], ready: str, cwd: Path, timeout: float = 60) -> None:
        self.process = subprocess.Popen(
            command,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, "SCARF_ANALYTICS": "false", "NO_COLOR": "1"},
            start_new_session=True,
        )
        self.output: list[str] = []
        self.match: re.Match[str] | None = None
        found = threading.Event()

        def pump() -> None:
            assert self.process.stdout is not None
            for line in self.process.stdout:
                self.output.append(line)
                if self.match is None:
                    self.match = re.search(ready, line)
                    if self.match:
                        found.set()

        threading.Thread(target=pump, daemon=True).start()
        if not found.wait(timeout):
            self.stop()
            raise RuntimeError(f"{command[0]} did not start:\n{''.join(self.output)}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


class MockServer:
    """``python -m mockserver SPEC --port 0`` and its control endpoints."""

    def __init__(self, spec: Path) -> None:
        self._process = _Process(
            [sys.executable, "-m", "mockserver", str(spec), "--port", "0"],
            r"listening on (http://127\.0\.0\.1:\d+)",
            ROOT,
        )
        assert self._process.match is not None
        self.url = self._process.match.group(1)
        self._control = httpx.Client(base_url=self.url + "/__mock", timeout=10)

    def stop(self) -> None:
        self._control.close()
        self._process.stop()

    def reset(self) -> None:
        self._control.post("/reset").raise_for_status()

    def script(self, operation_id: str, *steps: dict[str, Any]) -> None:
        self._control.post(
            "/script", json={"operation_id": operation_id, "steps": list(steps)}
        ).raise_for_status()

    def requests(self) -> list[dict[str, Any]]:
        response = self._control.get("/requests")
        response.raise_for_status()
        return list(response.json())

    def gaps(self) -> list[float]:
        times = [r["time"] for r in self.requests()]
        return [after - before for before, after in zip(times, times[1:])]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Prism:
    """Stoplight Prism's mock (validating) server, run with node from tests/node."""

    def __init__(self, spec: Path) -> None:
        if not PRISM_ENTRY.is_file():
            raise RuntimeError(
                "Prism is not installed: run make test (it runs npm ci in tests/node)"
            )
        port = free_port()
        self._process = _Process(
            ["node", str(PRISM_ENTRY), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port)],
            r"Prism is listening on",
            PRISM_DIR,
            timeout=120,
        )
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self._process.stop()
