"""Names from a spec that Python cannot use as they are: each gets a deterministic Python
name, and the wire keeps the spec's own (tests/fixtures/constructs/names.yaml)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.pipeline import generate

from .constructs import CONSTRUCTS, Construct, construct, run_doc_snippets

# Python name -> wire name, for every property of Odd.
ODD = {
    "class_": "class",
    "type": "type",
    "list_": "list",
    "id": "id",
    "self_": "self",
    "model_config_": "model_config",
    "kebab_case": "kebab-case",
    "dot_name": "dot.name",
    "field_9_lives": "9lives",
    "naive": "naïve",
    "camel_case": "camelCase",
    "camel_case2": "camel_case",  # second of two that map to one name: numbered, in spec order
}


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct("names", "names", tmp_path_factory.mktemp("names"))


def test_every_odd_name_is_a_keyword_argument_and_the_wire_keeps_the_spec_name(
    names: Construct,
) -> None:
    values: dict[str, Any] = {name: f"v-{name}" for name in ODD}
    values.update(list_=1, id=2, field_9_lives=9, naive=True)
    names.mock.reset()
    wire = {ODD[k]: v for k, v in values.items()}
    names.mock.script("sendOdd", {"status": 200, "json": wire})
    with names.package.Names(server_url=names.mock.url) as sdk:
        echoed = sdk.odd.send_odd(x_request_id="r-1", from_="here", **values)
    request = names.last()
    assert json.loads(request["body"]) == wire
    assert request["headers"]["x-request-id"] == "r-1" and request["query"] == [["from", "here"]]
    assert {k: getattr(echoed, k) for k in ODD} == values


def test_a_list_body_of_typed_dicts_and_models_reaches_the_wire_by_spec_names(
    names: Construct,
) -> None:
    models = names.package.models
    names.mock.reset()
    with names.package.Names(server_url=names.mock.url) as sdk:
        sdk.odd.send_odd_batch(
            request=[
                {"class_": "a", "camel_case2": "snake", "field_9_lives": 9},
                models.Odd(class_="b", camel_case="camel"),
            ]
        )
    request = names.last()
    assert request["status"] == 204
    assert json.loads(request["body"]) == [
        {"class": "a", "camel_case": "snake", "9lives": 9},
        {"class": "b", "camelCase": "camel"},
    ]


def test_schemas_named_like_sdk_classes_or_each_other_get_distinct_classes(
    names: Construct,
) -> None:
    models = names.package.models
    answer = {
        "client": {"a": "1"},
        "response": {"b": "2"},
        "petStore": {"c": "3"},
        "pet_store": {"d": "4"},
        "place": {"e": "5"},
        "cafe": {"f": "6"},
    }
    names.mock.reset()
    names.mock.script("listClients", {"status": 200, "json": answer})
    with names.package.Names(server_url=names.mock.url) as sdk:
        found = sdk.odd.list_clients()
    assert type(found.client) is models.Client and found.client.a == "1"
    assert type(found.response) is models.Response and found.response.b == "2"
    assert type(found.pet_store) is models.PetStoreV1 and found.pet_store.c == "3"
    assert type(found.pet_store2) is models.PetStoreV12 and found.pet_store2.d == "4"
    assert type(found.place) is models.Model1StPlace and type(found.cafe) is models.Cafe
    assert models.SDKError is not models.Client  # the SDK's own classes are untouched


def test_the_names_do_not_depend_on_anything_but_the_spec(tmp_path: Path) -> None:
    first = generate(CONSTRUCTS / "names.yaml", "python", None, False).files
    second = generate(CONSTRUCTS / "names.yaml", "python", None, False).files
    assert first == second


def test_every_python_block_of_the_docs_runs(names: Construct) -> None:
    names.mock.reset()
    assert run_doc_snippets(names, "NAMES")
