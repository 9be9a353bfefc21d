"""Spec constructs beyond the Friendli API, each generated, imported and called: parameters of
every location and style, bodies and responses of several content types, recursive and
composed schemas, deprecated operations (tests/fixtures/features/features.yaml)."""

from __future__ import annotations

import importlib
import json
import sys
import warnings
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import pytest

from generator.pipeline import generate_to

from .conftest import FIXTURES

FEATURES = FIXTURES / "features" / "features.yaml"


@pytest.fixture(scope="module")
def features(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    out = tmp_path_factory.mktemp("features") / "python"
    generate_to(FEATURES, out)
    sys.path.insert(0, str(out / "src"))
    try:
        yield importlib.import_module("features")
    finally:
        sys.path.remove(str(out / "src"))


def client(
    features: Any, answer: Callable[[httpx.Request], httpx.Response]
) -> tuple[Any, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    return features.Features(client=httpx.Client(transport=httpx.MockTransport(handler))), seen


ITEM = {
    "id": 1,
    "name": "a",
    "parent": {"id": 0, "name": "root", "parent": None},
    "children": [],
    "shape": {"side": 2},
}


def test_parameters_of_every_location_and_style(features: Any) -> None:
    sdk, seen = client(features, lambda r: httpx.Response(200, json=ITEM))
    item = sdk.items.get_item(
        item_id=7, tags=["a", "b"], ids=[1, 2], filter={"kind": "x"}, x_trace="t1", session="s1"
    )
    request = seen[0]
    assert str(request.url).startswith("https://features.test/api/items/7?")  # server variables
    assert request.url.query.decode() == "tags=a&tags=b&ids=1%2C2&filter%5Bkind%5D=x"
    assert request.headers["x-trace"] == "t1" and request.headers["cookie"] == "session=s1"
    assert item.parent.name == "root" and item.parent.parent is None  # recursive, nullable allOf
    assert isinstance(item.shape, features.models.Square)  # anyOf picks the matching member
    assert item.id == 1  # allOf merged the base's properties


def test_text_binary_and_empty_responses_and_a_deprecated_operation(features: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/note"):
            return httpx.Response(
                200, text="a note", headers={"content-type": "text/plain; charset=utf-8"}
            )
        if request.url.path.endswith("/photo"):
            return httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"})
        return httpx.Response(204)

    sdk, seen = client(features, answer)
    assert sdk.items.get_item_note(item_id=1) == "a note"
    assert sdk.items.get_item_photo(item_id=1) == b"\x89PNG"
    assert sdk.items.put_item_photo(item_id=1, request=b"\x00\x01") is None
    assert (
        seen[-1].headers["content-type"] == "application/octet-stream"
        and seen[-1].content == b"\x00\x01"
    )
    with pytest.warns(DeprecationWarning, match="deleteItem"):
        assert sdk.items.delete_item(item_id=1) is None
    assert seen[-1].method == "DELETE"


def test_form_and_multipart_bodies_and_non_model_responses(features: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/login"):
            return httpx.Response(200, json=[ITEM])
        return httpx.Response(200, json={"a": 1})

    sdk, seen = client(features, answer)
    items = sdk.forms.login(user="ann", scopes=["read", "write"])
    assert [i.name for i in items] == ["a"]
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen[0].content == b"user=ann&scopes=read&scopes=write"
    counts = sdk.forms.upload(file=b"bytes here", caption="hi")
    assert counts == {"a": 1}
    upload = seen[1]
    assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"' in upload.content and b"bytes here" in upload.content
    assert b'name="caption"' in upload.content and b"hi" in upload.content
