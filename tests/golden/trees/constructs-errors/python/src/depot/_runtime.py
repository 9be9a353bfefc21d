"""Sends the operations' requests: server choice, headers, body, retries, timeouts, errors.

Generated operation methods describe themselves with an :class:`OperationSpec` and hand the
work to :class:`SyncRuntime` or :class:`AsyncRuntime`. Everything but waiting and I/O is
shared between the two, so the sync and async clients behave the same.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from enum import Enum
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    overload,
)
from urllib.parse import quote, urlencode

import httpx

from .models._errors import (
    RequestValidationError,
    ResponseValidationError,
    SDKConnectionError,
    SDKError,
    SDKTimeoutError,
    first_problem,
    redact,
)
from ._unset import UNSET
from .utils.raw import RawResponse
from .utils.retries import RETRYABLE_STATUS_CODES, RetryConfig, retry_after

if TYPE_CHECKING:  # pydantic is imported on the first call, not with the SDK
    import pydantic

M = TypeVar("M", bound="pydantic.BaseModel")
Outcome = Union[httpx.Response, Exception]


@dataclass(frozen=True)
class OperationSpec:
    """What a generated method knows about its operation."""

    operation_id: str
    method: str
    path: str
    servers: Tuple[str, ...]
    request_content_type: Optional[str]
    accept: str
    response_kind: str  # "json", "text", "bytes", "sse" (an event stream) or "none"
    response_content_type: Optional[str]
    # Alternatives, each a set of security scheme names: the first the client has every
    # credential for is applied. An empty alternative means "no credentials needed".
    security: Tuple[Tuple[str, ...], ...]
    # (argument, wire name, location, style, explode), style and explode as the spec resolves
    # them: form/explode for query and cookie, simple for path and header by default.
    params: Tuple[Tuple[str, str, str, str, bool], ...] = ()
    # (status, typed error class in the errors module): "404", "4XX" or "DEFAULT"
    errors: Tuple[Tuple[str, str], ...] = ()
    # sse: the schema describes whole events (data with event, id or retry), not their data
    sse_envelope: bool = False
    # The success answer may be an event stream instead (the caller asked to stream): it is
    # returned as one, its events typed by the method's stream_type (sse_envelope as above).
    streams: bool = False


@dataclass(frozen=True)
class SecurityScheme:
    """How one of the spec's security schemes travels."""

    kind: str  # "http-bearer", "oauth2" (a bearer token), "http-basic" or "api-key"
    location: str = ""  # api-key: "header", "query" or "cookie"
    parameter: str = ""  # api-key: the header, query parameter or cookie name


@dataclass(frozen=True)
class ClientConfig:
    """What a client was configured with."""

    credentials: Mapping[
        str, Any
    ]  # scheme name -> token, API key or (username, password)
    schemes: Mapping[str, SecurityScheme]
    server_url: Optional[str]
    default_server_url: Optional[str]
    retry_config: Optional[RetryConfig]
    timeout_ms: Optional[int]
    user_agent: str
    # The environment variable that turns on debug logging ("debug"), named after the SDK.
    log_env: Optional[str] = None


# Every request and answer, each retry and its wait, at DEBUG on the SDK's own logger (named
# after its package): silent unless the application, or the SDK's log variable, asks.
_LOG = logging.getLogger(__name__.rsplit(".", 1)[0])


