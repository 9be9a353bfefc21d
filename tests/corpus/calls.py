"""Run every documented call of a generated Python SDK, as a user copying the docs would,
against a stand-in server: each usage snippet of ``docs/sdks/**/README.md`` is executed with
every HTTP request answered ``200`` (``{}`` for JSON) by a mock transport.

What counts: a call that builds and sends its request and reads the answer is ``ok``; an
answer the SDK rejects (``{}`` is rarely what the spec describes) is ``answer-rejected``, or
another error of the SDK's own (``sdk-error``); both mean the request went out as the SDK
meant it to. A problem is anything else: an argument of the docs' own call that the SDK
refuses (``RequestValidationError``), or any other exception (the SDK failing on a spec it
generated). Prints one JSON object: the counts, and the problems with the operation and
the last lines of each traceback.

    python tests/corpus/calls.py SDK_FOLDER PACKAGE
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import re
import signal
import sys
import traceback
from pathlib import Path
from typing import Any

import httpx

SNIPPET = re.compile(
    r'<!-- UsageSnippet language="python" operationID="([^"]*)"[^>]*-->\n```python\n(.*?)```',
    re.S,
)
# The address every call goes to when the spec names no server (the mock answers anyway).
STAND_IN_SERVER = "https://mock.example.test"
SNIPPET_SECONDS = 20  # a paginated call's loop, say, that would not end


def answer(request: httpx.Request) -> httpx.Response:
    """``200`` in the first media type the call accepts: ``{}``, an empty event stream or
    two bytes."""
    accept = request.headers.get("accept", "")
    if "json" in accept or accept in ("", "*/*"):
        return httpx.Response(200, json={}, request=request)
    media_type = accept.split(",")[0].split(";")[0].strip()
    body = b"" if media_type == "text/event-stream" else b"ok"
    return httpx.Response(200, content=body, headers={"content-type": media_type}, request=request)


def run(sdk: Path, package: str) -> dict[str, Any]:
    sys.path.insert(0, str(sdk / "src"))
    httpx.HTTPTransport.handle_request = lambda self, request: answer(request)  # type: ignore[method-assign]
    generated = importlib.import_module(package + ".sdk")
    if generated.DEFAULT_SERVER_URL is None:
        generated.DEFAULT_SERVER_URL = STAND_IN_SERVER
    errors = importlib.import_module(package + ".errors")

    def too_long(signum: int, frame: Any) -> None:
        raise TimeoutError(f"the call ran over {SNIPPET_SECONDS} s")

    signal.signal(signal.SIGALRM, too_long)
    counts = {"ok": 0, "answer-rejected": 0, "sdk-error": 0}
    problems: list[dict[str, Any]] = []
    for page in sorted((sdk / "docs" / "sdks").rglob("README.md")):
        for operation, code in SNIPPET.findall(page.read_text(encoding="utf-8")):
            signal.alarm(SNIPPET_SECONDS)
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    exec(compile(code, f"{page.relative_to(sdk)}:{operation}", "exec"), {})
                counts["ok"] += 1
            except errors.ResponseValidationError:
                counts["answer-rejected"] += 1
            except errors.RequestValidationError as exc:
                problems.append({"operation": operation, "error": f"RequestValidationError: {exc}"})
            except errors.SDKBaseError:
                counts["sdk-error"] += 1
            except Exception as exc:  # noqa: BLE001 - what this run is looking for
                lines = traceback.format_exc().strip().splitlines()
                problems.append(
                    {
                        "operation": operation,
                        "error": f"{type(exc).__name__}: {exc}"[:500],
                        "traceback": lines[-6:],
                    }
                )
            finally:
                signal.alarm(0)
    return {**counts, "problems": problems}


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]), sys.argv[2])))
