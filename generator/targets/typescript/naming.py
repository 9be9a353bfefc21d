"""TypeScript naming rules: camelCase members, PascalCase types, reserved words, collisions.

Every name that reaches TypeScript source passes through here, so a spec cannot produce a
reserved word as a binding, an identifier that starts with a digit, or a type that shadows
the SDK's own (``SDKError``) or the language's (``Promise``, ``Array``).
"""

from __future__ import annotations

import functools
import unicodedata

from ...words import file_stem, split_words

# Reserved words of JavaScript and TypeScript, and names strict mode forbids as bindings.
RESERVED_WORDS = frozenset(
    """break case catch class const continue debugger default delete do else enum export
    extends false finally for function if import in instanceof new null return super switch
    this throw true try typeof var void while with as implements interface let package
    private protected public static yield any boolean constructor declare get module require
    number set string symbol type from of await async arguments eval undefined never unknown
    object bigint""".split()
)
# Types the generated package or the language defines; a schema named like one is renamed.
RESERVED_TYPE_NAMES = frozenset(
    {
        "Page",
        "PageSpec",
        "RawMethods",
        "RawResponse",
        "SDKError",
        "SDKBaseError",
        "ResponseValidationError",
        "SDKConnectionError",
        "SDKTimeoutError",
        "TypedSDKError",
        "RetryConfig",
        "BackoffStrategy",
        "RequestOptions",
        "EventStream",
        "Schema",
        "Array",
        "Record",
        "Promise",
        "Date",
        "Error",
        "Object",
        "String",
        "Number",
        "Boolean",
        "Uint8Array",
        "Blob",
        "Map",
        "Set",
        "Symbol",
        "JSON",
        "Math",
        "Partial",
        "Required",
        "Readonly",
        "Pick",
        "Omit",
        "Function",
        "Response",
        "Request",
        "Headers",
        "URL",
        "FormData",
        "AbortSignal",
    }
)


def _ascii_words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return tuple(w for w in split_words(folded) if w)


# Member names that would not be plain members: a method named "constructor" is the class's
# constructor, and "__proto__" in an object literal sets the prototype.
RESERVED_MEMBERS = frozenset({"constructor", "__proto__", "prototype"})
# Members every client and resource class has besides its children and methods.
CLASS_MEMBERS = frozenset({"constructor", "runtime", "withRawResponse"})


@functools.lru_cache(maxsize=65536)
def camel_case(text: str, fallback: str = "field") -> str:
    """A safe camelCase member (property, method, accessor) name. Reserved words are valid
    member names in JavaScript (`request.class`, `repos.get()`), so only the few members
    with a meaning of their own are renamed; generated code never binds a variable to one."""
    words = _ascii_words(text)
    if not words:
        return fallback
    name = words[0].lower() + "".join(w[0].upper() + w[1:].lower() for w in words[1:])
    if name[0].isdigit():
        name = fallback + name[0].upper() + name[1:]
    if name in RESERVED_MEMBERS:
        name += "_"
    return name


@functools.lru_cache(maxsize=65536)
def type_name(parts: tuple[str, ...], fallback: str = "Model") -> str:
    """A safe PascalCase type name from name parts (``("Body", "response_format")``)."""
    name = "".join(w[0].upper() + w[1:] for p in parts for w in _ascii_words(p)) or fallback
    if name[0].isdigit():
        name = fallback + name
    if name in RESERVED_TYPE_NAMES or name.lower() in RESERVED_WORDS:
        name += fallback
    return name


def enum_key(value: object) -> str:
    """A member of an enum's constant object: ``raw`` -> ``Raw``, ``1`` -> ``Value1``."""
    words = _ascii_words(str(value))
    name = "".join(w[0].upper() + w[1:].lower() for w in words)
    if not name or name[0].isdigit():
        name = "Value" + name if name else "Empty"
    return name


def file_name(type_name: str) -> str:
    """The module of a type: its name in lower case (``ImageInput`` -> ``imageinput``); a
    very long one shortened (``file_stem``)."""
    return file_stem(type_name.lower())