class _Attempt:
    """One HTTP request, ready to send as often as the retry policy allows."""

    def __init__(self, request: httpx.Request, timeout_ms: Optional[int]) -> None:
        self.request = request
        self.timeout = None if timeout_ms is None else timeout_ms / 1000
        request.extensions["timeout"] = httpx.Timeout(self.timeout).as_dict()

    def deadline(self) -> Optional[float]:
        return None if self.timeout is None else time.monotonic() + self.timeout

    def timed_out(self) -> SDKTimeoutError:
        """One wording however the time ran out (sync or async, connecting or reading)."""
        within = "in time" if self.timeout is None else f"within {self.timeout:g} s"
        return SDKTimeoutError(
            f"{self.request.method} {self.request.url} got no complete response {within}"
        )

    def failed(self, exc: Exception) -> Exception:
        """The SDK's error for an httpx failure, chained to it (``__cause__``)."""
        request = self.request
        error: Exception
        if isinstance(exc, httpx.TimeoutException):
            error = self.timed_out()
        else:
            name = type(exc).__name__
            error = SDKConnectionError(
                f"{request.method} {request.url} failed: {name}: {exc}"
            )
        error.__cause__ = exc
        return error

    def answer(self, streamed: httpx.Response, raw: bytes) -> Outcome:
        """The answer whose undecoded body is ``raw``, decoded once by its
        ``Content-Encoding`` (gzip, deflate, and br or zstd where httpx has a decoder),
        as a response callers can read any number of times. A body that does not decode
        is an SDK error that keeps the status and headers."""
        response = httpx.Response(
            streamed.status_code,
            headers=streamed.headers,
            stream=httpx.ByteStream(raw),
            request=self.request,
            extensions=streamed.extensions,
        )
        try:
            response.read()
        except httpx.DecodingError as exc:
            return self.undecodable(response, exc)
        return response

    def undecodable(self, response: httpx.Response, exc: Exception) -> Exception:
        encoding = response.headers.get("content-encoding", "encoded")
        message = (
            f"{self.request.method} {self.request.url}: the {encoding} body of the answer "
            f"could not be decoded ({exc})"
        )
        # The body is unreadable: the error quotes none, and keeps the status and headers.
        bodiless = httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(b""),
            request=self.request,
        )
        bodiless.read()
        error: Exception
        if 200 <= response.status_code < 300:
            error = ResponseValidationError(message, bodiless, exc)
        else:
            error = SDKError(message, bodiless, body="")
        error.__cause__ = exc
        return error


