"""Black is the formatter of record: every Python file the generator writes is what black
makes of it. Most of that layout comes from the templates and ``targets/python/layout.py``
without running black (see there why); these tests hold the two equal, so a template that
drifts from black's layout fails here, not in a user's diff.

For each file: ``settle(rendered) == black.format_str(rendered)`` (the fast path gives black's
output) and ``black.format_str(written) == written`` (what is written is stable). On every
fixture, on the Friendli SDK, on samples of GitHub's and OpenAI's SDKs, and on specs drawn by
hypothesis with long, odd and multi-line names and descriptions.
"""

from __future__ import annotations

import difflib
import random
import string
from pathlib import Path


import black
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from generator import render as rendering
from generator.config import load_config
from generator.errors import Diagnostics
from generator.load import load
from generator.parse import build_api
from generator.targets import get_target
from generator.targets.python.format import MODE, fold_import_gaps, format_python
from generator.targets.python.layout import settle
from generator.targets.python.symbols import (
    EVENT_STREAM_SOURCES,
    PAGINATION_SOURCES,
    RUNTIME_SOURCES,
)

from .conftest import CONFIG, FIXTURES, ROOT, SPEC
from .test_hostile import NASTY, hostile_spec

FIXTURE_SPECS = sorted(
    [p for p in (FIXTURES / "constructs").glob("*.yaml")]
    + [FIXTURES / "features" / "features.yaml", FIXTURES / "hostile" / "hostile.json"]
    + [FIXTURES / "media" / "streamy.yaml", FIXTURES / "names_in" / "shapes.yaml"]
)
GITHUB = ROOT / "tests/node/node_modules/@octokit/openapi/generated/api.github.com.json"
OPENAI = ROOT / "tests" / "specs" / "openai.yaml"


def rendered_python(spec: Path, config: Path | None = None) -> dict[str, str]:
    """The SDK's Python files as the templates render them, before formatting."""
    loaded = load(spec)
    settings_ = load_config(config, loaded.model.info.title, loaded.model.info.version)
    api = build_api(loaded, Diagnostics(), dict(settings_.pagination))
    planned = get_target("python").plan(api, settings_, Diagnostics())
    rendered = rendering.render(planned, rendering.environment("python"))
    return {f.path: rendered[f.path] for f in planned if f.kind == "python"}


def assert_black_layout(files: dict[str, str]) -> None:
    problems = []
    for path, source in files.items():
        written = format_python(path, source)
        reference = black.format_str(fold_import_gaps(source), mode=MODE)
        if written != reference:
            diff = difflib.unified_diff(
                reference.splitlines(), written.splitlines(), "black", "written", lineterm=""
            )
            problems.append(
                f"{path}: the layout differs from black's\n" + "\n".join(list(diff)[:12])
            )
        elif black.format_str(written, mode=MODE) != written:
            problems.append(f"{path}: black would change the written file")
    assert not problems, "\n".join(problems[:20])


def fast_path_taken(source: str) -> bool:
    """Whether the layout produced the file without falling back to black on all of it."""
    try:
        settle(fold_import_gaps(source))
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("spec", FIXTURE_SPECS, ids=[p.stem for p in FIXTURE_SPECS])
def test_every_fixture_file_is_blacks_layout(spec: Path) -> None:
    assert_black_layout(rendered_python(spec))


def test_the_friendli_sdk_is_blacks_layout() -> None:
    files = rendered_python(SPEC, CONFIG)
    assert_black_layout(files)
    # Every module the templates write takes the fast path (the runtime's own sources, laid
    # out by black already, may go through black whole).
    runtime = RUNTIME_SOURCES + EVENT_STREAM_SOURCES + PAGINATION_SOURCES
    slow = [p for p, s in files.items() if not p.endswith(runtime) and not fast_path_taken(s)]
    assert not slow


