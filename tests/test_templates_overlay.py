"""A team's templates overlay: one file overridden, the rest built in; its mistakes named with
the template, the line and the file it was for; the built-in templates' failures are ours
(exit 70), never a bare "internal error"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import render
from generator.pipeline import generate
from generator.render import TEMPLATES
from generator.targets import OutputFile

from .conftest import CONFIG, ROOT, SPEC


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True
    )


def _overlay(tmp_path: Path, text: str) -> Path:
    overlay = tmp_path / "sdk-templates"
    (overlay / "python").mkdir(parents=True)
    (overlay / "python" / "README.md.j2").write_text(text)
    return overlay


def test_an_overlay_overrides_one_template_and_keeps_the_rest(tmp_path: Path) -> None:
    built_in = (TEMPLATES / "python" / "README.md.j2").read_text()
    overlay = _overlay(tmp_path, "Maintained by the Pets team.\n\n" + built_in)
    plain = generate(SPEC, config_path=CONFIG).files
    custom = generate(SPEC, config_path=CONFIG, templates=overlay).files
    assert custom["README.md"] == "Maintained by the Pets team.\n\n" + plain["README.md"]
    assert {p for p in plain if plain[p] != custom[p]} == {"README.md"}

    out = tmp_path / "out"
    result = _run(
        "generate",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--out",
        str(out),
        "--templates",
        str(overlay),
    )
    assert result.returncode == 0, result.stderr
    assert (out / "README.md").read_text().startswith("Maintained by the Pets team.")


def test_the_config_names_an_overlay_relative_to_itself(tmp_path: Path) -> None:
    _overlay(tmp_path, "Custom {{ package }} README\n")
    config = tmp_path / "sdk.config.yaml"
    config.write_text(CONFIG.read_text() + "templates: sdk-templates\n")
    files = generate(SPEC, config_path=config).files
    assert files["README.md"] == "Custom friendli README\n"


def test_an_overlays_mistake_names_the_template_and_line(tmp_path: Path) -> None:
    overlay = _overlay(tmp_path, "line one\n{% if %}\n")
    out = tmp_path / "out"
    result = _run(
        "generate",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--out",
        str(out),
        "--templates",
        str(overlay),
    )
    assert result.returncode == 64, result.stderr
    assert "template error while writing README.md" in result.stderr
    assert f"{overlay / 'python' / 'README.md.j2'}:2:" in result.stderr
    assert not out.exists()
    undefined = _overlay(tmp_path / "u", "{{ no_such_value }}\n")
    result = _run(
        "generate",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--out",
        str(out),
        "--templates",
        str(undefined),
    )
    assert result.returncode == 64
    assert "'no_such_value' is undefined" in result.stderr


def test_a_built_in_template_failing_is_an_internal_error_that_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "templates"
    for folder in ("python", "shared"):
        (broken / folder).mkdir(parents=True)
    (broken / "python" / "README.md.j2").write_text("{{ missing }}\n")
    monkeypatch.setattr(render, "TEMPLATES", broken)  # as if it were the built-in one
    env = render.environment("python", templates=broken)
    with pytest.raises(render.TemplateFailure) as raised:
        render.render([OutputFile("README.md", "README.md.j2", {})], env)
    assert raised.value.exit_code == 70
    message = str(raised.value)
    assert message.startswith("internal error (a bug in the generator): template error")
    assert "README.md.j2" in message and "'missing' is undefined" in message
