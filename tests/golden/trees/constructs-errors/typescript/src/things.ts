import * as models from "./models/index.js";
import * as errors from "./errors.js";
import type { ErrorClass, OperationSpec, RequestOptions, Runtime } from "./lib/runtime.js";
import { rawView, type RawMethods } from "./lib/raw.js";

export interface ThingsGetThingRequest {
  id: number;
}

const _GETTHING_OPERATION: OperationSpec = {
  operationId: "getThing",
  method: "GET",
  path: "/things/{id}",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.Thing$ }),
  security: [],
  params: [["id", "id", "path", "simple", false]],
  errors: [["404", errors.Problem as ErrorClass, () => ({ t: "ref", get: () => models.Problem$ })], ["4XX", errors.GetThing4XXError as ErrorClass, () => ({ t: "ref", get: () => models.GetThing4XXError$ })], ["default", errors.SDKErrorModel as ErrorClass, () => ({ t: "ref", get: () => models.SDKErrorModel$ })]],
};

const _LISTTHINGS_OPERATION: OperationSpec = {
  operationId: "listThings",
  method: "GET",
  path: "/things",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "array", items: { t: "ref", get: () => models.Thing$ } }),
  security: [],
  params: [],
  errors: [["400", errors.ListThings400Error as ErrorClass, () => ({ t: "array", items: { t: "ref", get: () => models.Problem$ } })]],
};

/** Things */
export class Things {
  constructor(private readonly runtime: Runtime) {}

  /** These methods, each resolving to a `RawResponse`: the HTTP response (status, headers) and
   * `parse()` for what the method resolves to. */
  get withRawResponse(): RawMethods<Things> {
    return rawView<Things>(this, this.runtime.withRaw());
  }

  /** getThing */
  async getThing(
    request: ThingsGetThingRequest,
    options?: RequestOptions,
  ): Promise<models.Thing> {
    return (await this.runtime.send(_GETTHING_OPERATION, request, options)) as models.Thing;
  }

  /** listThings */
  async listThings(options?: RequestOptions): Promise<Array<models.Thing>> {
    return (await this.runtime.send(_LISTTHINGS_OPERATION, {}, options)) as Array<models.Thing>;
  }
}
