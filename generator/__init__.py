"""An OpenAPI-driven SDK generator.

The pipeline, one module a stage: :mod:`load` (read and check the spec), :mod:`parse` (build
the language-neutral :mod:`ir`), ``targets.<language>`` (plan the files with that language's
names and types), :mod:`render` (Jinja2 templates), :mod:`format` (black) and :mod:`write`
(atomic swap, or ``--check``). :mod:`pipeline` strings them together; :mod:`cli` is the
command line.
"""
