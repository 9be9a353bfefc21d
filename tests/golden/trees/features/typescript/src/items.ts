import * as models from "./models/index.js";
import type { OperationSpec, RequestOptions, Runtime } from "./lib/runtime.js";
import { rawView, type RawMethods } from "./lib/raw.js";

export interface ItemsGetItemRequest {
  itemId: number;
  tags?: Array<string>;
  ids?: Array<number>;
  filter?: Record<string, string>;
  xTrace?: string;
  session?: string;
}

export interface ItemsDeleteItemRequest {
  itemId: number;
}

export interface ItemsGetItemNoteRequest {
  itemId: number;
}

export interface ItemsGetItemPhotoRequest {
  itemId: number;
}

export interface ItemsPutItemPhotoRequest {
  itemId: number;
  body: Uint8Array | Blob;
}

const _GETITEM_OPERATION: OperationSpec = {
  operationId: "getItem",
  method: "GET",
  path: "/items/{item_id}",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.Item$ }),
  security: [],
  params: [["itemId", "item_id", "path", "simple", false], ["tags", "tags", "query", "form", true], ["ids", "ids", "query", "form", false], ["filter", "filter", "query", "deepObject", false], ["xTrace", "X-Trace", "header", "simple", false], ["session", "session", "cookie", "form", true]],
};

const _DELETEITEM_OPERATION: OperationSpec = {
  operationId: "deleteItem",
  method: "DELETE",
  path: "/items/{item_id}",
  servers: [],
  accept: "*/*",
  responseKind: "none",
  security: [],
  params: [["itemId", "item_id", "path", "simple", false]],
};

const _GETITEMNOTE_OPERATION: OperationSpec = {
  operationId: "getItemNote",
  method: "GET",
  path: "/items/{item_id}/note",
  servers: [],
  accept: "text/plain",
  responseKind: "text",
  responseContentType: "text/plain",
  security: [],
  params: [["itemId", "item_id", "path", "simple", false]],
};

const _GETITEMPHOTO_OPERATION: OperationSpec = {
  operationId: "getItemPhoto",
  method: "GET",
  path: "/items/{item_id}/photo",
  servers: [],
  accept: "image/png",
  responseKind: "bytes",
  responseContentType: "image/png",
  security: [],
  params: [["itemId", "item_id", "path", "simple", false]],
};

const _PUTITEMPHOTO_OPERATION: OperationSpec = {
  operationId: "putItemPhoto",
  method: "PUT",
  path: "/items/{item_id}/photo",
  servers: [],
  requestContentType: "application/octet-stream",
  accept: "*/*",
  responseKind: "none",
  security: [],
  params: [["itemId", "item_id", "path", "simple", false]],
  body: { schema: () => ({ t: "file" }), member: "body" },
};

/** Items */
export class Items {
  constructor(private readonly runtime: Runtime) {}

  /** These methods, each resolving to a `RawResponse`: the HTTP response (status, headers) and
   * `parse()` for what the method resolves to. */
  get withRawResponse(): RawMethods<Items> {
    return rawView<Items>(this, this.runtime.withRaw());
  }

  /** getItem */
  async getItem(
    request: ItemsGetItemRequest,
    options?: RequestOptions,
  ): Promise<models.Item> {
    return (await this.runtime.send(_GETITEM_OPERATION, request, options)) as models.Item;
  }

  /**
   * deleteItem
   *
   * @deprecated this operation is deprecated by the API.
   */
  async deleteItem(
    request: ItemsDeleteItemRequest,
    options?: RequestOptions,
  ): Promise<void> {
    process.emitWarning("deleteItem is deprecated", "DeprecationWarning");
    return (await this.runtime.send(_DELETEITEM_OPERATION, request, options)) as void;
  }

  /** getItemNote */
  async getItemNote(
    request: ItemsGetItemNoteRequest,
    options?: RequestOptions,
  ): Promise<string> {
    return (await this.runtime.send(_GETITEMNOTE_OPERATION, request, options)) as string;
  }

  /** getItemPhoto */
  async getItemPhoto(
    request: ItemsGetItemPhotoRequest,
    options?: RequestOptions,
  ): Promise<Uint8Array> {
    return (await this.runtime.send(_GETITEMPHOTO_OPERATION, request, options)) as Uint8Array;
  }

  /** putItemPhoto */
  async putItemPhoto(
    request: ItemsPutItemPhotoRequest,
    options?: RequestOptions,
  ): Promise<void> {
    return (await this.runtime.send(_PUTITEMPHOTO_OPERATION, request, options)) as void;
  }
}
