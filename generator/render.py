"""Stage 4, render: lay out each planned file with its Jinja2 template.

Templates only lay out what the target computed; ``StrictUndefined`` turns a missing value
into an error instead of an empty string, and autoescaping is off because each target
escapes values for where they land (Python literals, Markdown cells) before rendering.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from .targets import OutputFile

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def environment(target: str, templates: Path = TEMPLATES) -> jinja2.Environment:
    return jinja2.Environment(
        # A target's own templates first, then those every target shares (the docs pages,
        # which differ only in the values and the code fences' language).
        loader=jinja2.FileSystemLoader([str(templates / target), str(templates / "shared")]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def render(files: list[OutputFile], env: jinja2.Environment) -> dict[str, str]:
    """Render every file; returns relative path -> text, in path order."""
    rendered: dict[str, str] = {}
    for output in files:
        if output.template is None:
            assert output.content is not None, output.path
            text = output.content
        else:
            text = env.get_template(output.template).render(**output.context)
        text = text.rstrip("\n")
        rendered[output.path] = text + "\n" if output.final_newline and text else text
    return rendered
