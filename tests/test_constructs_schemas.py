"""Discriminated unions, open enums, readOnly and writeOnly properties, against the mock
server (tests/fixtures/constructs/schemas.yaml)."""

from __future__ import annotations

import asyncio
import inspect
import json
from typing import Any, Iterator

import pytest

from .constructs import Construct, construct, run_doc_snippets


@pytest.fixture(scope="module")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct("schemas", "zoo", tmp_path_factory.mktemp("zoo"))


def answer(zoo: Construct, operation: str, status: int, body: Any) -> Any:
    zoo.mock.reset()
    zoo.mock.script(operation, {"status": status, "json": body})
    return zoo.package.Zoo(server_url=zoo.mock.url)


@pytest.mark.parametrize(
    "kind, expected",
    [("cat", "Cat"), ("kitty", "Cat"), ("dog", "Dog")],  # mapping by name, alias and $ref
)
def test_the_discriminator_picks_the_member(zoo: Construct, kind: str, expected: str) -> None:
    # Cat and Dog have the same required fields: without the discriminator the first
    # member that fits (Cat) would win for every pet.
    with answer(zoo, "getPet", 200, {"kind": kind, "name": "Rex", "barks": True}) as sdk:
        pet = sdk.zoo.get_pet(id=1)
    assert type(pet).__name__ == expected
    assert type(pet) is getattr(zoo.package.models, expected)


def test_an_unknown_discriminator_value_is_a_validation_error(zoo: Construct) -> None:
    with answer(zoo, "getPet", 200, {"kind": "fish", "name": "Nemo"}) as sdk:
        with pytest.raises(zoo.package.models.ResponseValidationError) as caught:
            sdk.zoo.get_pet(id=1)
    assert "kind" in str(caught.value.cause)


def test_implicit_mapping_uses_the_member_schema_names(zoo: Construct) -> None:
    shapes = [{"shapeType": "Square", "size": 2}, {"shapeType": "Circle", "size": 1}]
    with answer(zoo, "listShapes", 200, shapes) as sdk:
        found = sdk.zoo.list_shapes()
    assert [type(s).__name__ for s in found] == ["Square", "Circle"]


def test_a_discriminated_union_in_a_request_accepts_dicts_and_models(zoo: Construct) -> None:
    models = zoo.package.models
    zoo.mock.reset()
    with zoo.package.Zoo(server_url=zoo.mock.url) as sdk:
        added = sdk.zoo.add_pet(pet={"kind": "dog", "name": "Rex", "barks": True})
        sdk.zoo.add_pet(pet=models.Cat(kind="cat", name="Tom", indoor=True))
    first, second = zoo.mock.requests()
    assert json.loads(first["body"]) == {"pet": {"kind": "dog", "name": "Rex", "barks": True}}
    assert json.loads(second["body"]) == {"pet": {"kind": "cat", "name": "Tom", "indoor": True}}
    assert first["status"] == second["status"] == 201  # the mock validated both bodies
    assert isinstance(added, (models.Cat, models.Dog))


def test_an_enum_value_the_sdk_does_not_know_is_kept(zoo: Construct) -> None:
    models = zoo.package.models
    account = {"id": 7, "name": "ann", "status": "closed", "level": 9}
    with answer(zoo, "createAccount", 201, account) as sdk:
        created = sdk.zoo.create_account(name="ann", password="pw", status=models.Status.ACTIVE)
    assert created.status == "closed" and created.status.name == "UNKNOWN"
    assert isinstance(created.status, models.Status) and created.status.value == "closed"
    assert created.level == 9 and isinstance(created.level, models.Level)
    assert list(models.Status) == [models.Status.ACTIVE, models.Status.SUSPENDED]
    assert created.model_dump(mode="json")["status"] == "closed"  # round trip
    with pytest.raises(ValueError):
        models.Status(3)  # the wrong type is still refused
    # A value newer than the SDK can be sent, too: the server is the judge of it.
    with answer(zoo, "createAccount", 201, account) as sdk:
        sdk.zoo.create_account(name="ann", password="pw", status="frozen")
    assert json.loads(zoo.last()["body"])["status"] == "frozen"


def test_read_only_fields_are_never_sent_and_write_only_ones_never_required(
    zoo: Construct,
) -> None:
    models = zoo.package.models
    zoo.mock.reset()
    with zoo.package.Zoo(server_url=zoo.mock.url) as sdk:
        method = sdk.zoo.create_account
        parameters = inspect.signature(method).parameters
        assert "id" not in parameters  # the server assigns it
        assert parameters["password"].default is inspect.Parameter.empty  # required to send
        # The answer carries the read-only id and leaves the write-only password out.
        zoo.mock.script("createAccount", {"status": 201, "json": {"id": 7, "name": "ann"}})
        created = method(name="ann", password="pw")
        assert created.id == 7 and created.password is None
        # A model read from an answer goes back without its read-only fields (and needs its
        # write-only password again: the mock refuses an account without one).
        again = created.model_copy(update={"password": "pw2"})
        sdk.zoo.import_accounts(accounts=[again, {"name": "bob", "password": "x"}])
    sent = [json.loads(r["body"]) for r in zoo.mock.requests()]
    assert sent == [
        {"name": "ann", "password": "pw"},
        {"accounts": [{"name": "ann", "password": "pw2"}, {"name": "bob", "password": "x"}]},
    ]
    assert [r["status"] for r in zoo.mock.requests()] == [201, 204]
    assert models.Account(name="x", id=1).model_dump(by_alias=True) == {"id": 1, "name": "x"}


def test_the_docs_mark_read_only_and_write_only_fields(zoo: Construct) -> None:
    page = (zoo.out / "docs" / "models" / "account.md").read_text()
    assert "Read-only: set by the server, never sent. Assigned by the server." in page
    assert "Write-only: sent, never returned." in page


def test_the_async_client_uses_the_discriminator_too(zoo: Construct) -> None:
    zoo.mock.reset()
    zoo.mock.script("getPet", {"status": 200, "json": {"kind": "dog", "name": "Rex"}})

    async def call() -> Any:
        async with zoo.package.AsyncZoo(server_url=zoo.mock.url) as sdk:
            return await sdk.zoo.get_pet(id=1)

    assert type(asyncio.run(call())).__name__ == "Dog"


def test_every_python_block_of_the_docs_runs(zoo: Construct) -> None:
    zoo.mock.reset()
    assert run_doc_snippets(zoo, "ZOO")
