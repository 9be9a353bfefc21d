"""The runtime sources as the SDK carries them: black-stable in the SDK's own formatting, cut
cleanly by feature, and stating the transport policy the docs state."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from generator import transport
from generator.targets.python.format import format_python
from generator.targets.python import plan as python_plan
from generator.targets.python.runtime.utils.retries import BackoffStrategy
from generator.targets.sources import source_text

from ..conftest import GENERATED, ROOT

COPIED = python_plan.RUNTIME_SOURCES + python_plan.EVENT_STREAM_SOURCES


@pytest.mark.parametrize("source", COPIED)
@pytest.mark.parametrize("features", [frozenset(), frozenset({"event-streams"})])
def test_each_runtime_source_is_already_black_formatted(
    source: str, features: frozenset[str]
) -> None:
    """What the SDK gets is what was tested: black (the SDK's settings) leaves it as it is,
    with or without its optional sections."""
    if source in python_plan.EVENT_STREAM_SOURCES and not features:
        return
    text = source_text(python_plan.RUNTIME / source, features)
    assert format_python(source, text) == text


def test_without_event_streams_no_stream_code_is_left(tmp_path: Path) -> None:
    text = source_text(python_plan.RUNTIME / "_runtime.py", frozenset())
    assert "sdkgen:" not in text
    assert "eventstreaming" not in text
    assert "eventstreaming" in source_text(
        python_plan.RUNTIME / "_runtime.py", frozenset({"event-streams"})
    )


def test_sections_must_be_closed(tmp_path: Path) -> None:
    from generator.errors import GeneratorError

    broken = tmp_path / "broken.py"
    broken.write_text("a = 1\n# sdkgen: if event-streams\nb = 2\n")
    with pytest.raises(GeneratorError, match="unclosed"):
        source_text(broken, frozenset())


def _table_examples(page: str) -> dict[str, str]:
    rows = re.findall(r"^\| `(\w+)` +\| [^|]+\| [^|]+\| ([^|]*?) *\|$", page, re.M)
    return dict(rows)


def test_python_docs_state_the_runtimes_defaults() -> None:
    page = (GENERATED / "docs" / "models" / "utils" / "retryconfig.md").read_text()
    examples = _table_examples(page)
    backoff = BackoffStrategy()
    for field in dataclasses.fields(backoff):
        assert float(examples[field.name]) == getattr(backoff, field.name), field.name
    statuses = ", ".join(str(s) for s in transport.RETRYABLE_STATUSES[:-1])
    assert f"{statuses} or {transport.RETRYABLE_STATUSES[-1]} are retried" in page


def test_typescript_docs_state_the_runtimes_defaults() -> None:
    page = (ROOT / "generated" / "typescript" / "docs" / "lib" / "retryconfig.md").read_text()
    runtime = (ROOT / "generated" / "typescript" / "src" / "lib" / "retries.ts").read_text()
    defaults = dict(re.findall(r"^  (\w+): ([\d.]+),$", runtime, re.M))
    for name, value in defaults.items():
        row = re.search(rf"`backoff\.{name}` .*\(([\d.]+)\)\. +\|$", page, re.M)
        assert row is not None, name
        assert float(row.group(1)) == float(value), name
    assert len(defaults) == len(transport.BACKOFF_DEFAULTS)
    listed = re.search(r"RETRYABLE_STATUS_CODES.*new Set\(\[([\d, ]+)\]\)", runtime)
    assert listed is not None
    assert tuple(int(s) for s in listed.group(1).split(",")) == transport.RETRYABLE_STATUSES
