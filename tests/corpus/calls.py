"""Run every documented call of a generated Python SDK, as a user copying the docs would,
against a stand-in server: each usage snippet of ``docs/sdks/**/README.md`` is executed with
every HTTP request answered ``200`` by a mock transport. Given the spec, each answer is a
value of the operation's success type (its required properties, neutral values, a union's
member tagged for its discriminator: :func:`answer_value`), which the SDK must accept; else
``{}`` for JSON.

What counts: a call that builds and sends its request and reads the answer is ``ok``; an
answer the SDK rejects is ``answer-rejected`` (a problem when the answer is a value of the
spec's type), another error of the SDK's own ``sdk-error``. A problem is also an argument of
the docs' own call that the SDK refuses (``RequestValidationError``), and any other exception
(the SDK failing on a spec it generated). Prints one JSON object: the counts, and the
problems with the operation and the last lines of each traceback.

    python tests/corpus/calls.py SDK_FOLDER PACKAGE [SPEC]
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


def answer_value(
    schemas: dict[Any, Any], t: Any, within: frozenset[Any] = frozenset(), items: int = 1
) -> Any:
    """A value of IR type ``t`` as a server would answer it: every required property (read
    only ones included, write only ones left out), neutral scalars, lists of ``items``
    items, a union's member tagged for its discriminator; ``null`` or ``{}`` where a schema
    requires itself."""
    from generator import ir
    from generator.targets.shared import FORMAT_PLACEHOLDERS, tag_example

    if isinstance(t, ir.Nullable):
        inner = t.inner
        if isinstance(inner, ir.Named) and inner.name in within:
            return None
        return answer_value(schemas, inner, within, items)
    if isinstance(t, ir.Primitive):
        if t.kind == "string":
            return FORMAT_PLACEHOLDERS.get(t.format or "", "text")
        return {"integer": 1, "number": 1.5, "boolean": True}.get(t.kind, "any")
    if isinstance(t, ir.ArrayType):
        if isinstance(t.items, ir.Named) and t.items.name in within:
            return []
        return [answer_value(schemas, t.items, within, items) for _ in range(items)]
    if isinstance(t, ir.MapType):
        return {}
    schema = schemas[t.name]
    if isinstance(schema, ir.EnumSchema):
        return schema.values[0] if schema.values else None
    if t.name in within:
        return {}
    inside = within | {t.name}
    if isinstance(schema, ir.ObjectSchema):
        return {
            p.name: answer_value(schemas, p.type, inside, items)
            for p in schema.properties
            if p.required and not p.write_only
        }
    member = next(
        (v for v in schema.variants if not (isinstance(v, ir.Named) and v.name in inside)),
        schema.variants[0] if schema.variants else None,
    )
    if member is None:
        return None
    return tag_example(schema, member, answer_value(schemas, member, inside, items))


def spec_answers(spec: Path) -> dict[str, tuple[str, bytes, bytes]]:
    """Each operation's answers, by operationId: the success media type, a JSON value of its
    type, and one whose lists are empty, for the requests after the first (a paginated
    call's next pages: pages that never run out would never end). Operations that answer
    JSON only."""
    from generator.errors import Diagnostics
    from generator.load import load
    from generator.parse import build_api
    from generator.targets.shared import response_kind, success_response

    sys.setrecursionlimit(100_000)
    api = build_api(load(spec), Diagnostics())
    schemas = {s.name: s for s in api.schemas}
    found = {}
    for op in api.operations:
        success = success_response(op)
        if success is None or success.type is None or success.content_type is None:
            continue
        if response_kind(success.content_type) != "json":
            continue
        first = json.dumps(answer_value(schemas, success.type)).encode()
        later = json.dumps(answer_value(schemas, success.type, items=0)).encode()
        found[op.operation_id] = (success.content_type, first, later)
    return found


def answer(
    request: httpx.Request, given: tuple[str, bytes, bytes] | None = None, first: bool = True
) -> httpx.Response:
    """``200`` with ``given`` (a media type and its first and later bodies), else in the
    first media type the call accepts: ``{}``, an empty event stream or two bytes."""
    if given is not None:
        media_type, body = given[0], given[1] if first else given[2]
        return httpx.Response(
            200, content=body, headers={"content-type": media_type}, request=request
        )
    accept = request.headers.get("accept", "")
    if "json" in accept or accept in ("", "*/*"):
        return httpx.Response(200, json={}, request=request)
    media_type = accept.split(",")[0].split(";")[0].strip()
    body = b"" if media_type == "text/event-stream" else b"ok"
    return httpx.Response(200, content=body, headers={"content-type": media_type}, request=request)


def run(sdk: Path, package: str, spec: Path | None = None) -> dict[str, Any]:
    answers = spec_answers(spec) if spec is not None else {}
    current: list[Any] = ["", 0]  # the operation whose snippet runs, its requests so far
    sys.path.insert(0, str(sdk / "src"))

    def handle(self: Any, request: httpx.Request) -> httpx.Response:
        current[1] += 1
        return answer(request, answers.get(current[0]), current[1] == 1)

    httpx.HTTPTransport.handle_request = handle  # type: ignore[method-assign]
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
            current[:] = [operation, 0]
            signal.alarm(SNIPPET_SECONDS)
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    exec(compile(code, f"{page.relative_to(sdk)}:{operation}", "exec"), {})
                counts["ok"] += 1
            except errors.ResponseValidationError as exc:
                counts["answer-rejected"] += 1
                if operation in answers:  # an answer of the spec's own type
                    problems.append(
                        {"operation": operation, "error": f"ResponseValidationError: {exc}"[:500]}
                    )
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
    given_spec = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    print(json.dumps(run(Path(sys.argv[1]), sys.argv[2], given_spec)))
