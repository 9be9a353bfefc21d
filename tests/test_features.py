"""Spec constructs beyond the Friendli API, each generated, imported and called against the
mock server: parameters of every location and style, bodies and responses of several content
types, recursive and composed schemas, deprecated operations
(tests/fixtures/features/features.yaml)."""

from __future__ import annotations

import io
import json
from typing import Any, Iterator

import pytest

from .conftest import FIXTURES
from .constructs import Construct, construct, run_doc_snippets

FEATURES = FIXTURES / "features" / "features.yaml"

ITEM = {
    "id": 1,
    "name": "a",
    "parent": {"id": 0, "name": "root", "parent": None},
    "children": [],
    "shape": {"side": 2},
}


@pytest.fixture(scope="module")
def features(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct(FEATURES, "features", tmp_path_factory.mktemp("features"))


def client(features: Construct, *steps: tuple[str, dict[str, Any]]) -> Any:
    features.mock.reset()
    for operation, step in steps:
        features.mock.script(operation, step)
    return features.package.Features(server_url=features.mock.url)


def test_server_variables_take_their_defaults(features: Construct) -> None:
    assert features.package.sdk.DEFAULT_SERVER_URL == "https://features.test/api"


def test_parameters_of_every_location_and_style(features: Construct) -> None:
    with client(features, ("getItem", {"status": 200, "json": ITEM})) as sdk:
        item = sdk.items.get_item(
            item_id=7, tags=["a", "b"], ids=[1, 2], filter={"kind": "x"}, x_trace="t1", session="s1"
        )
    request = features.last()
    assert request["path"] == "/items/7"
    assert request["query"] == [["tags", "a"], ["tags", "b"], ["ids", "1,2"], ["filter[kind]", "x"]]
    assert request["headers"]["x-trace"] == "t1" and request["headers"]["cookie"] == "session=s1"
    assert item.parent.name == "root" and item.parent.parent is None  # recursive, nullable allOf
    assert isinstance(item.shape, features.package.models.Square)  # anyOf: the member that fits
    assert item.id == 1  # allOf merged the base's properties


def test_text_binary_and_empty_responses_and_a_deprecated_operation(
    features: Construct,
) -> None:
    text = {"status": 200, "body": "a note", "content_type": "text/plain; charset=utf-8"}
    with client(features, ("getItemNote", text)) as sdk:
        assert sdk.items.get_item_note(item_id=1) == "a note"
        assert sdk.items.get_item_photo(item_id=1) == b"mock bytes"  # the mock's binary answer
        assert sdk.items.put_item_photo(item_id=1, request=b"\x00\x01") is None
        uploaded = features.last()
        assert uploaded["headers"]["content-type"] == "application/octet-stream"
        assert uploaded["body"] == "\x00\x01" and uploaded["status"] == 204
        with pytest.warns(DeprecationWarning, match="deleteItem"):
            assert sdk.items.delete_item(item_id=1) is None
    assert features.last()["method"] == "DELETE"


def test_form_and_multipart_bodies_and_non_model_responses(features: Construct) -> None:
    with client(
        features,
        ("login", {"status": 200, "json": [ITEM]}),
        ("upload", {"status": 200, "json": {"a": 1}}),
        ("upload", {"status": 200, "json": {"b": 2}}),
    ) as sdk:
        items = sdk.forms.login(user="ann", scopes=["read", "write"])
        assert [i.name for i in items] == ["a"]
        login = features.last()
        assert login["headers"]["content-type"] == "application/x-www-form-urlencoded"
        assert login["body"] == "user=ann&scopes=read&scopes=write"
        assert sdk.forms.upload(file=b"bytes here", caption="hi") == {"a": 1}
        upload = features.last()
        assert upload["headers"]["content-type"].startswith("multipart/form-data; boundary=")
        assert 'name="file"' in upload["body"] and "bytes here" in upload["body"]
        assert 'name="caption"' in upload["body"] and "hi" in upload["body"]
        # A file object is read as the file part, with the name it was given.
        assert sdk.forms.upload(file=("notes.txt", io.BytesIO(b"from a file"), "text/plain")) == {
            "b": 2
        }
        part = features.last()["body"]
        assert 'filename="notes.txt"' in part and "from a file" in part
    assert [r["status"] for r in features.mock.requests()] == [200, 200, 200]


def test_unscripted_answers_come_from_the_schemas(features: Construct) -> None:
    with client(features) as sdk:
        item = sdk.items.get_item(item_id=1)
        counts = sdk.forms.login(user="ann")
    assert isinstance(item, features.package.models.Item)
    assert all(isinstance(i, features.package.models.Item) for i in counts)
    assert json.loads(json.dumps([r["status"] for r in features.mock.requests()])) == [200, 200]


def test_every_python_block_of_the_docs_runs(features: Construct) -> None:
    features.mock.reset()
    assert run_doc_snippets(features, "FEATURES")
