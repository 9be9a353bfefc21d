/**
 * Server-sent events (`text/event-stream` answers) as typed async iterables.
 *
 * Events are read and decoded as they arrive. Reading to the end, `break` in a `for await`
 * loop and `close()` all release the connection. An event whose data is `[DONE]` ends the
 * stream (the convention of OpenAI-style APIs). `timeoutMs` bounds each wait for more of the
 * stream, not its length.
 */

import { ResponseValidationError, SDKConnectionError, SDKTimeoutError } from "../errors.js";
import { DecodeError, decode, type Schema } from "./schema.js";

export const SENTINEL = "[DONE]";

export interface ServerSentEvent {
  event: string;
  data: string;
  id: string;
  retry?: number;
}

/** Parses the event-stream format: lines, fields, blank-line dispatch, comments. */
class Parser {
  private data: string[] = [];
  private event = "";
  private id = "";
  private retry: number | undefined;

  line(line: string): ServerSentEvent | undefined {
    if (line === "") {
      if (this.data.length === 0) {
        this.event = "";
        return undefined;
      }
      const found: ServerSentEvent = { event: this.event || "message", data: this.data.join("\n"), id: this.id };
      if (this.retry !== undefined) found.retry = this.retry;
      this.data = [];
      this.event = "";
      return found;
    }
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.data.push(value);
    else if (field === "event") this.event = value;
    else if (field === "id" && !value.includes("\0")) this.id = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.retry = Number(value);
    return undefined;
  }
}

export class EventStream<T> implements AsyncIterable<T> {
  private reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  private closed = false;

  constructor(
    readonly operationId: string,
    readonly answer: Response,
    private readonly schema: Schema,
    private readonly envelope: boolean,
    private readonly timeoutMs: number | undefined,
  ) {}

  /** Release the connection; iterating after this ends at once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await (this.reader ?? this.answer.body)?.cancel();
    } catch {
      // already errored or closed
    }
  }

  private decodeEvent(sse: ServerSentEvent): T {
    if (this.envelope) {
      let data: unknown = sse.data;
      try {
        data = JSON.parse(sse.data);
      } catch {
        // plain-text data stays a string
      }
      const wire: Record<string, unknown> = { event: sse.event, data };
      if (sse.id) wire["id"] = sse.id;
      if (sse.retry !== undefined) wire["retry"] = sse.retry;
      return decode(this.schema, wire) as T;
    }
    let resolved = this.schema;
    while (resolved.t === "ref") resolved = resolved.get();
    if (resolved.t === "string") return sse.data as T;
    return decode(this.schema, JSON.parse(sse.data)) as T;
  }

  private async read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<ReadableStreamReadResult<Uint8Array>> {
    if (this.timeoutMs === undefined) return reader.read();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SDKTimeoutError(`${this.operationId}: the event stream timed out`)), this.timeoutMs);
    });
    try {
      return await Promise.race([reader.read(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.closed || !this.answer.body) return;
    const reader = this.answer.body.getReader();
    this.reader = reader;
    const decoder = new TextDecoder("utf-8");
    const parser = new Parser();
    let buffer = "";
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await this.read(reader);
        } catch (error) {
          if (error instanceof SDKTimeoutError || this.closed) throw error;
          throw new SDKConnectionError(`${this.operationId}: the event stream broke off`, { cause: error });
        }
        buffer += chunk.done ? decoder.decode() + "\n\n" : decoder.decode(chunk.value, { stream: true });
        const lines = buffer.split(/\r\n|\r|\n/);
        buffer = chunk.done ? "" : lines.pop()!;
        for (const line of lines) {
          const sse = parser.line(line);
          if (sse === undefined) continue;
          if (sse.data === SENTINEL) return;
          let value: T;
          try {
            value = this.decodeEvent(sse);
          } catch (error) {
            const problem = error instanceof DecodeError ? error.message : String(error);
            throw new ResponseValidationError(
              `${this.operationId}: an event does not match the schema (${problem})`,
              { statusCode: this.answer.status, headers: this.answer.headers, body: sse.data },
              error,
            );
          }
          yield value;
        }
        if (chunk.done) return;
      }
    } finally {
      await this.close();
    }
  }
}
