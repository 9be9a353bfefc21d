import * as models from "./models/index.js";
import * as errors from "./errors.js";
import type { ErrorClass, OperationSpec, RequestOptions, Runtime } from "./lib/runtime.js";
import type { EventStream } from "./lib/sse.js";
import { rawView, type RawMethods } from "./lib/raw.js";

export interface ChatStreamChatRequest {
  prompt: string;
}

const _STREAMCHAT_OPERATION: OperationSpec = {
  operationId: "streamChat",
  method: "POST",
  path: "/chat/stream",
  servers: [],
  requestContentType: "application/json",
  accept: "text/event-stream",
  responseKind: "sse",
  responseContentType: "text/event-stream",
  response: () => ({ t: "ref", get: () => models.Chunk$ }),
  security: [],
  params: [],
  body: { schema: () => models.StreamChatRequestBody$ },
  errors: [["429", errors.Problem as ErrorClass, () => ({ t: "ref", get: () => models.Problem$ })]],
};

const _WATCHEVENTS_OPERATION: OperationSpec = {
  operationId: "watchEvents",
  method: "GET",
  path: "/events",
  servers: [],
  accept: "text/event-stream",
  responseKind: "sse",
  responseContentType: "text/event-stream",
  response: () => ({ t: "ref", get: () => models.Event$ }),
  sseEnvelope: true,
  security: [],
  params: [],
};

const _TAILLOGS_OPERATION: OperationSpec = {
  operationId: "tailLogs",
  method: "GET",
  path: "/logs",
  servers: [],
  accept: "text/event-stream",
  responseKind: "sse",
  responseContentType: "text/event-stream",
  response: () => ({ t: "string" }),
  security: [],
  params: [],
};

const _DOWNLOADTRANSCRIPT_OPERATION: OperationSpec = {
  operationId: "downloadTranscript",
  method: "GET",
  path: "/transcript",
  servers: [],
  accept: "application/octet-stream",
  responseKind: "bytes",
  responseContentType: "application/octet-stream",
  security: [],
  params: [],
};

/** Chat */
export class Chat {
  constructor(private readonly runtime: Runtime) {}

  /** These methods, each resolving to a `RawResponse`: the HTTP response (status, headers) and
   * `parse()` for what the method resolves to. */
  get withRawResponse(): RawMethods<Chat> {
    return rawView<Chat>(this, this.runtime.withRaw());
  }

  /** streamChat */
  async streamChat(
    request: ChatStreamChatRequest,
    options?: RequestOptions,
  ): Promise<EventStream<models.Chunk>> {
    return (await this.runtime.send(_STREAMCHAT_OPERATION, request, options)) as EventStream<models.Chunk>;
  }

  /** watchEvents */
  async watchEvents(options?: RequestOptions): Promise<EventStream<models.Event>> {
    return (await this.runtime.send(_WATCHEVENTS_OPERATION, {}, options)) as EventStream<models.Event>;
  }

  /** tailLogs */
  async tailLogs(options?: RequestOptions): Promise<EventStream<string>> {
    return (await this.runtime.send(_TAILLOGS_OPERATION, {}, options)) as EventStream<string>;
  }

  /** downloadTranscript */
  async downloadTranscript(options?: RequestOptions): Promise<Uint8Array> {
    return (await this.runtime.send(_DOWNLOADTRANSCRIPT_OPERATION, {}, options)) as Uint8Array;
  }
}