class _Runtime:
    """The half of the runtime that does no I/O."""

    def __init__(self, config: ClientConfig) -> None:
        self.config = config
        self.secrets = _secrets(config)
        # A raw view's runtime (utils.raw): calls answer with a RawResponse.
        self.raw = False
        if config.log_env and os.environ.get(config.log_env, "").lower() == "debug":
            _log_to_stderr()

    def trace(
        self,
        request: httpx.Request,
        number: int,
        outcome: Outcome,
        wait: Optional[float],
    ) -> None:
        """One attempt, at DEBUG: method, URL, status or error, attempt, and the wait
        before the next; credentials redacted (headers are not logged)."""
        if not _LOG.isEnabledFor(logging.DEBUG):
            return
        if isinstance(outcome, httpx.Response):
            answer = str(outcome.status_code)
        else:
            answer = f"{type(outcome).__name__}: {outcome}"
        then = "" if wait is None else f"; retrying in {wait:.3g} s"
        line = (
            f"{request.method} {request.url} -> {answer} (attempt {number + 1}){then}"
        )
        _LOG.debug("%s", redact(line, self.secrets))

    def build(
        self,
        client: Union[httpx.Client, httpx.AsyncClient],
        op: OperationSpec,
        body: Any,
        params: Mapping[str, Any],
        server_url: Optional[str],
        http_headers: Optional[Mapping[str, str]],
        url: Optional[str] = None,
    ) -> httpx.Request:
        """The request for ``op``; ``url`` (a next page's link) replaces its address and
        query, credentials and headers still added."""
        base = (
            server_url
            or self.config.server_url
            or (op.servers[0] if op.servers else self.config.default_server_url)
        )
        if not base:
            raise ValueError(f"{op.operation_id}: no server URL: pass server_url")
        path = op.path
        headers: Dict[str, str] = {
            "Accept": op.accept,
            "User-Agent": self.config.user_agent,
        }
        query: List[Tuple[str, str]] = []
        cookies: List[str] = []
        for argument, wire, location, style, explode in op.params:
            value = params.get(argument)
            if value is None or value is UNSET:
                continue
            if url is not None and location in ("path", "query"):
                continue  # the link says them
            value = _plain(value)
            if location == "path":
                path = path.replace(
                    "{" + wire + "}", quote(_joined(value, style, explode), safe="")
                )
            elif location == "query":
                query.extend(_query_pairs(wire, value, style, explode))
            elif location == "header":
                headers[wire] = _joined(value, "simple", explode)
            elif location == "cookie":
                cookies.extend(
                    f"{k}={v}" for k, v in _query_pairs(wire, value, "form", explode)
                )
        content: Optional[bytes] = None
        data: Optional[Dict[str, Any]] = None
        files: Optional[List[Tuple[str, Any]]] = None
        media = _media(op.request_content_type)
        if (
            op.request_content_type is not None
            and body is not None
            and body is not UNSET
        ):
            # A multipart body is written from an object's fields (httpx writes the boundary
            # into Content-Type); one the caller wrote (text, bytes, a file) goes as it is.
            structured = _is_model(body) or isinstance(body, dict)
            if media == "multipart/form-data" and structured:
                data, files = _multipart(body)
            else:
                headers["Content-Type"] = op.request_content_type
                content = _encode(media, body)
        for name, value in self.credentials(op):
            scheme = self.config.schemes[name]
            if scheme.kind == "http-basic":
                headers["Authorization"] = "Basic " + _basic(value)
            elif scheme.kind != "api-key":
                headers["Authorization"] = f"Bearer {value}"
            elif scheme.location == "query":
                query.append((scheme.parameter, str(value)))
            elif scheme.location == "cookie":
                cookies.append(f"{scheme.parameter}={value}")
            else:
                headers[scheme.parameter] = str(value)
        if cookies:
            headers["Cookie"] = "; ".join(cookies)
        if http_headers:
            headers.update(http_headers)
        target = url if url is not None else base.rstrip("/") + path
        if query and "?" in target:
            # httpx puts params in place of a URL's query: the pairs the URL has (a next
            # page's link; a path key that holds a query string) go first, then these.
            target = str(httpx.URL(target).copy_merge_params(tuple(query)))
            query = []
        return client.build_request(
            op.method,
            target,
            params=tuple(query) if query else None,
            headers=headers,
            content=content,
            data=data,
            files=files,
        )

    @staticmethod
    def validate_input(annotation: Any, value: Any) -> Any:
        """A body (or a body's fields) as models: dicts are read by Python field names, as
        their TypedDicts spell them, or by the API's; an unknown key is an error. An
        optional body left out (``UNSET``) stays so: it is not sent."""
        if value is UNSET:
            return value
        import pydantic

        try:
            return _adapter(annotation).validate_python(
                value, by_alias=False, by_name=True, context=_REQUEST
            )
        except pydantic.ValidationError as exc:
            where, what, count = first_problem(exc, value)
            more = f" (and {count - 1} more)" if count > 1 else ""
            raise RequestValidationError(f"{where}: {what}{more}", where, exc) from exc

    def credentials(self, op: OperationSpec) -> List[Tuple[str, Any]]:
        """The (scheme, credential) pairs of the first of the operation's security
        alternatives the client can satisfy; none when it can satisfy none (the server then
        answers 401, which says more than an error raised here would)."""
        have = self.config.credentials
        for alternative in op.security:
            if all(
                name in have and name in self.config.schemes for name in alternative
            ):
                return [(name, have[name]) for name in alternative]
        return []

    def retry_policy(self, retries: Optional[RetryConfig]) -> Optional[RetryConfig]:
        policy = retries if retries is not None else self.config.retry_config
        return policy if policy is not None and policy.strategy == "backoff" else None

    def timeout_ms(self, timeout_ms: Optional[int]) -> Optional[int]:
        return timeout_ms if timeout_ms is not None else self.config.timeout_ms

    @staticmethod
    def next_wait(
        policy: Optional[RetryConfig], outcome: Outcome, attempt: int, started: float
    ) -> Optional[float]:
        """Seconds to wait before retrying, or ``None`` to stop and report ``outcome``."""
        if policy is None:
            return None
        if isinstance(outcome, httpx.Response):
            if outcome.status_code not in RETRYABLE_STATUS_CODES:
                return None
            wait = retry_after(outcome)
        elif isinstance(outcome, (SDKConnectionError, SDKTimeoutError)):
            if not policy.retry_connection_errors:
                return None
            wait = None
        else:
            return None
        if wait is None:
            wait = policy.backoff.delay(attempt)
        elapsed = time.monotonic() - started
        if elapsed + wait > policy.backoff.max_elapsed_time / 1000:
            return None
        return wait

    def parse(
        self,
        op: OperationSpec,
        response: httpx.Response,
        response_type: Any,
        stream_type: Any = None,
    ) -> Any:
        """The typed body of a 2XX answer; any other status raises :class:`SDKError`."""
        status = response.status_code
        if not 200 <= status < 300:
            raise self.error(op, response)
        if op.response_kind == "none":
            return None
        media_type = _media(response.headers.get("content-type"))
        expected = _media(op.response_content_type)
        acceptable = not expected or "*" in expected or media_type == expected
        if op.response_kind == "json" and media_type.endswith("+json"):
            acceptable = True
        # A binary answer is its bytes whatever its media type says (speech documented as
        # application/octet-stream arrives as audio/mpeg); text is text in any text/ type.
        if op.response_kind == "bytes" or (
            op.response_kind == "text" and media_type.startswith("text/")
        ):
            acceptable = True
        if not acceptable:
            raise ResponseValidationError(
                f"{op.operation_id}: expected {expected} but got {media_type or 'no content type'}",
                response,
                secrets=self.secrets,
            )
        if op.response_kind == "bytes":
            return response.content
        if op.response_kind == "text":
            return response.text
        import pydantic

        try:
            if isinstance(response_type, type) and issubclass(
                response_type, pydantic.BaseModel
            ):
                return response_type.model_validate_json(response.content, **_WIRE)
            return _adapter(response_type).validate_json(response.content, **_WIRE)
        except pydantic.ValidationError as exc:
            where, what, count = first_problem(exc, _json_or_none(response.content))
            more = f" (and {count - 1} more)" if count > 1 else ""
            raise ResponseValidationError(
                f"{op.operation_id}: the response body does not match the schema at "
                f"{where}: {what}{more}",
                response,
                exc,
                secrets=self.secrets,
            ) from exc

    def stream(self, op: OperationSpec, response: httpx.Response, decode: Any) -> Any:
        """The event stream a streaming operation returns (sync or async)."""
        raise NotImplementedError

    def answer(
        self, op: OperationSpec, response: httpx.Response, parse: Callable[[], Any]
    ) -> Any:
        """What a call returns: the parsed body, or in a raw view the response with the
        parsing to come (an error status raises either way)."""
        if not self.raw:
            return parse()
        if not 200 <= response.status_code < 300:
            raise self.error(op, response)
        return RawResponse(response, parse)

    def error(self, op: OperationSpec, response: httpx.Response) -> SDKError:
        """The error for a non-2XX answer: the operation's typed error for that status (most
        specific first: ``404``, ``4XX``, ``default``) when its JSON body parses, else
        :class:`SDKError`."""
        status = response.status_code
        kind = "API error occurred" if status >= 400 else "Unexpected response status"
        message = f"{op.operation_id}: {kind}"
        known = dict(op.errors)
        name = (
            known.get(str(status))
            or known.get(f"{status // 100}XX")
            or known.get("DEFAULT")
        )
        media_type = _media(response.headers.get("content-type"))
        if name is not None and (
            media_type == "application/json" or media_type.endswith("+json")
        ):
            import pydantic

            from . import errors

            error_class = getattr(errors, name)
            try:
                data = _adapter(error_class.data_type()).validate_json(
                    response.content, **_WIRE
                )
            except pydantic.ValidationError:
                pass
            else:
                return error_class(message, response, data, secrets=self.secrets)  # type: ignore[no-any-return]
        return SDKError(message, response, secrets=self.secrets)


