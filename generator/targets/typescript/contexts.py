"""The contexts the TypeScript planner hands its templates, typed: a template reads exactly
these keys, and mypy checks that the planner fills each with the right kind of value."""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

ChildContext = TypedDict(
    "ChildContext",
    {
        "class": str,
        "module": str,
        "attr": str,
    },
)


class ErrorsContext(TypedDict):
    classes: list[dict[str, Any]]


class IndexContext(TypedDict):
    client: str
    has_sse: bool
    has_pages: bool
    requests: list[dict[str, Any]]
    root_requests: list[Any]


class ModelContext(TypedDict):
    name: str
    doc: str | None
    members: NotRequired[list[dict[str, Any]]]
    type: NotRequired[str]
    values: NotRequired[str]
    imports: NotRequired[list[dict[str, Any]]]  # filled last, from what the others use
    fields: NotRequired[list[dict[str, Any]]]
    additional_type: NotRequired[str | None]
    additional: NotRequired[str | None]
    variants: NotRequired[list[str]]
    discriminator: NotRequired[str | None]


class OperationsBlock(TypedDict):
    operations: list[dict[str, Any]]
    uses_errors: bool
    uses_sse: bool
    uses_pages: bool
    uses_models: bool
    prefix: str


class PackageContext(TypedDict):
    name: str
    version: str
    description: str
    license: str | None
    author: str | None
    contributors: list[str]
    repository: str | None
    typescript: str
    node_types: str


# A namespace's own keys ("class" is a keyword, so this one is spelled as a call).
_NamespaceOwn = TypedDict(
    "_NamespaceOwn", {"class": str, "doc": "str | None", "children": "list[ChildContext]"}
)


class NamespaceContext(OperationsBlock, _NamespaceOwn):
    """A namespace module: its operations block and its own class."""


class SdkContext(OperationsBlock):
    """The client module: the root's operations block, the client, its credentials."""

    client: str
    doc: str | None
    credentials: list[dict[str, Any]]
    schemes: list[dict[str, Any]]
    default_server_url: str
    server_url_env: str | None
    user_agent: str
    sdk_version: str
    api_version: str
    log_env: str
    log_env_plain: str
    log_prefix: str
    children: list[ChildContext]


class ModelDocContext(TypedDict):
    fence: str
    title: str
    description: str | None
    values: NotRequired[str]
    fields: NotRequired[str | None]
    variants: NotRequired[list[dict[str, Any]]]


class ReadmeContext(TypedDict):
    title: str
    description: str
    versions: str
    log_env: str
    package: str
    client: str
    variable: str
    token: str | None
    token_env: str | None
    server_url_env: str | None
    credentials: list[dict[str, Any]]
    namespaces: list[dict[str, Any]]
    typescript: str
    first: dict[str, Any] | None
    pagination: str | None  # the README's pagination program


class SdkDocContext(TypedDict):
    title: str
    operations: list[dict[str, Any]]
    fence: str


class RetryDocContext(TypedDict):
    statuses: str
    defaults: dict[str, str]
    retry_connection_errors: str
