"""Generator settings: names the spec cannot give (package, client classes, env vars).

A config file is optional. Without one, every name is derived from the spec's title, so any
spec generates. The file is YAML; unknown keys are an error, so a typo is never ignored.
"""

from __future__ import annotations

import builtins
import keyword
import sys
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

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


# Names a generated package or the docs' client variable must not take: the standard
# library's modules and the SDK's own dependencies (importing the SDK would shadow them).
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
    if keyword.iskeyword(pascal):  # None, True, False
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
    known = {f.name for f in fields(Config)} - {"version_pinned"}
    for key, value in data.items():
        if key not in known:
            raise UsageError(
                f"{path}: unknown config key {key!r}; known: {', '.join(sorted(known))}"
            )
        if value is not None and not isinstance(value, str):
            raise UsageError(f"{path}: {key} must be a string")
    if isinstance(data.get("templates"), str):
        data["templates"] = (path.parent / data["templates"]).resolve()
    if data.get("package_version") is None:
        data.pop("package_version", None)  # unpinned: the generator versions the package
    config = replace(config, **data, version_pinned="package_version" in data)
    checks = {
        "package_name": _IDENTIFIER,
        "sync_client": _IDENTIFIER,
        "async_client": _IDENTIFIER,
        "client_variable": _IDENTIFIER,
        "token_env": _ENV,
        "server_url_env": _ENV,
        "package_version": _VERSION,
    }
    for key, pattern in checks.items():
        value = getattr(config, key)
        if value is not None and not pattern.match(value):
            raise UsageError(f"{path}: {key} {value!r} is not valid")
        if pattern is _IDENTIFIER and (keyword.iskeyword(value) or keyword.issoftkeyword(value)):
            raise UsageError(f"{path}: {key} {value!r} is a Python keyword")
    return config