@functools.lru_cache(maxsize=512)
def _adapter(response_type: Any) -> "pydantic.TypeAdapter[Any]":
    """One TypeAdapter per response type (lists, unions, maps): building one is the slow part."""
    import pydantic

    return pydantic.TypeAdapter(response_type)


class SyncRuntime(_Runtime):
    def __init__(self, config: ClientConfig, client: Optional[httpx.Client]) -> None:
        super().__init__(config)
        self._client = client
        self.owns_client = client is None

    @property
    def client(self) -> httpx.Client:
        """The caller's client, or one of our own made on first use (making one loads the
        TLS certificates, which costs more than the rest of constructing the SDK)."""
        if self._client is None:
            self._client = httpx.Client()
        return self._client

    def close(self) -> None:
        if self.owns_client and self._client is not None:
            self._client.close()

    @overload
    def send(
        self,
        op: OperationSpec,
        *,
        body: Any,
        params: Mapping[str, Any],
        response_type: Type[M],
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        stream_type: Any = None,
    ) -> M: ...

    @overload
    def send(
        self,
        op: OperationSpec,
        *,
        body: Any,
        params: Mapping[str, Any],
        response_type: None,
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        stream_type: Any = None,
    ) -> None: ...

    @overload
    def send(
        self,
        op: OperationSpec,
        *,
        body: Any,
        params: Mapping[str, Any],
        response_type: object,
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        stream_type: Any = None,
    ) -> Any: ...

    def send(
        self,
        op: OperationSpec,
        *,
        body: Any,
        params: Mapping[str, Any],
        response_type: Any,
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        stream_type: Any = None,
    ) -> Any:
        answer = self.fetch(
            op, body, params, retries, server_url, timeout_ms, http_headers
        )
        return self.answer(
            op, answer, lambda: self.parse(op, answer, response_type, stream_type)
        )

    def with_raw(self) -> SyncRuntime:
        """A runtime on the same client and settings whose calls answer with a
        RawResponse (the client is made now, so that closing this one closes it)."""
        view = copy.copy(self)
        view._client = self.client
        view.raw = True
        return view

    def fetch(
        self,
        op: OperationSpec,
        body: Any,
        params: Mapping[str, Any],
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        url: Optional[str] = None,
    ) -> httpx.Response:
        """The answer to ``op``, retried as the policy says; a failure that ends the
        retries is raised."""
        request = self.build(
            self.client, op, body, params, server_url, http_headers, url
        )
        attempt = _Attempt(request, self.timeout_ms(timeout_ms))
        policy = self.retry_policy(retries)
        started = time.monotonic()
        number = 0
        streams = op.response_kind == "sse" or op.streams
        while True:
            outcome = self._once(attempt, stream=streams)
            wait = self.next_wait(policy, outcome, number, started)
            self.trace(request, number, outcome, wait)
            if wait is None:
                break
            time.sleep(wait)
            number += 1
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def _once(self, attempt: _Attempt, stream: bool = False) -> Outcome:
        deadline = attempt.deadline()
        try:
            streamed = self.client.send(attempt.request, stream=True)
            if stream and _is_event_stream(streamed):
                return streamed  # the caller reads it, and closes it
            if (
                streamed.is_stream_consumed
            ):  # a transport that hands back read-in answers
                return streamed
            try:
                chunks = []
                for chunk in streamed.iter_raw():
                    chunks.append(chunk)
                    if deadline is not None and time.monotonic() > deadline:
                        return attempt.timed_out()
            finally:
                streamed.close()
        except httpx.HTTPError as exc:
            return attempt.failed(exc)
        # Read raw under the deadline (a slow trickle is bounded by it), decoded once here.
        return attempt.answer(streamed, b"".join(chunks))


