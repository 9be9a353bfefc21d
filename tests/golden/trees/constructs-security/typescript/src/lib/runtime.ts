/**
 * Sends the operations' requests: server choice, credentials, parameters, body, retries,
 * timeouts, errors. Generated methods describe their operation with an `OperationSpec` and
 * hand the work to `Runtime.send`; only Node's own `fetch` goes on the wire.
 */

import {
  redact,
  RequestValidationError,
  ResponseValidationError,
  SDKConnectionError,
  SDKError,
  SDKTimeoutError,
  TypedSDKError,
  type RawAnswer,
} from "../errors.js";
import { RawResponse } from "./raw.js";
import { RETRYABLE_STATUS_CODES, backoffOf, delay, retryAfter, type RetryConfig } from "./retries.js";
import { DecodeError, EncodeError, decode, encode, type Schema } from "./schema.js";

export type ParamLocation = "path" | "query" | "header" | "cookie";

/** (TypeScript name, wire name, location, style, explode), as the spec resolves them. */
export type ParamSpec = readonly [string, string, ParamLocation, string, boolean];

export interface OperationSpec {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly servers: readonly string[];
  readonly requestContentType?: string;
  readonly accept: string;
  readonly responseKind: "json" | "text" | "bytes" | "sse" | "none";
  readonly responseContentType?: string;
  readonly response?: () => Schema;
  readonly sseEnvelope?: boolean;
  /** The success answer may be an event stream instead (the caller asked to stream). */
  readonly stream?: { readonly event: () => Schema; readonly envelope: boolean };
  /** Alternatives, each a set of scheme names; the first the client can satisfy is sent. */
  readonly security: readonly (readonly string[])[];
  readonly params: readonly ParamSpec[];
  /** The body: the request's own fields (`fields`), or one of its members (`member`). */
  readonly body?: { readonly schema: () => Schema; readonly member?: string };
  /** (status, error class, schema of its body): "404", "4XX" or "default". */
  readonly errors?: readonly (readonly [string, ErrorClass, () => Schema])[];
}

export type ErrorClass = new (
  message: string,
  answer: RawAnswer,
  data: unknown,
  secrets?: readonly string[],
) => TypedSDKError<unknown>;

export interface SecurityScheme {
  readonly kind: "http-bearer" | "http-basic" | "api-key" | "oauth2";
  readonly location?: "header" | "query" | "cookie";
  readonly parameter?: string;
}

export type Credential = string | { readonly username: string; readonly password: string };

export interface ClientConfig {
  readonly credentials: Readonly<Record<string, Credential | undefined>>;
  readonly schemes: Readonly<Record<string, SecurityScheme>>;
  readonly serverURL?: string | undefined;
  readonly defaultServerURL?: string | undefined;
  readonly retryConfig?: RetryConfig | undefined;
  readonly timeoutMs?: number | undefined;
  readonly userAgent: string;
  readonly fetch?: typeof fetch | undefined;
  /** Where each attempt is reported (method, URL, status or error, wait); off when absent. */
  readonly log?: ((line: string) => void) | undefined;
}

export interface RequestOptions {
  /** Override the client's retry policy for this call. */
  retries?: RetryConfig;
  /** Send this call to another server. */
  serverURL?: string;
  /** Bound each attempt (answer and body) to this many milliseconds. */
  timeoutMs?: number;
  /** Headers to set or replace on the request. */
  headers?: Record<string, string>;
}

type Outcome = { answer: Response; body: Uint8Array | undefined } | Error;

const DELIMITERS: Record<string, string> = {
  form: ",",
  simple: ",",
  spaceDelimited: " ",
  pipeDelimited: "|",
};

function text(value: unknown): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  return String(value);
}

function joined(value: unknown, style: string, explode: boolean): string {
  const delimiter = DELIMITERS[style] ?? ",";
  if (Array.isArray(value)) return value.map(text).join(delimiter);
  if (typeof value === "object" && value !== null) {
    const pairs = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    if (explode) return pairs.map(([k, v]) => `${k}=${text(v)}`).join(",");
    return pairs.flatMap(([k, v]) => [k, text(v)]).join(",");
  }
  return text(value);
}

function queryPairs(name: string, value: unknown, style: string, explode: boolean): [string, string][] {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const items = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    if (style === "deepObject") return items.map(([k, v]) => [`${name}[${k}]`, text(v)]);
    if (explode) return items.map(([k, v]) => [k, text(v)]);
    return [[name, joined(value, style, false)]];
  }
  if (Array.isArray(value) && explode && style === "form") return value.map((v) => [name, text(v)]);
  return [[name, joined(value, style, explode)]];
}

function basic(credential: Credential): string {
  const pair = typeof credential === "string" ? credential : `${credential.username}:${credential.password}`;
  return Buffer.from(pair, "utf-8").toString("base64");
}

