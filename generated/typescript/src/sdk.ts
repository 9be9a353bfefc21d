import type { RetryConfig } from "./lib/retries.js";
import {
  Runtime,
  type Credential,
  type SecurityScheme,
} from "./lib/runtime.js";
import { Container } from "./container.js";

export const DEFAULT_SERVER_URL: string | undefined = "https://api.friendli.ai";
/** The version of this SDK, as published. */
export const SDK_VERSION = "0.1.0";
/** The version of the API it was generated from (the spec's `info.version`). */
export const API_VERSION = "1.0.0";
const USER_AGENT = "friendli-typescript/0.1.0";
const LOG_PREFIX = "[friendli] ";

const SECURITY_SCHEMES: Record<string, SecurityScheme> = {
  ["token"]: { kind: "http-bearer" },
};

export interface SDKOptions {
  /** The bearer token of the token security scheme; read from `FRIENDLI_TOKEN` when not given. */
  token?: string | undefined;
  /** The server every operation uses, instead of the servers in the spec; read from `FRIENDLI_SERVER_URL` when not given. */
  serverURL?: string | undefined;
  /** The retry policy of every operation; a call's `retries` wins. */
  retryConfig?: RetryConfig | undefined;
  /** The timeout of each HTTP attempt, in milliseconds; a call's `timeoutMs` wins. */
  timeoutMs?: number | undefined;
  /** The fetch to send requests with (Node's own by default). */
  fetch?: typeof fetch | undefined;
  /** Report each attempt (method, URL, status or error, the wait before a retry) on standard error, credentials redacted; also turned on by `FRIENDLI_LOG=debug`. */
  debug?: boolean | undefined;
}

/** The Friendli Container image API. */
export class Friendli {
  private readonly runtime: Runtime;

  constructor(options: SDKOptions = {}) {
    const credentials: Record<string, Credential | undefined> = {};
    credentials["token"] = (options.token ?? process.env["FRIENDLI_TOKEN"]) || undefined;
    this.runtime = new Runtime({
      credentials,
      schemes: SECURITY_SCHEMES,
      serverURL: options.serverURL ?? (process.env["FRIENDLI_SERVER_URL"] || undefined),
      defaultServerURL: DEFAULT_SERVER_URL,
      retryConfig: options.retryConfig,
      timeoutMs: options.timeoutMs,
      userAgent: USER_AGENT,
      fetch: options.fetch,
      log:
        options.debug || process.env["FRIENDLI_LOG"]?.toLowerCase() === "debug"
          ? (line: string) => console.error(LOG_PREFIX + line)
          : undefined,
    });
  }

  private _container?: Container;

  get container(): Container {
    return (this._container ??= new Container(this.runtime));
  }
}
