"""Generator settings: names the spec cannot give (package, client classes, env vars),
the SDK's metadata (license, authors, repository) and each target's own section.

A config file is optional. Without one, every name is derived from the spec's title, so any
spec generates. The file is YAML, validated by a pydantic model whose JSON Schema is
``docs/config.schema.json``; unknown keys are an error with the key probably meant, so a
typo is never ignored. The reference is ``docs/config.md``.
"""

from __future__ import annotations

import builtins
import difflib
import functools
import keyword
import sys
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Dict, List, Literal, Optional, Union

from . import tracking

import pydantic
import yaml

from .errors import UsageError
from .load import YAML_LOADER
from .words import split_words

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ENV = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_VERSION = re.compile(r"^[0-9]+(\.[0-9]+)*([ab]|rc|\.dev|\.post)?[0-9]*$")


@dataclass(frozen=True)
class Config:
    package_name: str
    # The generator versions the package (the lock's version bumped by the API-change report,
    # generator/release.py) unless the config file pins it (``version_pinned``).
    package_version: str
    sync_client: str
    async_client: str
    client_variable: str
    token_env: str | None
    server_url_env: str | None
    description: str | None = None
    templates: Path | None = None  # a templates overlay (relative to the config file)
    version_pinned: bool = False
    license: str | None = None  # an SPDX expression
    authors: tuple[tuple[str, str | None], ...] = ()  # (name, email)
    repository: str | None = None
    # Each target's own section of the file, by target name (its ``TARGET.settings`` model).
    sections: tuple[tuple[str, Any], ...] = ()
    # Pagination declared for operations the spec cannot be edited to mark: (operationId,
    # the x-pagination mapping, or False to turn detection off), for generator.parse.
    pagination: tuple[tuple[str, Any], ...] = ()

    def section(self, target: str, default: Any) -> Any:
        """The ``target`` section, or ``default`` (the section's model with its defaults)."""
        return next((value for name, value in self.sections if name == target), default)


# Which files print the package version is noted as a description's readers are: a
# regeneration that bumps the version makes only those again (generator/incremental.py).
tracking.track(Config, "package_version")


# Names a generated package or the docs' client variable must not take: the standard
# library's modules and the SDK's own dependencies (importing the SDK would shadow them).
# Names the package's __init__ exports beside the clients (templates/python/package/__init__).
_PACKAGE_EXPORTS = frozenset({"Nullable", "OptionalNullable", "UNSET", "Unset"})
_TAKEN_MODULES = frozenset(sys.stdlib_module_names) | {
    "httpx",
    "httpx_sse",
    "pydantic",
    "pydantic_core",
    "typing_extensions",
}
_BUILTINS = frozenset(dir(builtins))


def default_config(title: str, version: str) -> Config:
    """Derive every name from the spec's title: ``Friendli Container API`` -> ``friendli_container_api``.

    A title's words are what its spaces and punctuation separate; a word's own capitals are
    its brand (``OpenAI API`` -> ``openai_api``, ``OPENAI_API_TOKEN``, not ``open_ai``).
    """
    words = (
        [w for w in re.split(r"[\W_]+", title) if w and w.isascii()]
        or [w for w in split_words(title) if w.isascii()]
        or ["api"]
    )
    snake = "_".join(w.lower() for w in words)
    if snake[0].isdigit():
        snake = "api_" + snake
    pascal = "".join(w[0].upper() + w[1:] for w in words)
    if pascal[0].isdigit():
        pascal = "Api" + pascal
    if keyword.iskeyword(pascal) or pascal in _PACKAGE_EXPORTS:  # None; the SDK's Unset
        pascal += "Client"
    if keyword.iskeyword(snake) or keyword.issoftkeyword(snake) or snake in _TAKEN_MODULES:
        snake += "_sdk"  # a package named ``types`` would shadow the standard library's
    env = snake.upper()
    return Config(
        package_name=snake,
        package_version=version if _VERSION.match(version) else "0.1.0",
        sync_client=pascal,
        async_client="Async" + pascal,
        client_variable=_variable(snake.split("_")[0]),
        token_env=env + "_TOKEN",
        server_url_env=env + "_SERVER_URL",
    )


