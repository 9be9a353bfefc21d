"""The SDK's debug log as a user turns it on: ``FRIENDLI_LOG=debug`` in the environment of a
program that calls the API prints each attempt to standard error, the token nowhere."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from .conftest import GENERATED
from .servers import MockServer

PROGRAM = """\
import sys
from friendli import SyncFriendli
from friendli.utils import BackoffStrategy, RetryConfig

retries = RetryConfig("backoff", BackoffStrategy(initial_interval=1, max_interval=1), False)
with SyncFriendli(token="sk-secret-token-1", server_url=sys.argv[1], retry_config=retries) as f:
    f.container.image.generate(prompt="p")
"""


def test_the_log_variable_prints_every_attempt_without_the_token(mock: MockServer) -> None:
    mock.script("containerImagesGenerate", {"status": 503})
    env = {**os.environ, "PYTHONPATH": str(GENERATED / "src"), "FRIENDLI_LOG": "debug"}
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, mock.url],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if " friendli DEBUG " in line]
    assert len(lines) == 2, result.stderr
    first = f"POST {mock.url}/v1/images/generations -> 503 (attempt 1); retrying in "
    assert re.search(re.escape(first) + r"[0-9.e-]+ s$", lines[0]), lines[0]
    assert lines[1].endswith(f"POST {mock.url}/v1/images/generations -> 200 (attempt 2)")
    assert "sk-secret-token-1" not in result.stderr

    quiet = subprocess.run(
        [sys.executable, "-c", PROGRAM, mock.url],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "FRIENDLI_LOG": ""},
    )
    assert quiet.returncode == 0 and quiet.stderr == ""