class AsyncRuntime(_Runtime):
    def __init__(
        self, config: ClientConfig, client: Optional[httpx.AsyncClient]
    ) -> None:
        super().__init__(config)
        self._client = client
        self.owns_client = client is None

    @property
    def client(self) -> httpx.AsyncClient:
        """The caller's client, or one of our own made on first use."""
        if self._client is None:
            self._client = httpx.AsyncClient()
        return self._client

    async def aclose(self) -> None:
        if self.owns_client and self._client is not None:
            await self._client.aclose()

    @overload
    async def send_async(
        self,
        op: OperationSpec,
        *,
        body: Any,
        params: Mapping[str, Any],
        response_type: Type[M],
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        stream_type: Any = None,
    ) -> M: ...

    @overload
    async def send_async(
        self,
        op: OperationSpec,
        *,
        body: Any,
        params: Mapping[str, Any],
        response_type: None,
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        stream_type: Any = None,
    ) -> None: ...

    @overload
    async def send_async(
        self,
        op: OperationSpec,
        *,
        body: Any,
        params: Mapping[str, Any],
        response_type: object,
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        stream_type: Any = None,
    ) -> Any: ...

    async def send_async(
        self,
        op: OperationSpec,
        *,
        body: Any,
        params: Mapping[str, Any],
        response_type: Any,
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        stream_type: Any = None,
    ) -> Any:
        answer = await self.fetch_async(
            op, body, params, retries, server_url, timeout_ms, http_headers
        )
        return self.answer(
            op, answer, lambda: self.parse(op, answer, response_type, stream_type)
        )

    def with_raw(self) -> AsyncRuntime:
        """A runtime on the same client and settings whose calls answer with a
        RawResponse (the client is made now, so that closing this one closes it)."""
        view = copy.copy(self)
        view._client = self.client
        view.raw = True
        return view

    async def fetch_async(
        self,
        op: OperationSpec,
        body: Any,
        params: Mapping[str, Any],
        retries: Optional[RetryConfig],
        server_url: Optional[str],
        timeout_ms: Optional[int],
        http_headers: Optional[Mapping[str, str]],
        url: Optional[str] = None,
    ) -> httpx.Response:
        """The answer to ``op``, retried as the policy says; a failure that ends the
        retries is raised."""
        import asyncio  # here, not at the top: the sync client never needs it

        request = self.build(
            self.client, op, body, params, server_url, http_headers, url
        )
        attempt = _Attempt(request, self.timeout_ms(timeout_ms))
        policy = self.retry_policy(retries)
        started = time.monotonic()
        number = 0
        streams = op.response_kind == "sse" or op.streams
        while True:
            outcome = await self._once(attempt, stream=streams)
            wait = self.next_wait(policy, outcome, number, started)
            self.trace(request, number, outcome, wait)
            if wait is None:
                break
            await asyncio.sleep(wait)
            number += 1
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    async def _once(self, attempt: _Attempt, stream: bool = False) -> Outcome:
        import asyncio

        exchange = self._exchange(attempt, stream)
        try:
            if attempt.timeout is None:
                return await exchange
            return await asyncio.wait_for(exchange, attempt.timeout)
        except asyncio.TimeoutError:
            return attempt.timed_out()
        except httpx.HTTPError as exc:
            return attempt.failed(exc)

    async def _exchange(self, attempt: _Attempt, stream: bool) -> Outcome:
        """Send; a 2XX event stream (when ``stream``) is left for the caller to read (and
        close), any other answer is read whole, raw, and decoded once."""
        response = await self.client.send(attempt.request, stream=True)
        if (stream and _is_event_stream(response)) or response.is_stream_consumed:
            return response  # an event stream, or a transport that hands back read-in answers
        try:
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return attempt.answer(response, raw)