def _variable(word: str) -> str:
    """The docs' name for a client: the package's first word, unless Python forbids it."""
    if (
        not word.isidentifier()
        or keyword.iskeyword(word)
        or keyword.issoftkeyword(word)
        or word in _BUILTINS  # ``open = OpenAI()`` would hide the builtin uploads need
        or word in _TAKEN_MODULES
    ):
        return "client"
    return word


class Author(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    name: str
    email: Optional[str] = None


class PaginationDeclaration(pydantic.BaseModel):
    """One operation's pages, as its ``x-pagination`` extension would say (spec names)."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    style: Literal["cursor", "offset", "page", "link"]
    items: Optional[str] = pydantic.Field(
        default=None, description="The answer's list (dotted path); omit when the answer is it."
    )
    param: Optional[str] = pydantic.Field(
        default=None, description="The query parameter the next request sets (not for link)."
    )
    next: Optional[str] = pydantic.Field(
        default=None, description="cursor: the answer's field holding the next cursor."
    )
    next_from_item: Optional[str] = pydantic.Field(
        default=None, description="cursor: or the last item's field that is the next cursor."
    )
    has_more: Optional[str] = pydantic.Field(
        default=None, description="The answer's boolean that is false on the last page."
    )
    limit: Optional[str] = pydantic.Field(
        default=None, description="The page-size parameter: a shorter page is the last."
    )


class SharedSettings(pydantic.BaseModel):
    """The keys every target reads. A target adds a section of its own under its name."""

    model_config = pydantic.ConfigDict(extra="forbid", title="sdkgen config")

    package_name: Optional[str] = pydantic.Field(
        default=None,
        pattern=_IDENTIFIER.pattern,
        description="The import name (Python) and the default distribution / npm name.",
    )
    package_version: Optional[str] = pydantic.Field(
        default=None,
        pattern=_VERSION.pattern,
        description="Pins the SDK's version; without it, generate bumps the version in "
        "sdkgen.lock by the API-change report.",
    )
    sync_client: Optional[str] = pydantic.Field(
        default=None, pattern=_IDENTIFIER.pattern, description="The client class (Python)."
    )
    async_client: Optional[str] = pydantic.Field(
        default=None, pattern=_IDENTIFIER.pattern, description="The async client class (Python)."
    )
    client_variable: Optional[str] = pydantic.Field(
        default=None,
        pattern=_IDENTIFIER.pattern,
        description="The variable the docs bind a client to.",
    )
    token_env: Optional[str] = pydantic.Field(
        default=None, pattern=_ENV.pattern, description="The variable a token is read from."
    )
    server_url_env: Optional[str] = pydantic.Field(
        default=None, pattern=_ENV.pattern, description="The variable a server URL is read from."
    )
    description: Optional[str] = pydantic.Field(
        default=None, description="The SDK's one-line description (default: the spec's title)."
    )
    templates: Optional[str] = pydantic.Field(
        default=None, description="A templates overlay, relative to this file (<dir>/<target>/...)."
    )
    license: Optional[str] = pydantic.Field(
        default=None,
        description="The SDK's license, as an SPDX expression (MIT, Apache-2.0).",
        pattern=r"^[A-Za-z0-9.+() -]+$",
    )
    authors: List[Author] = pydantic.Field(
        default_factory=list, description="The SDK's authors (name, email)."
    )
    repository: Optional[str] = pydantic.Field(
        default=None, pattern=r"^https?://\S+$", description="The SDK's source repository URL."
    )
    pagination: Dict[str, Union[Literal[False], PaginationDeclaration]] = pydantic.Field(
        default_factory=dict,
        description="Pagination by operationId, for a spec that cannot carry x-pagination; "
        "false turns detection off for that operation.",
    )


def settings_model() -> type[SharedSettings]:
    from .targets import target_names

    return _settings_model(target_names())


@functools.cache
def _settings_model(names: tuple[str, ...]) -> type[SharedSettings]:
    """The whole file's model: the shared keys and one optional section per target, each the
    target's own (``TARGET.settings``): this module names no language."""
    from .targets import get_target

    sections: dict[str, Any] = {}
    for name in names:
        section: Any = get_target(name).settings
        sections[name] = (Optional[section], None)
    model: type[SharedSettings] = pydantic.create_model(
        "ConfigFile", __base__=SharedSettings, **sections
    )
    return model


def config_json_schema() -> dict[str, Any]:
    """The JSON Schema of a config file (``docs/config.schema.json`` is this, committed)."""
    return settings_model().model_json_schema()


def overlay_path(config_file: Path, value: str) -> Path:
    """Where a config's ``templates`` overlay is: relative to the config file."""
    return (config_file.parent / value).resolve()


def overlay_of(config_file: Path) -> Path | None:
    """The templates overlay a config file names, read without validating the rest (the
    generation that loads it does); None when it names none or is not a mapping."""
    data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    value = data.get("templates") if isinstance(data, dict) else None
    return overlay_path(config_file, value) if isinstance(value, str) else None


def load_config(path: Path | None, title: str, version: str) -> Config:
    config = default_config(title, version)
    if path is None:
        return config
    try:
        data: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise UsageError(f"{path}: cannot read config: {exc}") from None
    if data is None:
        return config
    if not isinstance(data, dict):
        raise UsageError(f"{path}: the config must be a mapping")
    model = settings_model()
    try:
        parsed = model.model_validate(data)
    except pydantic.ValidationError as exc:
        raise UsageError(f"{path}: {_explain(exc, data, model)}") from None
    given = parsed.model_dump(exclude_unset=True)
    shared = {k: v for k, v in given.items() if k in SharedSettings.model_fields}
    for key in ("package_name", "sync_client", "async_client", "client_variable"):
        value = shared.get(key)
        if value is not None and (keyword.iskeyword(value) or keyword.issoftkeyword(value)):
            raise UsageError(f"{path}: {key} {value!r} is a Python keyword")
        if key.endswith("_client") and value in _PACKAGE_EXPORTS:
            raise UsageError(f"{path}: {key} {value!r} is a name the package already exports")
    if shared.get("package_version") is None:
        shared.pop("package_version", None)  # unpinned: the generator versions the package
    if shared.get("templates") is not None:
        shared["templates"] = overlay_path(path, shared["templates"])
    shared["authors"] = tuple((a.name, a.email) for a in parsed.authors)
    shared["pagination"] = tuple(
        (key, value if value is False else value.model_dump(exclude_none=True))
        for key, value in parsed.pagination.items()
    )
    sections = tuple(
        (name, getattr(parsed, name))
        for name in model.model_fields
        if name not in SharedSettings.model_fields and getattr(parsed, name) is not None
    )
    return replace(config, **shared, sections=sections, version_pinned="package_version" in shared)


def _explain(exc: pydantic.ValidationError, data: Any, model: type[pydantic.BaseModel]) -> str:
    """The first problem, at its key, with the key that was probably meant."""
    error = exc.errors()[0]
    place = ".".join(str(part) for part in error["loc"])
    if error["type"] == "extra_forbidden":
        known: list[str] = list(model.model_fields)
        section: Any = model
        for part in error["loc"][:-1]:
            field = (
                section.model_fields.get(str(part)) if hasattr(section, "model_fields") else None
            )
            inner = getattr(field, "annotation", None)
            options = [
                a for a in getattr(inner, "__args__", (inner,)) if hasattr(a, "model_fields")
            ]
            if not options:
                break
            section = options[0]
            known = list(section.model_fields)
        close = difflib.get_close_matches(str(error["loc"][-1]), known, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"unknown config key {place!r}{hint} (known: {', '.join(sorted(known))})"
    return f"{place}: {error['msg']}"
