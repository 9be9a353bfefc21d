import * as models from "./models/index.js";
import type { OperationSpec, RequestOptions, Runtime } from "./lib/runtime.js";
import { rawView, type RawMethods } from "./lib/raw.js";

const _GETPUBLIC_OPERATION: OperationSpec = {
  operationId: "getPublic",
  method: "GET",
  path: "/public",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetPublicResponse$ }),
  security: [],
  params: [],
};

const _GETBEARER_OPERATION: OperationSpec = {
  operationId: "getBearer",
  method: "GET",
  path: "/bearer",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetBearerResponse$ }),
  security: [["bearer"]],
  params: [],
};

const _GETBASIC_OPERATION: OperationSpec = {
  operationId: "getBasic",
  method: "GET",
  path: "/basic",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetBasicResponse$ }),
  security: [["basic"]],
  params: [],
};

const _GETHEADERKEY_OPERATION: OperationSpec = {
  operationId: "getHeaderKey",
  method: "GET",
  path: "/header-key",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetHeaderKeyResponse$ }),
  security: [["headerKey"]],
  params: [],
};

const _GETQUERYKEY_OPERATION: OperationSpec = {
  operationId: "getQueryKey",
  method: "GET",
  path: "/query-key",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetQueryKeyResponse$ }),
  security: [["queryKey"]],
  params: [],
};

const _GETCOOKIEKEY_OPERATION: OperationSpec = {
  operationId: "getCookieKey",
  method: "GET",
  path: "/cookie-key",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetCookieKeyResponse$ }),
  security: [["cookieKey"]],
  params: [],
};

const _GETEITHER_OPERATION: OperationSpec = {
  operationId: "getEither",
  method: "GET",
  path: "/either",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetEitherResponse$ }),
  security: [["headerKey"], ["basic"]],
  params: [],
};

const _GETBOTH_OPERATION: OperationSpec = {
  operationId: "getBoth",
  method: "GET",
  path: "/both",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetBothResponse$ }),
  security: [["headerKey", "queryKey"]],
  params: [],
};

const _GETOAUTH_OPERATION: OperationSpec = {
  operationId: "getOauth",
  method: "GET",
  path: "/oauth",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.GetOauthResponse$ }),
  security: [["oauth"]],
  params: [],
};

/** Secrets */
export class Secrets {
  constructor(private readonly runtime: Runtime) {}

  /** These methods, each resolving to a `RawResponse`: the HTTP response (status, headers) and
   * `parse()` for what the method resolves to. */
  get withRawResponse(): RawMethods<Secrets> {
    return rawView<Secrets>(this, this.runtime.withRaw());
  }

  /** getPublic */
  async getPublic(options?: RequestOptions): Promise<models.GetPublicResponse> {
    return (await this.runtime.send(_GETPUBLIC_OPERATION, {}, options)) as models.GetPublicResponse;
  }

  /** getBearer */
  async getBearer(options?: RequestOptions): Promise<models.GetBearerResponse> {
    return (await this.runtime.send(_GETBEARER_OPERATION, {}, options)) as models.GetBearerResponse;
  }

  /** getBasic */
  async getBasic(options?: RequestOptions): Promise<models.GetBasicResponse> {
    return (await this.runtime.send(_GETBASIC_OPERATION, {}, options)) as models.GetBasicResponse;
  }

  /** getHeaderKey */
  async getHeaderKey(options?: RequestOptions): Promise<models.GetHeaderKeyResponse> {
    return (await this.runtime.send(_GETHEADERKEY_OPERATION, {}, options)) as models.GetHeaderKeyResponse;
  }

  /** getQueryKey */
  async getQueryKey(options?: RequestOptions): Promise<models.GetQueryKeyResponse> {
    return (await this.runtime.send(_GETQUERYKEY_OPERATION, {}, options)) as models.GetQueryKeyResponse;
  }

  /** getCookieKey */
  async getCookieKey(options?: RequestOptions): Promise<models.GetCookieKeyResponse> {
    return (await this.runtime.send(_GETCOOKIEKEY_OPERATION, {}, options)) as models.GetCookieKeyResponse;
  }

  /**
   * getEither
   *
   * Either an API key in a header or HTTP basic credentials.
   */
  async getEither(options?: RequestOptions): Promise<models.GetEitherResponse> {
    return (await this.runtime.send(_GETEITHER_OPERATION, {}, options)) as models.GetEitherResponse;
  }

  /**
   * getBoth
   *
   * Two API keys at once.
   */
  async getBoth(options?: RequestOptions): Promise<models.GetBothResponse> {
    return (await this.runtime.send(_GETBOTH_OPERATION, {}, options)) as models.GetBothResponse;
  }

  /** getOauth */
  async getOauth(options?: RequestOptions): Promise<models.GetOauthResponse> {
    return (await this.runtime.send(_GETOAUTH_OPERATION, {}, options)) as models.GetOauthResponse;
  }
}
