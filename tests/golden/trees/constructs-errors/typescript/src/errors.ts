/**
 * The errors the SDK throws. Every one is an `SDKBaseError`.
 *
 * - `SDKError`: the server answered 4XX or 5XX (or a status the spec does not describe);
 *   a typed subclass carries the parsed body as `data` when the spec describes it.
 * - `ResponseValidationError`: a 2XX answer whose body does not match the spec.
 * - `SDKConnectionError`: no answer: the connection failed or broke off.
 * - `SDKTimeoutError`: no answer in time (`timeoutMs`).
 * - `RequestValidationError`: an argument the API would refuse; nothing was sent.
 */

import type * as models from "./models/index.js";

export class SDKBaseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** What an error keeps of the answer: status, headers and body. */
export interface RawAnswer {
  readonly statusCode: number;
  readonly headers: Headers;
  readonly body: string;
}

// A credential shorter than this is not searched for in messages: so short a string is part
// of ordinary words, and replacing it would garble them ("t" in "de[REDACTED]ail").
const SECRET_FLOOR = 4;
// What a token is made of: a credential is replaced only where it stands whole ("=" may end
// one, as base64 padding, and may stand before one, as in "key=...").
const TOKEN_BEFORE = "[A-Za-z0-9._~+/-]";
const TOKEN_AFTER = "[A-Za-z0-9._~+/=-]";

/** `text` with each of `secrets` replaced where it stands as a whole token. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < SECRET_FLOOR) continue;
    const literal = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(?<!${TOKEN_BEFORE})${literal}(?!${TOKEN_AFTER})`, "g");
    out = out.replace(pattern, "[REDACTED]");
  }
  return out;
}

function excerpt(body: string, secrets: readonly string[], limit = 500): string {
  if (!body) return "";
  const text = redact(body, secrets);
  return ` Body: ${text.length <= limit ? text : `${text.slice(0, limit)}...`}`;
}

/**
 * The server answered with an error status. The message quotes the start of the body with
 * the client's credentials replaced, so logging an error never logs a credential a server
 * echoed back.
 */
export class SDKError extends SDKBaseError {
  readonly statusCode: number;
  readonly headers: Headers;
  readonly body: string;

  constructor(message: string, answer: RawAnswer, secrets: readonly string[] = []) {
    super(`${message}: Status ${answer.statusCode}${excerpt(answer.body, secrets)}`);
    this.statusCode = answer.statusCode;
    this.headers = answer.headers;
    this.body = answer.body;
  }
}

/** A successful answer whose body or content type does not match the spec. */
export class ResponseValidationError extends SDKBaseError {
  readonly statusCode: number;
  readonly headers: Headers;
  readonly body: string;

  constructor(message: string, answer: RawAnswer, cause?: unknown, secrets: readonly string[] = []) {
    super(`${message}: Status ${answer.statusCode}${excerpt(answer.body, secrets)}`, { cause });
    this.statusCode = answer.statusCode;
    this.headers = answer.headers;
    this.body = answer.body;
  }
}

/** The request got no complete answer: connecting failed or the connection broke off. */
export class SDKConnectionError extends SDKBaseError {}

/** The request got no complete answer within `timeoutMs`. */
export class SDKTimeoutError extends SDKBaseError {}

/**
 * An argument does not match the API description (a key the model does not have): thrown
 * before anything is sent. `field` is where, as a dotted path of the caller's names.
 */
export class RequestValidationError extends SDKBaseError {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** An error answer whose body was parsed as `data`. */
export class TypedSDKError<T> extends SDKError {
  constructor(
    message: string,
    answer: RawAnswer,
    readonly data: T,
    secrets: readonly string[] = [],
  ) {
    super(message, answer, secrets);
  }
}

/** An error answer whose body is parsed as `data`. A problem, as RFC 9457 has it. */
export class Problem extends TypedSDKError<models.Problem> {}

/** An error answer whose body is parsed as `data`. */
export class GetThing4XXError extends TypedSDKError<models.GetThing4XXError> {}

/** An error answer whose body is parsed as `data`. The API's own error shape, named like the SDK's base error. */
export class SDKErrorModel extends TypedSDKError<models.SDKErrorModel> {}

/** An error answer whose body is parsed as `data`. */
export class ListThings400Error extends TypedSDKError<Array<models.Problem>> {}