@pytest.mark.parametrize("spec, sample", [(OPENAI, 300), (GITHUB, 300)], ids=["openai", "github"])
def test_a_sample_of_a_real_sdk_is_blacks_layout(spec: Path, sample: int) -> None:
    """Every run samples other files (the seed is printed): the whole SDKs are covered over
    time, and a failure names its files."""
    files = rendered_python(spec)
    seed = random.randrange(1 << 30)
    print("sample seed", seed)
    chosen = random.Random(seed).sample(sorted(files), min(sample, len(files)))
    assert_black_layout({path: files[path] for path in chosen})
    fast = sum(fast_path_taken(files[path]) for path in chosen)
    print(f"{fast} of {len(chosen)} took the fast path")
    assert fast >= 0.95 * len(chosen), f"only {fast} of {len(chosen)} took the fast path"


# Names and descriptions that reach the code: long ones (lines black must split), odd ones
# (quotes, backslashes, tabs, unicode, control characters) and multi-line docs.
long_name = st.text(alphabet=string.ascii_letters + "_", min_size=20, max_size=95)
odd_text = st.lists(
    st.one_of(
        st.sampled_from(NASTY + ['"', '""', '"""', "\\", "\t", "  ", "\n", "'"]),
        st.text(max_size=8),
    ),
    max_size=8,
).map("".join)
paragraph = st.lists(
    st.one_of(st.text(alphabet=string.ascii_letters + " .,`", max_size=120), odd_text),
    max_size=5,
).map("\n".join)


