"""Names derived from a spec's title never shadow what the SDK or its users import: the
standard library's modules, the SDK's dependencies, Python's builtins (found by the
property-based hostile test: a spec titled ``types`` made a package that hid ``types``)."""

from __future__ import annotations

import pytest

from generator.config import default_config


@pytest.mark.parametrize(
    "title, package", [("types", "types_sdk"), ("JSON", "json_sdk"), ("httpx", "httpx_sdk")]
)
def test_a_package_never_takes_a_standard_or_dependency_module_name(
    title: str, package: str
) -> None:
    assert default_config(title, "1").package_name == package


@pytest.mark.parametrize("title", ["Open AI", "list", "types api", "If"])
def test_the_docs_client_variable_never_hides_a_builtin_or_module(title: str) -> None:
    assert default_config(title, "1").client_variable == "client"


def test_ordinary_titles_keep_their_names() -> None:
    config = default_config("Friendli Container API", "1.0.0")
    assert (config.package_name, config.client_variable) == ("friendli_container_api", "friendli")
