"""The config file: its JSON Schema is committed (``docs/config.schema.json``) and documented
key by key (``docs/config.md``); unknown keys name the key probably meant; the shared
metadata and each target's section reach the packages they describe."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.config import config_json_schema, load_config
from generator.errors import UsageError
from generator.pipeline import generate

from .conftest import ROOT, SPEC

SCHEMA = ROOT / "docs" / "config.schema.json"
REFERENCE = ROOT / "docs" / "config.md"


def test_the_committed_schema_is_the_loaders() -> None:
    text = json.dumps(config_json_schema(), indent=2, sort_keys=True) + "\n"
    if os.environ.get("SDKGEN_UPDATE_GOLDENS"):
        SCHEMA.write_text(text)
    assert SCHEMA.read_text() == text, "run make goldens"


def test_every_key_is_documented() -> None:
    schema = config_json_schema()
    reference = REFERENCE.read_text()
    keys = set(schema["properties"])
    for section in ("python", "typescript"):
        ref = schema["properties"][section]["anyOf"][0]["$ref"].rsplit("/", 1)[-1]
        keys |= set(schema["$defs"][ref]["properties"])
    for key in sorted(keys):
        assert f"`{key}`" in reference or f"`{key}:`" in reference, key


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sdk.config.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    "text,expected",
    [
        ("pakage_name: pets\n", "unknown config key 'pakage_name'; did you mean 'package_name'?"),
        (
            "python:\n  distrbution: pets-sdk\n",
            "unknown config key 'python.distrbution'; did you mean 'distribution'?",
        ),
        ("typescript:\n  npm_name: Pets SDK\n", "typescript.npm_name: String should match"),
        ("authors: [{email: a@b.c}]\n", "authors.0.name: Field required"),
        ("package_name: class\n", "package_name 'class' is a Python keyword"),
        ("python:\n  python_floor: '3.8'\n", "the SDK's runtime needs Python 3.9 or later"),
    ],
)
def test_a_mistake_is_named_with_its_place(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(UsageError) as raised:
        load_config(_config(tmp_path, text), "Pets", "1.0.0")
    assert str(raised.value).startswith(f"{tmp_path / 'sdk.config.yaml'}: ")
    assert expected in str(raised.value)


METADATA = """\
package_name: friendli
license: Apache-2.0
authors: [{name: FriendliAI, email: sdk@friendli.example}, {name: Ada}]
repository: https://example.test/friendli/sdk
python:
  distribution: friendli-client
  python_floor: "3.11"
  urls: {Documentation: "https://example.test/docs"}
typescript:
  npm_name: "@friendliai/sdk"
"""


def test_metadata_and_sections_reach_both_packages(tmp_path: Path) -> None:
    config = _config(tmp_path, METADATA)
    python = generate(SPEC, config_path=config).files
    project = python["pyproject.toml"]
    assert 'name = "friendli-client"' in project
    assert 'license = { text = "Apache-2.0" }' in project
    assert 'authors = [{ name = "FriendliAI", email = "sdk@friendli.example" }, ' in project
    assert '"Repository" = "https://example.test/friendli/sdk"' in project
    assert "pip install friendli-client" in python["README.md"]
    assert 'requires-python = ">=3.11"' in project
    assert "The SDK needs Python 3.11 or newer" in python["README.md"]
    assert "from friendli import" in python["README.md"]  # the import name stays
    typescript = generate(SPEC, target="typescript", config_path=config).files
    package = json.loads(typescript["package.json"])
    assert package["name"] == "@friendliai/sdk"
    assert package["license"] == "Apache-2.0"
    assert package["author"] == "FriendliAI <sdk@friendli.example>"
    assert package["contributors"] == ["Ada"]
    assert package["repository"] == {"type": "git", "url": "https://example.test/friendli/sdk"}
    assert "npm install @friendliai/sdk" in typescript["README.md"]
    assert 'from "@friendliai/sdk"' in typescript["docs/sdks/containerimage/README.md"]
