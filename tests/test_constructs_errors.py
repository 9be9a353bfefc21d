"""Error responses with schemas raise typed errors carrying the parsed body, matched by exact
status, then range, then default; against the mock server
(tests/fixtures/constructs/errors.yaml)."""

from __future__ import annotations

import asyncio
from typing import Any, Iterator

import pytest

from .constructs import Construct, construct, run_doc_snippets


@pytest.fixture(scope="module")
def depot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Construct]:
    yield from construct("errors", "depot", tmp_path_factory.mktemp("depot"))


def raised(depot: Construct, operation: str, step: dict[str, Any], **arguments: Any) -> Any:
    depot.mock.reset()
    depot.mock.script(operation, step)
    with depot.package.Depot(server_url=depot.mock.url) as client:
        with pytest.raises(depot.package.models.SDKError) as caught:
            getattr(client.things, _method(operation))(**arguments)
    return caught.value


def _method(operation: str) -> str:
    return {"getThing": "get_thing", "listThings": "list_things"}[operation]


def test_an_exact_status_raises_its_typed_error_with_the_parsed_body(depot: Construct) -> None:
    errors, models = depot.package.errors, depot.package.models
    error = raised(
        depot, "getThing", {"status": 404, "json": {"title": "gone", "status": 404}}, id=1
    )
    assert type(error) is errors.Problem
    assert isinstance(error.data, models.Problem)
    assert (error.data.title, error.data.status) == ("gone", 404)
    assert error.status_code == 404 and '"title": "gone"' in error.body
    assert isinstance(error, errors.TypedSDKError) and isinstance(error, models.SDKBaseError)


def test_a_range_catches_the_statuses_listed_nowhere_else(depot: Construct) -> None:
    errors = depot.package.errors
    error = raised(depot, "getThing", {"status": 409, "json": {"fields": ["name"]}}, id=1)
    assert type(error) is errors.GetThing4XXError
    assert error.data.fields_ == ["name"]  # "fields" is a pydantic name: renamed, aliased


def test_default_takes_what_no_status_or_range_names(depot: Construct) -> None:
    errors, models = depot.package.errors, depot.package.models
    error = raised(depot, "getThing", {"status": 500, "json": {"code": "boom"}}, id=1)
    # A schema named SDKError does not shadow the SDK's own: both exist, under two names.
    assert type(error) is errors.SDKErrorModel and errors.SDKErrorModel is not models.SDKError
    assert isinstance(error.data, models.SDKErrorModel) and error.data.code == "boom"


def test_a_status_without_a_schema_raises_a_plain_sdk_error(depot: Construct) -> None:
    error = raised(depot, "getThing", {"status": 503, "body": "later"}, id=1)
    assert type(error) is depot.package.models.SDKError and error.body == "later"


def test_a_body_that_does_not_match_its_schema_raises_a_plain_sdk_error(
    depot: Construct,
) -> None:
    error = raised(depot, "getThing", {"status": 404, "json": {"unexpected": True}}, id=1)
    assert type(error) is depot.package.models.SDKError
    assert error.status_code == 404 and "unexpected" in error.body
    text = raised(
        depot, "getThing", {"status": 404, "body": "not json", "content_type": "text/plain"}, id=1
    )
    assert type(text) is depot.package.models.SDKError


def test_an_array_body_gets_a_class_named_after_its_operation(depot: Construct) -> None:
    errors, models = depot.package.errors, depot.package.models
    error = raised(depot, "listThings", {"status": 400, "json": [{"title": "a"}, {"title": "b"}]})
    assert type(error) is errors.ListThings400Error
    assert [p.title for p in error.data] == ["a", "b"]
    assert all(isinstance(p, models.Problem) for p in error.data)


def test_the_async_client_raises_the_same_typed_errors(depot: Construct) -> None:
    depot.mock.reset()
    depot.mock.script("getThing", {"status": 404, "json": {"title": "gone"}})

    async def call() -> Any:
        async with depot.package.AsyncDepot(server_url=depot.mock.url) as client:
            with pytest.raises(depot.package.errors.Problem) as caught:
                await client.things.get_thing(id=1)
            return caught.value

    assert asyncio.run(call()).data.title == "gone"


def test_the_docs_list_each_typed_error_before_the_catch_all(depot: Construct) -> None:
    page = (depot.out / "docs" / "sdks" / "things" / "README.md").read_text()
    table = page[page.index("### Errors") :].split("\n\n")[1].splitlines()
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table[2:]]
    assert rows == [
        ["errors.Problem", "404", "application/json"],
        ["errors.GetThing4XXError", "4XX", "application/json"],
        ["errors.SDKErrorModel", "default", "application/json"],
        ["models.SDKError", "4XX, 5XX", "\\*/\\*"],
    ]


def test_every_python_block_of_the_docs_runs(depot: Construct) -> None:
    depot.mock.reset()
    assert run_doc_snippets(depot, "DEPOT")
