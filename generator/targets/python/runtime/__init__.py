"""The Python SDK's runtime, as real source: these modules are copied into every generated
SDK (``src/<package>/``) as they are, so they are type-checked by ``make lint`` and unit-tested
here (``tests/runtime/``) as themselves.

A section between ``# sdkgen: if <feature>`` and ``# sdkgen: end`` is kept only in SDKs that
need that feature (``event-streams``: an operation answers with ``text/event-stream``); see
:func:`generator.targets.sources.source_text`. This ``__init__``, ``errors.py``,
``models/__init__.py`` and ``utils/__init__.py`` stand in for the modules each SDK generates
in their place, so the package imports on its own; they are never copied.
"""
