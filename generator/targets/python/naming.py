"""Python naming rules: snake_case members, PascalCase classes, escapes and collisions.

Every name that reaches Python source passes through here, so a spec cannot produce a
keyword, a builtin, a dunder, a name that starts with a digit, or a name that shadows the
SDK's own classes. Collisions are resolved deterministically by suffixing in IR order.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import unicodedata

from ...words import Namer, file_stem, split_words

__all__ = ["Namer"]  # shared by every target; kept importable from here

# The error classes of the runtime (models/_errors.py), exported by ``models`` and ``errors``.
RUNTIME_ERRORS = (
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
)

# Names the generated package defines itself; a schema named like one of these is renamed.
RESERVED_CLASS_NAMES = frozenset(
    {
        *RUNTIME_ERRORS,
        "BaseModel",
        "Unset",
        "UNSET",
        "Nullable",
        "OptionalNullable",
        "RetryConfig",
        "BackoffStrategy",
        "Any",
        "Dict",
        "List",
        "Optional",
        "Union",
        "TypedDict",
        "NotRequired",
        "Enum",
        "Field",
        "ClassVar",
        "Base64Bytes",
        "FrozenSet",
        "Literal",
        "Mapping",
    }
)
# Attributes pydantic's BaseModel defines; a field named like one of these gets a suffix.
PYDANTIC_RESERVED = frozenset(
    {
        "copy",
        "dict",
        "json",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
    }
)
# Builtins the generated code names in annotations and bodies; a member named like one of
# these would shadow it inside a class body. Other builtins (``id``, ``type``) are fine.
SHADOWING_BUILTINS = frozenset(
    {"str", "int", "float", "bool", "bytes", "list", "dict", "object", "datetime", "date", "self"}
)


@functools.lru_cache(maxsize=65536)
def _ascii_words(text: str) -> tuple[str, ...]:
    """Words of ``text`` reduced to ASCII letters and digits (accents dropped, others removed)."""
    words = []
    for word in split_words(text):
        decomposed = unicodedata.normalize("NFKD", word)
        ascii_word = "".join(c for c in decomposed if c.isascii() and c.isalnum())
        if ascii_word:
            words.append(ascii_word)
    return tuple(words)


def snake_case(text: str) -> str:
    return "_".join(w.lower() for w in _ascii_words(text))


def pascal_case(text: str) -> str:
    return "".join(w[0].upper() + w[1:] for w in _ascii_words(text))


@functools.lru_cache(maxsize=65536)
def member_name(text: str, fallback: str = "field") -> str:
    """A safe snake_case attribute, parameter or method name."""
    name = snake_case(text) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if (
        keyword.iskeyword(name)
        or name in SHADOWING_BUILTINS
        or name in PYDANTIC_RESERVED
        or name.startswith("model_")
    ):
        name += "_"
    return name


@functools.lru_cache(maxsize=65536)
def class_name(parts: tuple[str, ...], fallback: str = "Model") -> str:
    """A safe PascalCase class name from name parts (``("Body", "response_format")``)."""
    name = "".join(pascal_case(p) for p in parts) or fallback
    if name[0].isdigit():
        name = fallback + name
    if keyword.iskeyword(name) or hasattr(builtins, name) or name in RESERVED_CLASS_NAMES:
        name += fallback
    return name


def enum_member(value: object) -> str:
    """An enum member name: ``raw`` -> ``RAW``, ``1`` -> ``ONE``-free ``VALUE_1``."""
    name = "_".join(w.upper() for w in _ascii_words(str(value)))
    if not name or name[0].isdigit():
        name = "VALUE_" + name if name else "EMPTY"
    if keyword.iskeyword(name) or name.startswith("_"):
        name += "_"
    return name


def raw_view_class(class_name: str) -> str:
    """The class of a client's or resource's ``with_raw_response`` view."""
    return class_name + "WithRawResponse"


# The keyword arguments every method takes after the operation's own, as its docstring
# describes them (the docs' tables say the same, but for the reference page's two rows).
CALL_OPTIONS = {
    "retries": "Override the default retry configuration for this method",
    "server_url": "Override the default server URL for this method",
    "timeout_ms": "Override the default request timeout configuration for this method in "
    "milliseconds",
    "http_headers": "Additional headers to set or replace on requests.",
}

# Attributes every client and resource class has besides its children and methods.
CLASS_MEMBERS = frozenset({"close", "aclose", "with_raw_response"})


def module_name(class_name: str) -> str:
    """The module of a class: its name in lower case (``ImageInput`` -> ``imageinput``), never
    a keyword (``Class`` -> ``class_``); a very long one shortened (``file_stem``)."""
    name = file_stem(class_name.lower())
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or not name.isidentifier():
        name += "_"
    return name