/** A content type's media type, lower case, without parameters. */
function media(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Whether reading a body failed in its decompression (zlib or brotli), not on the wire. */
function isDecodingFailure(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : "";
  return code.startsWith("Z_") || code.startsWith("ERR_BROTLI") || code.startsWith("ERR__");
}

/**
 * `work`, or a rejection as soon as `signal` aborts. Node's fetch can leave a body read
 * pending after an abort (seen with a corrupt compressed body on a reused connection), so
 * the timeout must not rely on the read noticing it.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class Runtime {
  readonly secrets: readonly string[];
  /** A raw view's runtime (lib/raw.ts): calls resolve to a RawResponse. */
  raw = false;

  constructor(readonly config: ClientConfig) {
    const found: string[] = [];
    for (const value of Object.values(config.credentials)) {
      if (value === undefined) continue;
      if (typeof value === "string") found.push(value);
      else found.push(value.password, basic(value));
    }
    this.secrets = found.filter((s) => s.length > 0);
  }

  /** The (scheme, credential) pairs of the first alternative the client can satisfy. */
  credentials(op: OperationSpec): [string, Credential][] {
    const have = this.config.credentials;
    for (const alternative of op.security) {
      if (alternative.every((name) => have[name] !== undefined && this.config.schemes[name])) {
        return alternative.map((name) => [name, have[name]!]);
      }
    }
    return [];
  }

  /** The request for `op`; `url` (a next page's link) replaces its address and query,
   * credentials and headers still added. */
  build(op: OperationSpec, members: object, options: RequestOptions, url?: string): Request {
    const request = members as Record<string, unknown>;
    const base =
      options.serverURL ?? this.config.serverURL ?? op.servers[0] ?? this.config.defaultServerURL;
    if (!base) throw new Error(`${op.operationId}: no server URL: pass serverURL`);
    let path = op.path;
    const headers = new Headers({ Accept: op.accept, "User-Agent": this.config.userAgent });
    const query: [string, string][] = [];
    const cookies: string[] = [];
    for (const [name, wire, location, style, explode] of op.params) {
      const value = request[name];
      if (value === undefined || value === null) continue;
      if (url !== undefined && (location === "path" || location === "query")) continue; // the link says them
      if (location === "path") {
        path = path.replace(`{${wire}}`, encodeURIComponent(joined(value, style, explode)));
      } else if (location === "query") {
        query.push(...queryPairs(wire, value, style, explode));
      } else if (location === "header") {
        headers.set(wire, joined(value, "simple", explode));
      } else {
        cookies.push(...queryPairs(wire, value, "form", explode).map(([k, v]) => `${k}=${v}`));
      }
    }
    for (const [name, credential] of this.credentials(op)) {
      const scheme = this.config.schemes[name]!;
      if (scheme.kind === "http-basic") headers.set("Authorization", `Basic ${basic(credential)}`);
      else if (scheme.kind !== "api-key") headers.set("Authorization", `Bearer ${String(credential)}`);
      else if (scheme.location === "query") query.push([scheme.parameter!, String(credential)]);
      else if (scheme.location === "cookie") cookies.push(`${scheme.parameter!}=${String(credential)}`);
      else headers.set(scheme.parameter!, String(credential));
    }
    if (cookies.length) headers.set("Cookie", cookies.join("; "));
    const body = this.body(op, request, headers);
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    // A path may hold a query string of its own (a spec that wrote one into its path key).
    const joiner = path.includes("?") ? "&" : "?";
    const search = query.length ? joiner + new URLSearchParams(query).toString().replace(/\+/g, "%20") : "";
    const init: RequestInit = { method: op.method, headers };
    if (body !== undefined) init.body = body;
    if (url !== undefined) {
      // The link holds the server's query (the page to fetch); credentials are set on it.
      const link = new URL(url);
      for (const [name, value] of query) link.searchParams.set(name, value);
      return new Request(link.toString(), init);
    }
    return new Request(base.replace(/\/+$/, "") + path + search, init);
  }

  private body(op: OperationSpec, request: Record<string, unknown>, headers: Headers): BodyInit | undefined {
    if (!op.body || !op.requestContentType) return undefined;
    const source = op.body.member === undefined ? request : request[op.body.member];
    if (source === undefined) return undefined;
    const type = media(op.requestContentType);
    const value = encoded(op.body.schema(), source, op.body.member ?? "");
    // (A multipart body the caller wrote as text goes as it is, as a form's does.)
    if (type === "multipart/form-data" && typeof value === "object" && value !== null && !(value instanceof Uint8Array)) {
      const form = new FormData(); // fetch writes the boundary into Content-Type
      // Arrays are one part per item (OpenAPI's default encoding), objects one JSON part.
      for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
        for (const item of Array.isArray(field) ? field : [field]) {
          if (item === undefined || item === null) continue;
          if (item instanceof Uint8Array) form.append(key, new Blob([new Uint8Array(item)]), key);
          else if (item instanceof Blob) form.append(key, item, item instanceof File ? item.name : key);
          else form.append(key, typeof item === "object" ? JSON.stringify(item) : text(item));
        }
      }
      return form;
    }
    headers.set("Content-Type", op.requestContentType);
    if (type === "application/json" || type.endsWith("+json")) return JSON.stringify(value);
    // (A form the caller wrote as text goes as it is.)
    if (type === "application/x-www-form-urlencoded" && typeof value === "object" && value !== null) {
      const pairs: [string, string][] = [];
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (item === undefined || item === null) continue;
        for (const one of Array.isArray(item) ? item : [item]) pairs.push([key, text(one)]);
      }
      return new URLSearchParams(pairs).toString();
    }
    if (value instanceof Uint8Array) return new Uint8Array(value);
    if (value instanceof Blob || typeof value === "string") return value;
    return JSON.stringify(value);
  }

  async send(op: OperationSpec, request: object, options: RequestOptions = {}): Promise<unknown> {
    const outcome = await this.fetch(op, request, options);
    return this.answer(op, outcome, () => this.parse(op, outcome.answer, outcome.body));
  }

  /** A runtime with the same settings whose calls resolve to a RawResponse. */
  withRaw(): Runtime {
    return Object.assign(Object.create(Runtime.prototype) as Runtime, this, { raw: true });
  }

  /** What a call resolves to: the parsed body, or in a raw view the response with the parsing
   * to come (an error status throws either way). */
  private answer(
    op: OperationSpec,
    outcome: { answer: Response; body: Uint8Array | undefined },
    parse: () => unknown,
  ): unknown {
    if (!this.raw) return parse();
    if (!outcome.answer.ok) throw this.error(op, outcome.answer, this.rawAnswer(outcome.answer, outcome.body));
    return new RawResponse(outcome.answer, parse);
  }

  /** The answer to `op`, retried as the policy says; `url` (a next page's link) replaces the
   * request's address and query. A failure that ends the retries is thrown. */
  private async fetch(
    op: OperationSpec,
    request: object,
    options: RequestOptions,
    url?: string,
  ): Promise<{ answer: Response; body: Uint8Array | undefined; url: string }> {
    const template = this.build(op, request, options, url);
    const policy = options.retries ?? this.config.retryConfig;
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs;
    const backoff = policy?.strategy === "backoff" ? backoffOf(policy) : undefined;
    const retryConnectionErrors = policy?.strategy === "backoff" && policy.retryConnectionErrors === true;
    const started = Date.now();
    let outcome: Outcome;
    for (let attempt = 0; ; attempt++) {
      outcome = await this.once(template.clone(), op, timeoutMs);
      const wait = this.nextWait(outcome, backoff, retryConnectionErrors, attempt, started);
      this.trace(template, attempt, outcome, wait);
      if (wait === undefined) break;
      if (!(outcome instanceof Error) && outcome.body === undefined) await outcome.answer.body?.cancel();
      await sleep(wait);
    }
    if (outcome instanceof Error) throw outcome;
    return { ...outcome, url: template.url };
  }

  /** Milliseconds to wait before retrying, or undefined to stop and report `outcome`. */
  private nextWait(
    outcome: Outcome,
    backoff: ReturnType<typeof backoffOf> | undefined,
    retryConnectionErrors: boolean,
    attempt: number,
    started: number,
  ): number | undefined {
    if (!backoff) return undefined;
    let wait: number | undefined;
    if (outcome instanceof Error) {
      if (!retryConnectionErrors || !(outcome instanceof SDKConnectionError || outcome instanceof SDKTimeoutError)) return undefined;
    } else {
      if (!RETRYABLE_STATUS_CODES.has(outcome.answer.status)) return undefined;
      wait = retryAfter(outcome.answer.headers);
    }
    wait ??= delay(backoff, attempt);
    return Date.now() - started + wait > backoff.maxElapsedTime ? undefined : wait;
  }

  /** One attempt, when the client logs: credentials redacted, headers never reported. */
  private trace(request: Request, attempt: number, outcome: Outcome, wait: number | undefined): void {
    if (!this.config.log) return;
    const answer = outcome instanceof Error ? `${outcome.name}: ${outcome.message}` : String(outcome.answer.status);
    const then = wait === undefined ? "" : `; retrying in ${wait} ms`;
    this.config.log(redact(`${request.method} ${request.url} -> ${answer} (attempt ${attempt + 1})${then}`, this.secrets));
  }

  private async once(request: Request, op: OperationSpec, timeoutMs: number | undefined): Promise<Outcome> {
    const controller = new AbortController();
    const timer =
      timeoutMs === undefined ? undefined : setTimeout(() => controller.abort(), timeoutMs);
    const where = `${request.method} ${request.url}`;
    try {
      const answer = await (this.config.fetch ?? fetch)(request, { signal: controller.signal });
      if ((op.responseKind === "sse" || op.stream) && answer.ok && media(answer.headers.get("content-type")) === "text/event-stream") {
        clearTimeout(timer); // an event stream is read later: timeoutMs bounds each wait then
        return { answer, body: undefined };
      }
      let body: Uint8Array;
      try {
        body = new Uint8Array(await untilAborted(answer.arrayBuffer(), controller.signal));
      } catch (error) {
        if (controller.signal.aborted || !isDecodingFailure(error)) throw error;
        return this.undecodable(answer, where, error);
      }
      return { answer, body };
    } catch (error) {
      if (controller.signal.aborted) {
        return new SDKTimeoutError(`${where} got no complete answer within ${timeoutMs} ms`, { cause: error });
      }
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      return new SDKConnectionError(`${where} failed: ${detail}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  /** An answer whose compressed body does not decode: an SDK error keeping the status. */
  private undecodable(answer: Response, where: string, error: unknown): Error {
    const encoding = answer.headers.get("content-encoding") ?? "encoded";
    const detail = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    const message = `${where}: the ${encoding} body of the answer could not be decoded (${detail})`;
    const raw: RawAnswer = { statusCode: answer.status, headers: answer.headers, body: "" };
    if (answer.ok) return new ResponseValidationError(message, raw, error, this.secrets);
    return new SDKError(message, raw, this.secrets);
  }

  private rawAnswer(answer: Response, body: Uint8Array | undefined): RawAnswer {
    const text = body === undefined ? "" : new TextDecoder("utf-8").decode(body);
    return { statusCode: answer.status, headers: answer.headers, body: text };
  }

  private parse(op: OperationSpec, answer: Response, body: Uint8Array | undefined): unknown {
    const raw = this.rawAnswer(answer, body);
    if (!answer.ok) throw this.error(op, answer, raw);
    const received = media(answer.headers.get("content-type"));
    if (op.responseKind === "none") return undefined;
    const expected = media(op.responseContentType);
    // A binary answer is its bytes whatever its media type says (speech documented as
    // application/octet-stream arrives as audio/mpeg); text is text in any text/ type.
    const acceptable =
      !expected ||
      expected.includes("*") ||
      received === expected ||
      (op.responseKind === "json" && received.endsWith("+json")) ||
      op.responseKind === "bytes" ||
      (op.responseKind === "text" && received.startsWith("text/"));
    if (!acceptable) {
      throw new ResponseValidationError(
        `${op.operationId}: expected ${expected} but got ${received || "no content type"}`,
        raw,
        undefined,
        this.secrets,
      );
    }
    if (op.responseKind === "bytes") return body ?? new Uint8Array();
    if (op.responseKind === "text") return raw.body;
    try {
      const data: unknown = JSON.parse(raw.body);
      return op.response ? decode(op.response(), data) : data;
    } catch (error) {
      const problem = error instanceof DecodeError ? error.message : `invalid JSON: ${String(error)}`;
      throw new ResponseValidationError(
        `${op.operationId}: the response body does not match the schema (${problem})`,
        raw,
        error,
        this.secrets,
      );
    }
  }

  /** The operation's typed error for the status (404, then 4XX, then default), else SDKError. */
  private error(op: OperationSpec, answer: Response, raw: RawAnswer): SDKError {
    const status = answer.status;
    const message = `${op.operationId}: ${status >= 400 ? "API error occurred" : "Unexpected response status"}`;
    const known = op.errors ?? [];
    const found =
      known.find(([s]) => s === String(status)) ??
      known.find(([s]) => s === `${Math.floor(status / 100)}XX`) ??
      known.find(([s]) => s === "default");
    const received = media(answer.headers.get("content-type"));
    if (found && (received === "application/json" || received.endsWith("+json"))) {
      try {
        const data = decode(found[2](), JSON.parse(raw.body));
        return new found[1](message, raw, data, this.secrets);
      } catch {
        // a body that does not match its schema: the status is the news
      }
    }
    return new SDKError(message, raw, this.secrets);
  }
}

/** The body as the API spells it, or the SDK's error naming the argument it refuses. */
function encoded(schema: Schema, source: unknown, member: string): unknown {
  try {
    return encode(schema, source, member);
  } catch (error) {
    if (error instanceof EncodeError) throw new RequestValidationError(error.message, error.path);
    throw error;
  }
}
