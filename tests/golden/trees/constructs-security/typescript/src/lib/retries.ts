/**
 * Retry policy: which failures are retried, and how long to wait between attempts.
 *
 * Retried: HTTP 429, 500, 502, 503 and 504, and (when `retryConnectionErrors` is set)
 * connection failures and timeouts. Waits grow exponentially from `initialInterval` to
 * `maxInterval`, each shortened by a random share of up to `jitter`; a `Retry-After` header
 * sets the wait instead. No attempt starts after `maxElapsedTime`. Times in milliseconds.
 */

export interface BackoffStrategy {
  initialInterval: number;
  maxInterval: number;
  exponent: number;
  maxElapsedTime: number;
  jitter?: number;
}

export type RetryConfig =
  | { strategy: "none" }
  | { strategy: "backoff"; backoff?: Partial<BackoffStrategy>; retryConnectionErrors?: boolean };

export const RETRYABLE_STATUS_CODES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

const DEFAULT_BACKOFF: Required<BackoffStrategy> = {
  initialInterval: 500,
  maxInterval: 60000,
  exponent: 1.5,
  maxElapsedTime: 3600000,
  jitter: 0.5,
};

export function backoffOf(config: RetryConfig & { strategy: "backoff" }): Required<BackoffStrategy> {
  const backoff = { ...DEFAULT_BACKOFF, ...config.backoff };
  if (backoff.initialInterval < 0 || backoff.maxInterval < 0 || backoff.maxElapsedTime < 0) {
    throw new RangeError("backoff intervals and times must not be negative");
  }
  if (backoff.exponent < 1) throw new RangeError("backoff exponent must be at least 1");
  if (backoff.jitter < 0 || backoff.jitter > 1) throw new RangeError("backoff jitter must be between 0 and 1");
  return backoff;
}

/** Milliseconds to wait after failed attempt number `attempt` (0 for the first). */
export function delay(backoff: Required<BackoffStrategy>, attempt: number): number {
  const interval = Math.min(backoff.initialInterval * backoff.exponent ** attempt, backoff.maxInterval);
  return interval * (1 - backoff.jitter * Math.random());
}

/** The wait the server asks for, in milliseconds, from `Retry-After` (seconds or a date). */
export function retryAfter(headers: Headers): number | undefined {
  const value = headers.get("retry-after")?.trim();
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const when = Date.parse(value);
  return Number.isNaN(when) ? undefined : Math.max(0, when - Date.now());
}
