"""The escapers, on arbitrary text: Python literals round-trip, Markdown stays in its place."""

from __future__ import annotations

import ast
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import markdown
from generator.targets.python import literals
from generator.targets.python.naming import class_name, member_name, module_name

TRICKY = st.text(
    alphabet=st.sampled_from(list("\"'\\\n\r\t|`*#<>{}%/\x00\x1b\u202e\u2028é𝔘ab ")), max_size=30
)
ANY_TEXT = st.one_of(TRICKY, st.text(max_size=40))


@settings(max_examples=600)
@given(ANY_TEXT)
def test_string_and_docstring_literals_round_trip(text: str) -> None:
    assert ast.literal_eval(literals.string(text)) == text
    assert "\n" not in literals.string(text)
    docstring = literals.docstring(text)
    assert ast.literal_eval(docstring) == text.replace("\r\n", "\n")
    # The docstring is one expression, whatever the text: nothing after it can run.
    tree = ast.parse(f"def f():\n    {docstring}\n    return 1\n")
    assert len(tree.body[0].body) == 2  # type: ignore[attr-defined]


@settings(max_examples=300)
@given(
    st.recursive(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.floats(allow_nan=False, allow_infinity=False),
            ANY_TEXT,
        ),
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(ANY_TEXT, inner, max_size=3)
        ),
        max_leaves=8,
    )
)
def test_json_values_become_equal_python_expressions(value: object) -> None:
    assert ast.literal_eval(literals.value(value)) == value
    assert ast.literal_eval(literals.exploded(value, "    ")) == value


@settings(max_examples=400)
@given(ANY_TEXT)
def test_toml_strings_parse_back(text: str) -> None:
    import tomllib

    assert tomllib.loads(f"x = {literals.toml_string(text)}")["x"] == text


@settings(max_examples=400)
@given(ANY_TEXT)
def test_names_are_identifiers_that_are_not_keywords(text: str) -> None:
    import keyword

    for name in (member_name(text), class_name((text,)), module_name(class_name((text,)))):
        assert name.isidentifier() and name.isascii(), name
        assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name), name


@settings(max_examples=400)
@given(st.lists(st.lists(ANY_TEXT, min_size=3, max_size=3), min_size=1, max_size=4))
def test_markdown_cells_keep_the_table_shape(rows: list[list[str]]) -> None:
    table = markdown.table(["A", "B", "C"], [[markdown.cell(c) for c in row] for row in rows])
    lines = table.split("\n")
    assert len(lines) == 2 + len(rows)
    for line in lines:
        assert len(re.findall(r"(?<!\\)\|", line)) == 4, line
        assert "\x00" not in line and "\u202e" not in line


@settings(max_examples=400)
@given(ANY_TEXT)
def test_paragraphs_open_no_fence_heading_or_html(text: str) -> None:
    for line in markdown.paragraph(text).split("\n"):
        stripped = line.lstrip()
        assert not stripped.startswith(("```", "~~~", "#", "<")), line
        assert "<" not in line, line


def test_a_description_written_in_html_shows_its_tags_as_written() -> None:
    # AWS's: "\&lt;fullname>" showed as "&lt;fullname>" (an escaped ampersand).
    text = "<fullname>Glue</fullname> <p>Defines the endpoint.</p>\n  <b>Note</b> a \\< b"
    assert markdown.paragraph(text) == (
        "&lt;fullname>Glue&lt;/fullname> &lt;p>Defines the endpoint.&lt;/p>\n"
        "  &lt;b>Note&lt;/b> a &lt; b"
    )


@settings(max_examples=400)
@given(ANY_TEXT)
def test_names_derived_from_a_title_are_usable(title: str) -> None:
    import keyword

    from generator.config import default_config

    config = default_config(title, "1.0.0")
    for name in (
        config.package_name,
        config.sync_client,
        config.async_client,
        config.client_variable,
    ):
        assert (
            name.isidentifier() and not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
        )
