"""Prism, the independent referee: every request the SDK sends for the documented examples
and a spread of parameter combinations is accepted by Prism's validation of spec/, and
deliberately invalid ones are refused. Our mock server and our SDK could agree on something
wrong; Prism was written by others, from the same spec.
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any, Iterator

import pytest

from friendli import models

from .conftest import GENERATED, REFERENCE, SPEC
from .servers import Prism
from .test_runtime import KINDS, PNG_MAGIC, WIRE_CASES, call

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def prism() -> Iterator[Prism]:
    server = Prism(SPEC)
    yield server
    server.stop()


def client_for(prism: Prism, **extra: Any) -> dict[str, Any]:
    return {"token": "t0ken", "server_url": prism.url, **extra}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("method, arguments, wire", WIRE_CASES)
def test_prism_accepts_every_parameter_combination(
    prism: Prism, kind: str, method: str, arguments: dict[str, Any], wire: dict[str, Any]
) -> None:
    assert call(kind, method, client_for(prism), **arguments).image == PNG_MAGIC


@pytest.mark.parametrize("index", [0, 1], ids=["generate", "edit"])
def test_prism_accepts_the_reference_page_examples(prism: Prism, index: int) -> None:
    block = re.findall(r"```python\n(.*?)```", REFERENCE.read_text(), flags=re.DOTALL)[index]
    result = subprocess.run(
        [sys.executable, "-c", block],
        env={
            "FRIENDLI_TOKEN": "t0ken",
            "FRIENDLI_SERVER_URL": prism.url,
            "PYTHONPATH": str(GENERATED / "src"),
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "image=b'\\x89PNG\\r\\n\\x1a\\n'"


@pytest.mark.parametrize(
    "arguments, client, status",
    [
        ({"prompt": "p", "num_inference_steps": 0}, {}, 422),
        ({"prompt": "p", "controlnet_weights": [2.0]}, {}, 422),
        ({"prompt": "p", "http_headers": {"Content-Type": "text/plain"}}, {}, 415),
        ({"prompt": "p"}, {"token": ""}, 401),
    ],
    ids=["below-minimum", "weight-above-one", "wrong-content-type", "no-token"],
)
def test_prism_rejects_deliberately_invalid_requests(
    prism: Prism, arguments: dict[str, Any], client: dict[str, Any], status: int
) -> None:
    with pytest.raises(models.SDKError) as caught:
        call("sync", "generate", client_for(prism, **client), **arguments)
    assert caught.value.status_code == status
