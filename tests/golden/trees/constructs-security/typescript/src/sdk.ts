import type { RetryConfig } from "./lib/retries.js";
import {
  Runtime,
  type Credential,
  type SecurityScheme,
} from "./lib/runtime.js";
import { Secrets } from "./secrets.js";

export const DEFAULT_SERVER_URL: string | undefined = "https://vault.test";
/** The version of this SDK, as published. */
export const SDK_VERSION = "1.0.0";
/** The version of the API it was generated from (the spec's `info.version`). */
export const API_VERSION = "1.0.0";
const USER_AGENT = "vault-typescript/1.0.0";
const LOG_PREFIX = "[vault] ";

const SECURITY_SCHEMES: Record<string, SecurityScheme> = {
  ["bearer"]: { kind: "http-bearer" },
  ["basic"]: { kind: "http-basic" },
  ["headerKey"]: { kind: "api-key", location: "header", parameter: "X-API-Key" },
  ["queryKey"]: { kind: "api-key", location: "query", parameter: "api_key" },
  ["cookieKey"]: { kind: "api-key", location: "cookie", parameter: "session" },
  ["oauth"]: { kind: "oauth2" },
};

export interface SDKOptions {
  /** The bearer token of the bearer security scheme; read from `VAULT_TOKEN` when not given. */
  bearer?: string | undefined;
  /** The username and password of the basic security scheme. */
  basic?: { username: string; password: string } | undefined;
  /** The credential of the headerKey security scheme. */
  headerKey?: string | undefined;
  /** The credential of the queryKey security scheme. */
  queryKey?: string | undefined;
  /** The credential of the cookieKey security scheme. */
  cookieKey?: string | undefined;
  /** The credential of the oauth security scheme. */
  oauth?: string | undefined;
  /** The server every operation uses, instead of the servers in the spec; read from `VAULT_SERVER_URL` when not given. */
  serverURL?: string | undefined;
  /** The retry policy of every operation; a call's `retries` wins. */
  retryConfig?: RetryConfig | undefined;
  /** The timeout of each HTTP attempt, in milliseconds; a call's `timeoutMs` wins. */
  timeoutMs?: number | undefined;
  /** The fetch to send requests with (Node's own by default). */
  fetch?: typeof fetch | undefined;
  /** Report each attempt (method, URL, status or error, the wait before a retry) on standard error, credentials redacted; also turned on by `VAULT_LOG=debug`. */
  debug?: boolean | undefined;
}

/** Vault */
export class Vault {
  private readonly runtime: Runtime;

  constructor(options: SDKOptions = {}) {
    const credentials: Record<string, Credential | undefined> = {};
    credentials["bearer"] = (options.bearer ?? process.env["VAULT_TOKEN"]) || undefined;
    credentials["basic"] = options.basic || undefined;
    credentials["headerKey"] = options.headerKey || undefined;
    credentials["queryKey"] = options.queryKey || undefined;
    credentials["cookieKey"] = options.cookieKey || undefined;
    credentials["oauth"] = options.oauth || undefined;
    this.runtime = new Runtime({
      credentials,
      schemes: SECURITY_SCHEMES,
      serverURL: options.serverURL ?? (process.env["VAULT_SERVER_URL"] || undefined),
      defaultServerURL: DEFAULT_SERVER_URL,
      retryConfig: options.retryConfig,
      timeoutMs: options.timeoutMs,
      userAgent: USER_AGENT,
      fetch: options.fetch,
      log:
        options.debug || process.env["VAULT_LOG"]?.toLowerCase() === "debug"
          ? (line: string) => console.error(LOG_PREFIX + line)
          : undefined,
    });
  }

  private _secrets?: Secrets;

  get secrets(): Secrets {
    return (this._secrets ??= new Secrets(this.runtime));
  }
}
