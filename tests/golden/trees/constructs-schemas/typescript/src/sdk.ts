import type { RetryConfig } from "./lib/retries.js";
import {
  Runtime,
  type Credential,
  type SecurityScheme,
} from "./lib/runtime.js";
import { Zoo2 } from "./zoo2.js";

export const DEFAULT_SERVER_URL: string | undefined = "https://zoo.test";
/** The version of this SDK, as published. */
export const SDK_VERSION = "1.0.0";
/** The version of the API it was generated from (the spec's `info.version`). */
export const API_VERSION = "1.0.0";
const USER_AGENT = "zoo-typescript/1.0.0";
const LOG_PREFIX = "[zoo] ";

const SECURITY_SCHEMES: Record<string, SecurityScheme> = {
};

export interface SDKOptions {
  /** The server every operation uses, instead of the servers in the spec; read from `ZOO_SERVER_URL` when not given. */
  serverURL?: string | undefined;
  /** The retry policy of every operation; a call's `retries` wins. */
  retryConfig?: RetryConfig | undefined;
  /** The timeout of each HTTP attempt, in milliseconds; a call's `timeoutMs` wins. */
  timeoutMs?: number | undefined;
  /** The fetch to send requests with (Node's own by default). */
  fetch?: typeof fetch | undefined;
  /** Report each attempt (method, URL, status or error, the wait before a retry) on standard error, credentials redacted; also turned on by `ZOO_LOG=debug`. */
  debug?: boolean | undefined;
}

/** Zoo */
export class Zoo {
  private readonly runtime: Runtime;

  constructor(options: SDKOptions = {}) {
    const credentials: Record<string, Credential | undefined> = {};
    this.runtime = new Runtime({
      credentials,
      schemes: SECURITY_SCHEMES,
      serverURL: options.serverURL ?? (process.env["ZOO_SERVER_URL"] || undefined),
      defaultServerURL: DEFAULT_SERVER_URL,
      retryConfig: options.retryConfig,
      timeoutMs: options.timeoutMs,
      userAgent: USER_AGENT,
      fetch: options.fetch,
      log:
        options.debug || process.env["ZOO_LOG"]?.toLowerCase() === "debug"
          ? (line: string) => console.error(LOG_PREFIX + line)
          : undefined,
    });
  }

  private _zoo?: Zoo2;

  get zoo(): Zoo2 {
    return (this._zoo ??= new Zoo2(this.runtime));
  }
}
