/**
 * Raw responses: `client.x.withRawResponse.y(...)` resolves to the HTTP response (status,
 * headers: rate limits, request ids) beside the parsed body, instead of the body alone.
 *
 * The raw view of a client or resource is a copy of it whose runtime answers with a
 * `RawResponse`; its methods are the same methods, typed by `RawMethods` as resolving to one.
 * An error status still throws, as it does without the view.
 */

const UNPARSED: unique symbol = Symbol("unparsed");

export class RawResponse<T> {
  private parsed: T | typeof UNPARSED = UNPARSED;

  constructor(
    /** The answer as fetch received it (its body already read). */
    readonly response: Response,
    private readonly parseBody: () => T,
  ) {}

  get status(): number {
    return this.response.status;
  }

  get headers(): Headers {
    return this.response.headers;
  }

  /** The body as the method resolves to it (parsed once; a body that does not match the
   * API description throws `ResponseValidationError` here). */
  parse(): T {
    if (this.parsed === UNPARSED) this.parsed = this.parseBody();
    return this.parsed;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyMethod = (...args: any[]) => Promise<unknown>;

/** The methods of `T`, each resolving to a `RawResponse` of what it resolves to (the view
 * itself left out: mapping it would recurse). */
export type RawMethods<T> = {
  [K in keyof T as K extends "withRawResponse" ? never : T[K] extends AnyMethod ? K : never]: T[K] extends (
    ...args: infer A
  ) => Promise<infer R>
    ? (...args: A) => Promise<RawResponse<R>>
    : never;
};

/** A copy of a client or resource whose runtime (its `runtime` member) answers raw. */
export function rawView<T extends object>(owner: T, runtime: unknown): RawMethods<T> {
  const view: unknown = Object.assign(Object.create(Object.getPrototypeOf(owner) as object) as object, owner, {
    runtime,
  });
  return view as RawMethods<T>;
}