def _basic(pair: Any) -> str:
    import base64

    username, password = pair
    return base64.b64encode(f"{username}:{password}".encode("utf-8")).decode("ascii")


def _log_to_stderr() -> None:
    """What the SDK's log variable set to ``debug`` turns on: its logger at DEBUG, printed to
    standard error (once, and only where the application has not set it up itself)."""
    if _LOG.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
    )
    _LOG.addHandler(handler)
    _LOG.setLevel(logging.DEBUG)


def _json_or_none(content: bytes) -> Any:
    """A body as JSON, to say where in it a mismatch is; None when it is not JSON."""
    try:
        return json.loads(content)
    except ValueError:
        return None


def _secrets(config: ClientConfig) -> Tuple[str, ...]:
    """Every credential as it could appear in a body a server echoes: error messages quote
    bodies with these replaced."""
    found: List[str] = []
    for name, value in config.credentials.items():
        if isinstance(value, tuple):
            found += [str(value[1]), _basic(value)]
        else:
            found.append(str(value))
    return tuple(s for s in found if s)


def _media(content_type: Optional[str]) -> str:
    """A content type's media type, lower case, without parameters."""
    return (content_type or "").split(";")[0].strip().lower()


def _is_event_stream(response: httpx.Response) -> bool:
    media_type = _media(response.headers.get("content-type"))
    return 200 <= response.status_code < 300 and media_type == "text/event-stream"


_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _joined(value: Any, style: str, explode: bool) -> str:
    """A parameter as one string: lists joined, objects as k,v pairs (k=v when exploded)."""
    delimiter = _DELIMITERS.get(style, ",")
    if isinstance(value, list):
        return delimiter.join(_text(v) for v in value)
    if isinstance(value, dict):
        pairs = [(str(k), _text(v)) for k, v in value.items() if v is not None]
        if explode:
            return ",".join(f"{k}={v}" for k, v in pairs)
        return ",".join(item for pair in pairs for item in pair)
    return _text(value)


