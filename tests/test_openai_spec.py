"""OpenAI's published spec (``tests/specs/openai.yaml``, MIT-licensed, version 2.3.0) read as a user's would be: the
constructs it leans on reach the IR whole. Generation and the calls themselves are tested
elsewhere; these pin what the parser makes of the real document."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import ir
from generator.load import load
from generator.parse import build_api

from .conftest import ROOT

OPENAI = ROOT / "tests" / "specs" / "openai.yaml"


@pytest.fixture(scope="module")
def api() -> ir.Api:
    return build_api(load(OPENAI))


def _properties(api: ir.Api, name: str) -> set[str]:
    schema = api.schema(ir.SchemaName((name,)))
    assert isinstance(schema, ir.ObjectSchema)
    return {p.name for p in schema.properties}


@pytest.mark.parametrize("name", ["CreateChatCompletionRequest", "CreateResponse"])
def test_all_of_chains_are_merged_to_any_depth(api: ir.Api, name: str) -> None:
    # temperature, top_p, user and metadata sit two allOf levels and a $ref away.
    assert {"temperature", "top_p", "user", "metadata"} <= _properties(api, name)


def test_chat_message_roles_select_their_members(api: ir.Api) -> None:
    union = api.schema(ir.SchemaName(("ChatCompletionRequestMessage",)))
    assert isinstance(union, ir.UnionSchema) and union.discriminator is not None
    mapping = {value: target.parts[0] for value, target in union.discriminator.mapping}
    assert mapping["user"] == "ChatCompletionRequestUserMessage"
    assert mapping["system"] == "ChatCompletionRequestSystemMessage"
    assert mapping["tool"] == "ChatCompletionRequestToolMessage"
    assert not any(value.startswith("ChatCompletion") for value in mapping)


@pytest.mark.parametrize(
    "model,field,target",
    [
        ("CreateRunRequest", "tool_choice", "AssistantsApiToolChoiceOption"),  # a union
        ("CreateRunRequest", "truncation_strategy", "TruncationObject"),
        ("Upload", "file", "OpenAIFile"),
    ],
)
def test_a_reference_with_only_nullable_beside_it_is_that_schema_or_null(
    api: ir.Api, model: str, field: str, target: str
) -> None:
    # allOf: [{$ref: X}, {nullable: true}]: X or null. It was an inline object merged from
    # X's properties: for tool_choice, a union, an empty object that refused "auto".
    schema = api.schema(ir.SchemaName((model,)))
    assert isinstance(schema, ir.ObjectSchema)
    (prop,) = [p for p in schema.properties if p.name == field]
    assert prop.type == ir.Nullable(ir.Named(ir.SchemaName((target,))))
    assert not any(s.name.parts[:1] == (model + field.title(),) for s in api.schemas)
