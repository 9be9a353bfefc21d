"""A target is a name, a planner, a config section and its formatters: a throwaway one
registered here generates a fixture through the whole pipeline (lock, changelog and API
report included) with no other stage knowing it."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

from generator import ir, targets
from generator.config import Config
from generator.errors import Diagnostics
from generator.pipeline import diff_specs, generate_to
from generator.targets import OutputFile

from .conftest import FIXTURES


class ShoutSettings(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    suffix: str = "!"


class Upper:
    """Formats the target's own kind of file: upper case, in this process."""

    kind = "shout"
    cache_key = None

    def start(self) -> None:
        pass

    def format(self, path: str, source: str) -> str:
        return source.upper()

    def close(self, completed: bool) -> None:
        pass


class ShoutTarget:
    name = "shout"
    settings = ShoutSettings
    formatters = (Upper(),)
    surface_names = None  # the report speaks the spec's own names

    def plan(self, api: ir.Api, config: Config, diagnostics: Diagnostics) -> list[OutputFile]:
        suffix = config.section("shout", ShoutSettings()).suffix
        lines = [f"{op.method} {op.path}{suffix}" for op in api.operations]
        return [
            OutputFile("calls.txt", content="\n".join(lines), kind="shout"),
            OutputFile("title.txt", content=api.title),  # kind "text": left as it is
        ]


@pytest.fixture
def shout() -> object:
    targets.register(ShoutTarget())
    yield
    targets._REGISTERED.pop("shout")


def test_a_registered_target_generates_through_every_stage(shout: object, tmp_path: Path) -> None:
    spec = FIXTURES / "features" / "features.yaml"
    config = tmp_path / "sdk.config.yaml"
    config.write_text("shout:\n  suffix: ' ?'\n")
    out = tmp_path / "out"
    generated = generate_to(spec, out, target="shout", config_path=config)
    calls = (out / "calls.txt").read_text().splitlines()
    assert calls and all(line.endswith(" ?") and line == line.upper() for line in calls)
    assert (out / "title.txt").read_text() == generated.api.title + "\n"
    assert {"CHANGELOG.md", "sdkgen.lock"} <= {p.name for p in out.iterdir()}
    report = diff_specs(spec, spec, target="shout")
    assert report.bump == "none"
    again = generate_to(spec, out, target="shout", config_path=config)
    assert again.release.report is not None and not again.release.report.changes
