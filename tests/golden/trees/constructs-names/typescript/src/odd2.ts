import * as models from "./models/index.js";
import type { OperationSpec, RequestOptions, Runtime } from "./lib/runtime.js";
import { rawView, type RawMethods } from "./lib/raw.js";

export interface Odd2SendOddRequest {
  xRequestId?: string;
  from?: string;
  class: string;
  type?: string;
  list?: number;
  id?: number;
  self?: string;
  modelConfig?: string;
  kebabCase?: string;
  dotName?: string;
  field9Lives?: number;
  naive?: boolean;
  camelCase?: string;
  camelCase2?: string;
}

export interface Odd2SendOddBatchRequest {
  body: Array<models.Odd>;
}

const _SENDODD_OPERATION: OperationSpec = {
  operationId: "sendOdd",
  method: "POST",
  path: "/odd",
  servers: [],
  requestContentType: "application/json",
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.Odd$ }),
  security: [],
  params: [["xRequestId", "X-Request-ID", "header", "simple", false], ["from", "from", "query", "form", true]],
  body: { schema: () => models.Odd$ },
};

const _SENDODDBATCH_OPERATION: OperationSpec = {
  operationId: "sendOddBatch",
  method: "POST",
  path: "/odd/batch",
  servers: [],
  requestContentType: "application/json",
  accept: "*/*",
  responseKind: "none",
  security: [],
  params: [],
  body: { schema: () => ({ t: "array", items: { t: "ref", get: () => models.Odd$ } }), member: "body" },
};

const _LISTCLIENTS_OPERATION: OperationSpec = {
  operationId: "listClients",
  method: "GET",
  path: "/clients",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.ListClientsResponse$ }),
  security: [],
  params: [],
};

/** Odd */
export class Odd2 {
  constructor(private readonly runtime: Runtime) {}

  /** These methods, each resolving to a `RawResponse`: the HTTP response (status, headers) and
   * `parse()` for what the method resolves to. */
  get withRawResponse(): RawMethods<Odd2> {
    return rawView<Odd2>(this, this.runtime.withRaw());
  }

  /** sendOdd */
  async sendOdd(
    request: Odd2SendOddRequest,
    options?: RequestOptions,
  ): Promise<models.Odd> {
    return (await this.runtime.send(_SENDODD_OPERATION, request, options)) as models.Odd;
  }

  /** sendOddBatch */
  async sendOddBatch(
    request: Odd2SendOddBatchRequest,
    options?: RequestOptions,
  ): Promise<void> {
    return (await this.runtime.send(_SENDODDBATCH_OPERATION, request, options)) as void;
  }

  /** listClients */
  async listClients(options?: RequestOptions): Promise<models.ListClientsResponse> {
    return (await this.runtime.send(_LISTCLIENTS_OPERATION, {}, options)) as models.ListClientsResponse;
  }
}
