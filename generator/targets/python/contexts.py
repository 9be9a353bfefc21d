"""The contexts the Python planner hands its templates, typed: a template reads exactly
these keys, and mypy checks that the planner fills each with the right kind of value."""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict


class ChildContext(TypedDict):
    module: str
    sync_class: str
    async_class: str
    attr: str
    title: str


class DiscriminatorContext(TypedDict):
    property: str
    tags: list[tuple[str, str]]
    members: list[dict[str, Any]]


class OperationContext(TypedDict):
    name: str
    spec_name: str
    spec_fields: dict[str, Any]
    pages_name: str
    pages: str | None  # a paginated operation: its utils.PageSpec(...) expression
    response_type: str
    stream_type: str | None
    overloads: list[dict[str, Any]]
    cast: bool
    signature: list[dict[str, Any]]
    returns: str
    returns_async: str
    docstring: str
    body: dict[str, Any] | None
    params: list[dict[str, Any]]
    deprecated_message: str | None


class VariantDoc(TypedDict):
    heading: str
    example: str


class ErrorsContext(TypedDict):
    classes: list[dict[str, Any]]
    imports: dict[str, Any]
    runtime_errors: list[str]


class ModelContext(TypedDict):
    class_name: str
    typed_dict: str | None
    docstring: str | None
    base: NotRequired[str]
    members: NotRequired[list[dict[str, Any]]]
    imports: NotRequired[dict[str, Any]]  # filled last, from what the others use
    fields: NotRequired[list[dict[str, Any]]]
    nullable_fields: NotRequired[str]  # the frozenset literal
    read_only_fields: NotRequired[str | None]
    uses_field: NotRequired[bool]
    uses_not_required: NotRequired[bool]
    variants: NotRequired[list[str]]
    discriminator: NotRequired[DiscriminatorContext | None]
    typed_dict_variants: NotRequired[list[str]]
    # A union that holds itself (through its members): the same variants with the models'
    # names quoted, for the alias evaluated at run time only once every module has loaded.
    lazy: NotRequired[LazyAliasContext | None]


class LazyAliasContext(TypedDict):
    variants: list[str]
    typed_dict_variants: list[str]
    members: list[str]  # a discriminated union's member annotations, in order


class ModelsIndexContext(TypedDict):
    entries: list[dict[str, Any]]
    exported: list[str]
    runtime_errors: list[str]


class NamespaceContext(TypedDict):
    package_imports: str
    sync_class: str
    async_class: str
    raw_class: str  # the class of with_raw_response
    async_raw_class: str
    docstring: str
    operations: list[OperationContext]
    children: list[ChildContext]
    imports: dict[str, Any]
    uses_warnings: bool


class PackageContext(TypedDict):
    docstring: str
    sync_client: str
    async_client: str


class ProjectContext(TypedDict):
    distribution: str  # a TOML string
    package: str
    license_toml: str | None
    authors_toml: list[str]
    urls_toml: list[str]
    build_backend: str
    python_floor: str
    version: str
    version_literal: str
    api_version_literal: str
    has_sse: bool
    description_toml: str


class SdkContext(TypedDict):
    package_imports: str
    utils_ref: str
    package: str
    sync_client: str
    raw_class: str  # the class of with_raw_response
    async_raw_class: str
    async_client: str
    credentials: list[dict[str, Any]]
    schemes: list[dict[str, Any]]
    server_url_env: str | None
    default_server_url: str
    user_agent: str
    log_env: str
    children: list[ChildContext]
    operations: list[OperationContext]
    imports: dict[str, Any]
    uses_warnings: bool
    server_url_env_plain: str | None
    docstring: str


class SecurityContext(TypedDict):
    credentials: list[dict[str, Any]]
    schemes: list[dict[str, Any]]


class StaticContext(TypedDict):
    package: str
    has_sse: bool
    has_pages: bool


class ModelDocContext(TypedDict):
    fence: str
    title: str
    description: str | None
    values: NotRequired[str]
    fields: NotRequired[str | None]
    variants: NotRequired[list[VariantDoc]]


class ReadmeContext(TypedDict):
    title: str
    description: str
    versions: str
    package: str
    distribution: str
    python_floor: str
    log_env: str
    sync_client: str
    async_client: str
    client_variable: str
    token_param: str | None
    token_env: str | None
    credentials_table: str | None
    typed_errors: str
    server_url_env: str | None
    retried_statuses: str
    namespaces: list[dict[str, Any]]
    first: dict[str, Any] | None
    pagination: dict[str, str] | None  # the README's pagination programs, sync and async


class RetryDocContext(TypedDict):
    package: str
    statuses: str
    backoff_arguments: str
    retry_fields: str
    backoff_fields: str


class SdkDocContext(TypedDict):
    title: str
    operations: list[dict[str, Any]]
    fence: str
