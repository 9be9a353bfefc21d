import * as models from "./models/index.js";
import type { OperationSpec, RequestOptions, Runtime } from "./lib/runtime.js";
import { rawView, type RawMethods } from "./lib/raw.js";

export interface FormsLoginRequest {
  user: string;
  scopes?: Array<string>;
}

export interface FormsUploadRequest {
  file: Uint8Array | Blob;
  caption?: string;
}

const _LOGIN_OPERATION: OperationSpec = {
  operationId: "login",
  method: "POST",
  path: "/forms/login",
  servers: [],
  requestContentType: "application/x-www-form-urlencoded",
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "array", items: { t: "ref", get: () => models.Item$ } }),
  security: [],
  params: [],
  body: { schema: () => models.LoginRequestBody$ },
};

const _UPLOAD_OPERATION: OperationSpec = {
  operationId: "upload",
  method: "POST",
  path: "/forms/upload",
  servers: [],
  requestContentType: "multipart/form-data",
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "map", values: { t: "integer" } }),
  security: [],
  params: [],
  body: { schema: () => models.UploadRequestBody$ },
};

/** Forms */
export class Forms {
  constructor(private readonly runtime: Runtime) {}

  /** These methods, each resolving to a `RawResponse`: the HTTP response (status, headers) and
   * `parse()` for what the method resolves to. */
  get withRawResponse(): RawMethods<Forms> {
    return rawView<Forms>(this, this.runtime.withRaw());
  }

  /** login */
  async login(
    request: FormsLoginRequest,
    options?: RequestOptions,
  ): Promise<Array<models.Item>> {
    return (await this.runtime.send(_LOGIN_OPERATION, request, options)) as Array<models.Item>;
  }

  /** upload */
  async upload(
    request: FormsUploadRequest,
    options?: RequestOptions,
  ): Promise<Record<string, number>> {
    return (await this.runtime.send(_UPLOAD_OPERATION, request, options)) as Record<string, number>;
  }
}
