"""Stage 4, render: lay out each planned file with its Jinja2 template.

Templates only lay out what the target computed; ``StrictUndefined`` turns a missing value
into an error instead of an empty string, and autoescaping is off because each target
escapes values for where they land (Python literals, Markdown cells) before rendering.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import jinja2

from . import tracking
from .errors import GeneratorError, InternalError, UsageError
from .targets import OutputFile

# An installed generator carries its templates as package data; a checkout has them at its
# root (``templates/``, one folder per target).
_PACKAGED = Path(__file__).resolve().parent / "templates"
TEMPLATES = _PACKAGED if _PACKAGED.is_dir() else _PACKAGED.parent.parent / "templates"


class TemplateFailure(InternalError):
    """A built-in template failed to render: a bug of ours (the team's overlay failing is a
    UsageError: theirs to fix)."""


def environment(
    target: str, templates: Path = TEMPLATES, overlay: Path | None = None
) -> jinja2.Environment:
    """The templates of ``target``: the team's ``overlay`` first (laid out as ``templates/``
    is: ``<overlay>/<target>/...`` and ``<overlay>/shared/...``), then the built-in ones, so a
    team overrides one file and keeps the rest."""
    search = [str(templates / target), str(templates / "shared")]
    if overlay is not None:
        if not overlay.is_dir():
            raise UsageError(f"{overlay}: the templates overlay is not a folder")
        search = [str(overlay / target), str(overlay / "shared"), *search]
    return jinja2.Environment(
        # A target's own templates first, then those every target shares (the docs pages,
        # which differ only in the values and the code fences' language).
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render(files: list[OutputFile], env: jinja2.Environment) -> dict[str, str]:
    """Render every file; returns relative path -> text, in path order."""
    return {output.path: text for output, text in render_each(files, env)}


def render_each(
    files: Iterable[OutputFile], env: jinja2.Environment
) -> Iterator[tuple[OutputFile, str]]:
    """Each file with its text, one at a time (a large SDK's files are never all held).
    What each file's context reads of the IR's texts is that file's (:mod:`.tracking`)."""
    for output in files:
        tracking.reader(output.path)
        if output.template is None:
            assert output.content is not None, output.path
            text = output.content
        else:
            text = _render_one(env, output)
        tracking.reader(tracking.GLOBAL)
        text = text.rstrip("\n")
        yield output, text + "\n" if output.final_newline and text else text


def _render_one(env: jinja2.Environment, output: OutputFile) -> str:
    """One file, or an error naming the template, the line and the file it was for."""
    assert output.template is not None
    try:
        context = output.context() if callable(output.context) else output.context
        return env.get_template(output.template).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or output.template}:{exc.lineno}"
        raise _failure(env, output, f"{where}: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise _failure(env, output, f"{_source(env, output)}: {exc}") from None


def from_overlay(env: jinja2.Environment, output: OutputFile) -> str | None:
    """The team's template that ``output`` was rendered from, if the overlay has it."""
    if output.template is None:
        return None
    source = _source(env, output)
    return None if source.startswith(str(TEMPLATES)) else source


def _source(env: jinja2.Environment, output: OutputFile) -> str:
    assert env.loader is not None and output.template is not None
    try:
        return env.loader.get_source(env, output.template)[1] or output.template
    except jinja2.TemplateNotFound:
        return output.template


def _failure(env: jinja2.Environment, output: OutputFile, message: str) -> GeneratorError:
    text = f"template error while writing {output.path}: {message}"
    source = _source(env, output)
    if not source.startswith(str(TEMPLATES)):  # the team's overlay: theirs to fix
        return UsageError(text)
    return TemplateFailure(f"internal error (a bug in the generator): {text}")
