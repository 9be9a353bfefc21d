"""The lock's JSON text is json.dumps(..., indent=1, sort_keys=True, ensure_ascii=False),
byte for byte, however it is made: a lock written by the fast encoder and one the json module
would write must never differ (a team's lock would change with no change to their API)."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import jsontext


class Tag(str):
    """A str subclass, as an enum value or SurfaceText would be."""


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),  # any code point: controls, quotes, backslashes, surrogates, astral
    st.text(max_size=5).map(Tag),
)
keys = st.text(max_size=8)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),
        st.dictionaries(keys, inner, max_size=4),
        st.dictionaries(st.integers(-5, 5), inner, max_size=3),  # keys json turns into text
    ),
    max_leaves=30,
)


def reference(value: Any, level: int) -> str:
    text = json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)
    return text.replace("\n", "\n" + " " * level)


@settings(max_examples=400, deadline=None)
@given(values, st.integers(0, 3))
@example({"a": [1, {"b": None}], "": {}, "é": [[]]}, 1)
@example({"x": {1: "one", 2: [True, False]}}, 2)
@example([math.nan, -math.inf, 1e100, -0.0], 0)
@example({"\u2028": '\x00\x1f"\\\ud800'}, 0)
def test_the_text_is_the_json_modules(value: Any, level: int) -> None:
    assert jsontext.dumps(value, level) == reference(value, level)


def test_a_large_surface_like_value() -> None:
    field = {"deprecated": False, "docs": "a9350724e70f", "type": "list[string]", "wire": "w"}
    model = {"directions": ["request"], "fields": {f"f{i}": dict(field) for i in range(20)}}
    surface = {"format": 2, "models": {f"M{i}": model for i in range(200)}}
    assert jsontext.dumps(surface, 1) == reference(surface, 1)