@settings(
    max_examples=40,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@example(  # found by this test: escaped quotes in a string of an exploded call
    title="",
    description="a",
    op_id='*/\\optional${x}"""\\',
    tag="",
    schema_name="x",
    prop="p",
    enum_value="e",
    example="",
)
@example(  # found by this test: an assignment whose first line is too long is parenthesized
    title="YWsHlmePhgipFglEdXwsSBaBdBuUixKNxUDj",
    description="",
    op_id="YZYbcSswgdlusaqHtZ_jAlRloqXY_aNxKwNMMvaqowmJZYgUKzW_cp",
    tag="t",
    schema_name="x",
    prop="p",
    enum_value="e",
    example="",
)
@example(  # found by this test: a long docstring line ending in a quote, closed below it
    title="\n" + "x" * 84 + ' """',
    description="",
    op_id="op",
    tag="t",
    schema_name="x",
    prop="p",
    enum_value="e",
    example="",
)
@example(  # found by this test: a line that fits by characters but not by width (black
    # counts an East Asian wide character as two columns)
    title="x",
    description="",
    op_id="loVfnyDValDXKZsEpfZG",
    tag="t",
    schema_name="F",
    prop="rAKmfCuWGEPNiRQlKAvFgmfAlTvbHxfZvMAQdxlSGVBjkYSgWcLeWpvgJmYx",
    enum_value="\u2028\x00\U000ce51aW-->\t\U0002e0b4n³\t",
    example="",
)
@given(
    title=st.one_of(long_name, odd_text),
    description=paragraph,
    op_id=st.one_of(long_name, odd_text),
    tag=st.one_of(long_name, odd_text),
    schema_name=st.one_of(long_name, odd_text),
    prop=st.one_of(long_name, odd_text),
    enum_value=st.one_of(long_name, odd_text),
    example=odd_text,
)
def test_drawn_specs_are_blacks_layout(
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    description: str,
    op_id: str,
    tag: str,
    schema_name: str,
    prop: str,
    enum_value: str,
    example: str,
) -> None:
    import json

    spec = hostile_spec(title, description, op_id, tag, schema_name, prop, enum_value, example, "")
    path = tmp_path_factory.mktemp("drawn") / "spec.json"
    path.write_text(json.dumps(spec))
    try:
        files = rendered_python(path)
    except Exception as exc:  # a spec error is an answer; the layout is what is tested here
        from generator.errors import GeneratorError

        assert isinstance(exc, GeneratorError), repr(exc)
        return
    assert_black_layout(files)


def test_the_layout_declines_what_it_cannot_lay_out() -> None:
    """A definition right below a comment gets blank lines black decides from further back:
    the layout says so and the file goes through black whole."""
    source = "x = 1\n# a comment\ndef f() -> None:\n    pass\n"
    with pytest.raises(ValueError):
        settle(source)
    assert format_python("m.py", source) == black.format_str(source, mode=MODE)


def test_every_statement_the_layout_splits_itself_is_split_as_black_splits_it() -> None:
    """Every long statement of GitHub's and OpenAI's SDKs that the layout splits without black
    (about 28,000), each compared with black's split of it alone."""
    from generator.targets.python import layout

    taken: list[tuple[str, int, list[str]]] = []
    original = layout._fast

    def recording(line: str, width: int) -> list[str] | None:
        result = original(line, width)
        if result is not None:
            taken.append((line, width, result))
        return result

    layout._fast = recording  # type: ignore[assignment]
    try:
        for spec in (GITHUB, OPENAI):
            for source in rendered_python(spec).values():
                try:
                    settle(fold_import_gaps(source))
                except ValueError:
                    pass
    finally:
        layout._fast = original  # type: ignore[assignment]
    assert len(taken) > 20_000
    wrong = []
    for line, width, result in taken:
        header = line.endswith(":")
        text = line + ("\n    pass\n" if header else "\n")
        expected = black.format_str(text, mode=layout._mode(width)).rstrip("\n").split("\n")
        if header:
            expected.pop()
        if expected != result:
            wrong.append(f"{line}\n  black: {expected}\n  layout: {result}")
    assert not wrong, "\n".join(wrong[:10])


LONG_TUPLES = """\
_OPERATION = OperationSpec(
    operation_id="Contracts_QueryFieldDefinitions",
    params=(
        ("parent_id", "parentId", "path", "simple", False),
        ("impersonation_resource_id", "ImpersonationResourceId", "header", "simple", False),
        ["impersonation_resource_id", "ImpersonationResourceId", "header", "simple", False],
        ("a_parameter_whose_name_alone_is_longer_than_the_line_black_keeps_at_eighty_8", 1),
        ("impersonation_resource_id", "Impersonation(Resource)Id", "header", ("a", "b")),
        ("(", "impersonation_resource_id_is_long_enough_to_split", "header"), (")", "x"),
        ("impersonation_resource_id_is_a_long_name_for_one_item_in_a_tuple_of_one_item",),
        ("impersonation_resource_id", "ImpersonationResourceId", "header", "simple", False,),
    ),
)
"""


def test_long_tuples_inside_an_exploded_call_are_split_as_black_splits_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The layout splits a too-long tuple or list item of an exploded call one item a line
    (Autotask's header parameters made 4,000 statements go through black, 18 of a 28 s
    generation); what it cannot tell (strings holding brackets, a tuple of one, a magic
    comma) goes to black. Each line alone, and all of them, equal black's layout."""
    lines = LONG_TUPLES.split("\n")
    head, items, tail = lines[:4], lines[4:-3], lines[-3:]
    for item in items:
        source = "\n".join([*head, item, *tail])
        assert format_python("m.py", source) == black.format_str(source, mode=MODE), item
    assert format_python("m.py", LONG_TUPLES) == black.format_str(LONG_TUPLES, mode=MODE)
    from generator.targets.python import layout

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("black was asked")

    # The plain ones are laid out without black.
    monkeypatch.setattr(layout.black, "format_str", refuse)
    for plain in (items[0], items[1], items[3]):
        source = "\n".join([*head, plain, *tail])
        settle(fold_import_gaps(source))


FIELDS = [
    'last_update_date_time: Optional[datetime] = Field(default=None, alias="lastUpdateDateTime")',
    "is_organization_default: OptionalNullable[bool] = Field(default=UNSET, alias="
    '"isOrganizationDefault")',
    "assigned_license_details_for_the_organization_default: Optional[List[str]] = Field("
    'default=None, alias="assignedLicenseDetailsForTheOrganizationDefault")',
    # One item a line when the arguments do not fit on one.
    'x: Optional[str] = Field(default=None, alias="assignedLicenseDetailsForTheOrganization'
    'DefaultAndEveryOtherTenant")',
]


def test_long_model_fields_are_split_as_black_splits_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """``name: T = Field(default=..., alias="...")`` too long for its line: Microsoft Graph's
    SDK has 5,000 such fields, each sent to black alone before the layout took them."""
    from generator.targets.python import layout

    sources = [f"class M(BaseModel):\n    {field}\n" for field in FIELDS]
    expected = [black.format_str(source, mode=MODE) for source in sources]

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("black was asked")

    monkeypatch.setattr(layout.black, "format_str", refuse)
    assert [settle(source) for source in sources] == expected
