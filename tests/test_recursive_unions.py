"""Unions and list aliases that hold themselves through their members (a filter made of
filters, as OpenAI's ``CompoundFilter``; AWS Glue's ``Mappings``, a list of ``Mapping``
that holds ``Mappings``; a JSON value). A Python type alias is evaluated when its module
loads, and its members' modules import it back: whichever module a user imports first, the
SDK must load, parse nested values into the right classes and type-check under mypy. The
spec is written here."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator import ir
from generator.pipeline import generate_to

SPEC = """\
openapi: 3.1.0
info: {title: Loops, version: "1"}
servers: [{url: "https://loops.example.test"}]
paths:
  /options:
    get:
      operationId: getOption
      responses:
        "200":
          description: an option, maybe of options
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Option"}
  /pets:
    post:
      operationId: addPet
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Pet"}
      responses:
        "200":
          description: the pet as stored
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  schemas:
    Option:
      oneOf:
        - $ref: "#/components/schemas/Single"
        - $ref: "#/components/schemas/Choice"
    Single:
      type: object
      required: [name]
      properties: {name: {type: string}}
    Choice:
      type: object
      required: [options]
      properties:
        options: {type: array, items: {$ref: "#/components/schemas/Option"}}
    Mappings:
      type: array
      items: {$ref: "#/components/schemas/Mapping"}
    Mapping:
      type: object
      properties:
        source: {type: string}
        children: {$ref: "#/components/schemas/Mappings"}
    Json:
      oneOf:
        - type: string
        - type: array
          items: {$ref: "#/components/schemas/Json"}
        - $ref: "#/components/schemas/JsonObject"
    JsonObject:
      type: object
      additionalProperties: {$ref: "#/components/schemas/Json"}
    Pet:
      description: A pet, with friends.
      oneOf:
        - $ref: "#/components/schemas/Cat"
        - $ref: "#/components/schemas/Dog"
      discriminator:
        propertyName: kind
        mapping: {cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog"}
    Cat:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
        friends: {type: array, items: {$ref: "#/components/schemas/Pet"}}
        mood: {$ref: "#/components/schemas/Json"}
    Dog:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
        barks: {type: boolean}
    Plain:
      oneOf:
        - $ref: "#/components/schemas/Single"
        - type: integer
"""

# Run in a fresh interpreter: for each model module, the package is loaded anew with that
# module imported first, then every recursive type parses a nested value.
CHECK = """\
import importlib, json, sys
modules = json.loads(sys.argv[1])
results = {}
for first in modules:
    for name in [m for m in sys.modules if m == "loops" or m.startswith("loops.")]:
        del sys.modules[name]
    importlib.import_module("loops.models." + first)
    import pydantic
    from loops import models
    option = pydantic.TypeAdapter(models.Option).validate_python(
        {"options": [{"name": "a"}, {"options": [{"name": "b"}]}]}
    )
    mappings = pydantic.TypeAdapter(models.Mappings).validate_python(
        [{"source": "x", "children": [{"source": "y", "children": []}]}]
    )
    value = pydantic.TypeAdapter(models.Json).validate_python(["s", {"k": ["t", {}]}])
    pet = pydantic.TypeAdapter(models.Pet).validate_python(
        {"kind": "cat", "friends": [{"kind": "dog"}, {"kind": "cat", "mood": ["calm"]}]}
    )
    results[first] = [
        repr(option),
        repr(mappings),
        value,
        repr(pet),
        sorted(pydantic.TypeAdapter(models.Option).json_schema()["$defs"]),
    ]
print(json.dumps(results))
"""

# A user's code, checked by mypy --strict beside the SDK: the aliases are the types they
# name, nested values and all.
USER_CODE = """\
from loops import models

choice = models.Choice(options=[models.Single(name="a"), models.Choice(options=[])])
option: models.Option = choice
inner: models.Option = choice.options[0]
value: models.Json = ["s", {"k": ["t", {}]}]
typed: models.OptionTypedDict = {"options": [{"name": "a"}, {"options": []}]}
mappings: models.MappingsTypedDict = [{"source": "x", "children": [{"source": "y"}]}]


def name_of(option: models.Option) -> str:
    return option.name if isinstance(option, models.Single) else str(len(option.options))
"""


@pytest.fixture(scope="module")
def loops(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    tmp = tmp_path_factory.mktemp("loops")
    spec = tmp / "loops.yaml"
    spec.write_text(SPEC)
    generated = generate_to(spec, tmp / "python")
    assert generated.diagnostics.by_kind() == {}
    yield tmp / "python" / "src"


def test_the_package_loads_whichever_model_module_is_imported_first(loops: Path) -> None:
    modules = sorted(p.stem for p in (loops / "loops/models").glob("*.py") if p.stem[0] != "_")
    assert {"option", "choice", "mappings", "mappingmodel", "json", "jsonobject", "pet"} <= set(
        modules
    )
    run = subprocess.run(
        [sys.executable, "-c", CHECK, json.dumps(modules)],
        cwd=loops,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)
    assert set(results) == set(modules)
    for first, (option, mappings, value, pet, defs) in results.items():
        assert option == (
            "Choice(options=[Single(name='a'), Choice(options=[Single(name='b')])])"
        ), first
        assert mappings == (
            "[MappingModel(source='x', children=[MappingModel(source='y', children=[])])]"
        ), first
        assert value == ["s", {"k": ["t", {}]}], first
        assert pet == (
            "Cat(kind='cat', friends=[Dog(kind='dog', barks=None), "
            "Cat(kind='cat', friends=None, mood=['calm'])], mood=None)"
        ), first
        assert defs == ["Choice", "Option", "Single"], first


def test_a_call_parses_a_nested_answer_and_sends_a_nested_body(loops: Path) -> None:
    script = textwrap.dedent("""\
        import json
        import httpx
        import loops
        from loops import models

        sent = []

        def answer(request):
            sent.append(json.loads(request.content) if request.content else None)
            if request.url.path == "/options":
                return httpx.Response(200, json={"options": [{"options": [{"name": "x"}]}]})
            return httpx.Response(200, content=request.content,
                                  headers={"content-type": "application/json"})

        sdk = loops.Loops(client=httpx.Client(transport=httpx.MockTransport(answer)))
        option = sdk.get_option()
        pet = sdk.add_pet(request={"kind": "cat", "friends": [{"kind": "dog", "barks": True}]})
        print(json.dumps([repr(option), repr(pet), sent[1]]))
        """)
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=loops, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    option, pet, body = json.loads(run.stdout)
    assert option == "Choice(options=[Choice(options=[Single(name='x')])])"
    assert pet.startswith("Cat(kind='cat', friends=[Dog(kind='dog', barks=True)]")
    assert body == {"kind": "cat", "friends": [{"kind": "dog", "barks": True}]}


def test_the_sdk_and_code_using_its_recursive_types_pass_mypy_strict(loops: Path) -> None:
    (loops / "user_code.py").write_text(USER_CODE)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "loops", "user_code.py"],
        cwd=loops,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout


def test_only_unions_on_a_reference_cycle_are_deferred(loops: Path) -> None:
    """A union no member of which leads back to it stays a plain alias."""
    plain = (loops / "loops/models/plain.py").read_text()
    assert "Plain: TypeAlias = Union[Single, int]" in plain
    assert "TypeAliasType" not in plain
    assert (
        'Option = TypeAliasType("Option", Union["Single", "Choice"])'
        in (loops / "loops/models/option.py").read_text()
    )


def _chain(length: int, closed: bool) -> ir.Api:
    """``length`` objects, each holding the next; the last holds the first when ``closed``."""
    names = [ir.SchemaName((f"s{i}",)) for i in range(length)]
    schemas = tuple(
        ir.ObjectSchema(
            name,
            (
                (
                    ir.Property(
                        "next",
                        ir.ArrayType(ir.Named(names[(i + 1) % length])),
                        required=False,
                    ),
                )
                if closed or i + 1 < length
                else ()
            ),
        )
        for i, name in enumerate(names)
    )
    return ir.Api("t", "1", None, (), (), schemas, ir.Namespace((), None, (), ()), "t.yaml")


def test_schemas_on_a_cycle_are_found_in_a_chain_deeper_than_the_stack() -> None:
    assert len(_chain(5000, closed=True).self_referring) == 5000
    assert _chain(5000, closed=False).self_referring == frozenset()
    one = _chain(1, closed=True)
    assert one.self_referring == {ir.SchemaName(("s0",))}
