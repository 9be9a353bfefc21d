/**
 * Pages of a list operation: `for await` over a page yields the items of this page and of
 * every page after it, each fetched when the one before it is used up; or walk the pages
 * with `nextPage()`.
 *
 * How one page leads to the next is the operation's `PageSpec`, which the generator derives
 * from the spec (an `x-pagination` extension, the SDK's config, or the shape of the
 * operation): a cursor from the answer or from its last item, an offset, a page number, or
 * the `Link` header's `next` URL. The walk stops when the answer says there is no more
 * (`hasMore` false, no cursor, no link), when a page has no items, and when a page is
 * shorter than the page size the caller asked for.
 */

import { ResponseValidationError } from "../errors.js";

/** How an operation's pages chain, in the SDK's names (paths through the answer's fields). */
export interface PageSpec {
  readonly style: "cursor" | "offset" | "page" | "link";
  /** The path to the list in the answer; absent when the answer is the list. */
  readonly items?: readonly string[];
  /** The request member the next request sets (cursor, offset or page number). */
  readonly param?: string;
  /** cursor: the answer's field holding the next cursor. */
  readonly next?: readonly string[];
  /** cursor: or the last item's field that is the next cursor. */
  readonly nextFromItem?: string;
  /** The answer's boolean that is false on the last page. */
  readonly hasMore?: readonly string[];
  /** The page-size member: a shorter page is the last. */
  readonly limit?: string;
}

/** One fetched page: the typed answer, the HTTP answer, and the URL it was asked at. */
export interface Fetched {
  readonly answer: unknown;
  readonly response: Response;
  readonly url: string;
}

export type PageFetch = (
  request: Readonly<Record<string, unknown>>,
  url: string | undefined,
) => Promise<Fetched>;

type NextRequest = readonly [Record<string, unknown>, string | undefined];

export class Page<T, A> implements AsyncIterable<T> {
  /** This page's items. */
  readonly items: T[];
  /** The answer as the operation types it (the list and what comes with it). */
  readonly answer: A;
  /** The HTTP answer this page came in (status, headers: rate limits, request ids). */
  readonly response: Response;
  private readonly following: NextRequest | undefined;

  constructor(
    private readonly spec: PageSpec,
    request: Readonly<Record<string, unknown>>,
    private readonly fetchPage: PageFetch,
    fetched: Fetched,
  ) {
    this.answer = fetched.answer as A;
    this.response = fetched.response;
    this.items = itemsOf(fetched.answer, spec.items ?? []) as T[];
    this.following = nextRequest(spec, request, fetched, this.items);
  }

  /** Whether another page follows (asking for it may still find it empty). */
  hasNextPage(): boolean {
    return this.following !== undefined;
  }

  /** The page after this one, fetched now; undefined after the last page. */
  async nextPage(): Promise<Page<T, A> | undefined> {
    if (this.following === undefined) return undefined;
    const [request, url] = this.following;
    return new Page<T, A>(this.spec, request, this.fetchPage, await this.fetchPage(request, url));
  }

  /** This page and each one after it. */
  async *iterPages(): AsyncGenerator<Page<T, A>, void, undefined> {
    let page: Page<T, A> | undefined = this;
    while (page !== undefined) {
      yield page;
      page = await page.nextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.iterPages()) yield* page.items;
  }
}

function field(value: unknown, path: readonly string[]): unknown {
  let found = value;
  for (const name of path) {
    if (typeof found !== "object" || found === null) return undefined;
    found = (found as Record<string, unknown>)[name];
  }
  return found ?? undefined;
}

function itemsOf(answer: unknown, path: readonly string[]): unknown[] {
  const found = path.length ? field(answer, path) : answer;
  return Array.isArray(found) ? found : [];
}

function nextRequest(
  spec: PageSpec,
  request: Readonly<Record<string, unknown>>,
  fetched: Fetched,
  items: readonly unknown[],
): NextRequest | undefined {
  if (spec.hasMore?.length && field(fetched.answer, spec.hasMore) === false) return undefined;
  if (spec.style === "link") return linked(request, fetched);
  if (items.length === 0) return undefined;
  const param = spec.param ?? "";
  if (spec.style === "cursor") {
    const cursor = spec.next?.length
      ? field(fetched.answer, spec.next)
      : field(items[items.length - 1], [spec.nextFromItem ?? ""]);
    // no cursor, or the same one again: the walk would not move
    if (cursor === undefined || cursor === "" || cursor === request[param]) return undefined;
    return [{ ...request, [param]: cursor }, undefined];
  }
  const limit = spec.limit === undefined ? undefined : request[spec.limit];
  if (typeof limit === "number" && items.length < limit) return undefined;
  const start = request[param];
  if (spec.style === "offset") {
    return [{ ...request, [param]: (typeof start === "number" ? start : 0) + items.length }, undefined];
  }
  return [{ ...request, [param]: (typeof start === "number" ? start : 1) + 1 }, undefined];
}

/** The `Link` header's next page, which must be on the server the request went to:
 * credentials are sent with it. */
function linked(request: Readonly<Record<string, unknown>>, fetched: Fetched): NextRequest | undefined {
  const link = nextLink(fetched.response.headers.get("link"));
  if (link === undefined) return undefined;
  const here = new URL(fetched.url);
  const there = new URL(link, here);
  if (there.origin !== here.origin) {
    throw new ResponseValidationError(
      `the next page's link leads to another server (${there.host}); not followed, as it would carry this client's credentials`,
      { statusCode: fetched.response.status, headers: fetched.response.headers, body: "" },
    );
  }
  return [{ ...request }, there.toString()];
}

/** The URL of `rel="next"` in a Link header (RFC 8288), if any. */
function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(match[2] ?? "");
    if (rel && (rel[1] ?? "").toLowerCase().split(/\s+/).includes("next")) return match[1];
  }
  return undefined;
}