def _query_pairs(
    name: str, value: Any, style: str, explode: bool
) -> List[Tuple[str, str]]:
    """A query parameter as (name, value) pairs, by its style and explode."""
    if isinstance(value, dict):
        items = [(str(k), v) for k, v in value.items() if v is not None]
        if style == "deepObject":
            return [(f"{name}[{k}]", _text(v)) for k, v in items]
        if explode:
            return [(k, _text(v)) for k, v in items]
        return [(name, _joined(value, style, False))]
    if isinstance(value, list) and explode and style == "form":
        return [(name, _text(v)) for v in value]
    return [(name, _joined(value, style, explode))]


# Answers are read by the spec's names; everything else (arguments, dicts shaped like
# TypedDicts) by Python names, as the models are configured.
_WIRE: Dict[str, Any] = {"by_alias": True, "by_name": False}

# Request bodies are serialized with this context: models leave out read-only fields.
_REQUEST = {"sdk_request": True}


def _is_model(value: Any) -> bool:
    """A pydantic model, told without importing pydantic (the SDK imports it on first use)."""
    return hasattr(value, "__pydantic_serializer__") and not isinstance(value, type)


def _plain(body: Any) -> Any:
    """A model as plain Python data (by wire name, UNSET left out); other values as they are."""
    if _is_model(body):
        return body.model_dump(mode="python", by_alias=True, context=_REQUEST)
    return body


def _encode(media: str, body: Any) -> bytes:
    """The request body for a content type: JSON, a form, or raw bytes and text."""
    import pydantic_core

    if media == "application/json" or media.endswith("+json"):
        if _is_model(body):
            return bytes(
                body.__pydantic_serializer__.to_json(
                    body, by_alias=True, context=_REQUEST
                )
            )
        return pydantic_core.to_json(body, by_alias=True, context=_REQUEST)
    # A form is written from an object's fields; one the caller wrote as text goes as it is.
    fields = _plain(body) if media == "application/x-www-form-urlencoded" else None
    if isinstance(fields, dict):
        pairs = [
            (str(key), _text(item))
            for key, value in fields.items()
            if value is not None
            for item in (value if isinstance(value, list) else [value])
        ]
        return urlencode(pairs).encode("ascii")
    if isinstance(
        body, tuple
    ):  # (filename, content[, type]): a raw body is the content
        body = body[1]
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    if hasattr(body, "read"):
        data = body.read()
        return data if isinstance(data, bytes) else str(data).encode("utf-8")
    return pydantic_core.to_json(body, by_alias=True)


def _multipart(body: Any) -> Tuple[Dict[str, Any], List[Tuple[str, Any]]]:
    """Split a model into form fields and file parts: bytes, file objects and (name,
    content[, type]) tuples are files; objects are one JSON part; arrays are one part per
    item (OpenAPI's default encoding), files among them included."""
    data: Dict[str, Any] = {}
    files: List[Tuple[str, Any]] = []
    fields = _plain(body)
    if _is_model(body):  # files as given (a dump would turn file objects to lists)
        for name, field in type(body).model_fields.items():
            key = field.alias or name
            value = getattr(body, name)
            if key in fields and (
                _is_file(value)
                or (isinstance(value, list) and any(_is_file(v) for v in value))
            ):
                fields[key] = value
    for key, value in fields.items():
        if value is None:
            continue
        parts = []
        for item in value if isinstance(value, list) else [value]:
            if _is_file(item):
                files.append((str(key), item))
            elif isinstance(item, (dict, list)):
                parts.append(json.dumps(item, default=str))
            elif item is not None:
                parts.append(_text(item))
        if parts:
            data[str(key)] = parts if isinstance(value, list) else parts[0]
    return data, files


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, tuple)) or hasattr(value, "read")


def _text(value: Any) -> str:
    """A value as it travels in a parameter, a form field or a multipart part: enums by
    their value (``str()`` of a ``str`` enum member is ``Class.MEMBER`` on Python 3.11).
    """
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
