"""Pages of a list operation: iterate over the items of every page, each page fetched when
the one before it is used up, or walk the pages with :meth:`SyncPage.next_page`.

How one page leads to the next is the operation's :class:`PageSpec`, which the generator
derives from the spec (an ``x-pagination`` extension, the SDK's config, or the shape of the
operation): a cursor from the answer or from its last item, an offset, a page number, or the
``Link`` header's ``next`` URL. A page stops the walk when the answer says there is no more
(``has_more`` false, no cursor, no link), when it has no items, and when it is shorter than
the page size the caller asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
)

import httpx

from ..models._errors import ResponseValidationError

ItemT = TypeVar("ItemT")
AnswerT = TypeVar("AnswerT")

# (the arguments of the next request, the URL that replaces its address, or None)
NextRequest = Tuple[Dict[str, Any], Optional[str]]
SyncFetch = Callable[[Mapping[str, Any], Optional[str]], Tuple[Any, httpx.Response]]
AsyncFetch = Callable[
    [Mapping[str, Any], Optional[str]], Awaitable[Tuple[Any, httpx.Response]]
]


@dataclass(frozen=True)
class PageSpec:
    """How an operation's pages chain, in the SDK's names: ``items`` is the attribute path
    to the list in the answer (empty: the answer is the list); ``param`` the argument the
    next request sets; ``next`` the answer's attribute path to the next cursor, or
    ``next_from_item`` the last item's attribute; ``has_more`` the answer's boolean;
    ``limit`` the page-size argument."""

    style: str  # cursor, offset, page or link
    items: Tuple[str, ...] = ()
    param: Optional[str] = None
    next: Tuple[str, ...] = ()
    next_from_item: Optional[str] = None
    has_more: Tuple[str, ...] = ()
    limit: Optional[str] = None


class _Page(Generic[ItemT, AnswerT]):
    """What sync and async pages share: the answer, its items, and the next request."""

    def __init__(
        self,
        spec: PageSpec,
        arguments: Mapping[str, Any],
        answer: AnswerT,
        http_response: httpx.Response,
    ) -> None:
        self.answer = answer
        """The answer as the operation types it (the list and what comes with it)."""
        self.http_response = http_response
        """The HTTP answer this page came in (status, headers: rate limits, request ids)."""
        self.items: List[ItemT] = _items(answer, spec.items)
        """This page's items."""
        self._spec = spec
        self._next = _next_request(spec, arguments, answer, self.items, http_response)

    def has_next_page(self) -> bool:
        """Whether another page follows (asking for it may still find it empty)."""
        return self._next is not None

    def __repr__(self) -> str:
        more = ", more to come" if self._next is not None else ""
        return f"<{type(self).__name__} of {len(self.items)} items{more}>"


class SyncPage(_Page[ItemT, AnswerT]):
    """One page of a list; iterating over it yields the items of this page and of every
    page after it, fetched as needed."""

    def __init__(
        self,
        spec: PageSpec,
        arguments: Mapping[str, Any],
        fetch: SyncFetch,
        answer: AnswerT,
        http_response: httpx.Response,
    ) -> None:
        super().__init__(spec, arguments, answer, http_response)
        self._fetch = fetch

    def next_page(self) -> Optional[SyncPage[ItemT, AnswerT]]:
        """The page after this one, fetched now; None after the last page."""
        if self._next is None:
            return None
        arguments, url = self._next
        answer, http_response = self._fetch(arguments, url)
        return SyncPage(self._spec, arguments, self._fetch, answer, http_response)

    def iter_pages(self) -> Iterator[SyncPage[ItemT, AnswerT]]:
        """This page and each one after it."""
        page: Optional[SyncPage[ItemT, AnswerT]] = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[ItemT, AnswerT]):
    """One page of a list; ``async for`` over it yields the items of this page and of
    every page after it, fetched as needed."""

    def __init__(
        self,
        spec: PageSpec,
        arguments: Mapping[str, Any],
        fetch: AsyncFetch,
        answer: AnswerT,
        http_response: httpx.Response,
    ) -> None:
        super().__init__(spec, arguments, answer, http_response)
        self._fetch = fetch

    async def next_page(self) -> Optional[AsyncPage[ItemT, AnswerT]]:
        """The page after this one, fetched now; None after the last page."""
        if self._next is None:
            return None
        arguments, url = self._next
        answer, http_response = await self._fetch(arguments, url)
        return AsyncPage(self._spec, arguments, self._fetch, answer, http_response)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, AnswerT]]:
        """This page and each one after it."""
        page: Optional[AsyncPage[ItemT, AnswerT]] = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


def _attribute(value: Any, path: Tuple[str, ...]) -> Any:
    """The value at ``path`` (attributes of models, keys of dicts); None where one is
    missing."""
    for name in path:
        if isinstance(value, Mapping):
            value = value.get(name)
        else:
            value = getattr(value, name, None)
        if value is None:
            return None
    return value


def _items(answer: Any, path: Tuple[str, ...]) -> List[Any]:
    found = _attribute(answer, path) if path else answer
    return list(found) if found else []


def _next_request(
    spec: PageSpec,
    arguments: Mapping[str, Any],
    answer: Any,
    items: List[Any],
    http_response: httpx.Response,
) -> Optional[NextRequest]:
    """The request for the page after this one, or None when this is the last."""
    if spec.has_more and _attribute(answer, spec.has_more) is False:
        return None
    if spec.style == "link":
        return _linked(arguments, http_response)
    if not items:
        return None
    if spec.style == "cursor":
        if spec.next:
            cursor = _attribute(answer, spec.next)
        else:
            cursor = _attribute(items[-1], (spec.next_from_item or "",))
        if cursor is None or cursor == "" or cursor == arguments.get(spec.param or ""):
            return None  # no cursor, or the same one again: the walk would not move
        return {**arguments, str(spec.param): cursor}, None
    limit = arguments.get(spec.limit) if spec.limit else None
    if isinstance(limit, int) and len(items) < limit:
        return None
    start = arguments.get(str(spec.param))
    if spec.style == "offset":
        return {**arguments, str(spec.param): (start or 0) + len(items)}, None
    return {**arguments, str(spec.param): (start or 1) + 1}, None


def _linked(
    arguments: Mapping[str, Any], http_response: httpx.Response
) -> Optional[NextRequest]:
    """The ``Link`` header's next page, which must be on the server the request went to:
    credentials are sent with it."""
    link = http_response.links.get("next", {}).get("url")
    if not link:
        return None
    here = http_response.request.url
    there = here.join(link)
    if (there.scheme, there.host, there.port) != (here.scheme, here.host, here.port):
        raise ResponseValidationError(
            f"the next page's link leads to another server ({there.host}); "
            "not followed, as it would carry this client's credentials",
            http_response,
        )
    return dict(arguments), str(there)
