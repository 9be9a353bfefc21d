// tests/fixtures/constructs/streaming.yaml through the TypeScript SDK: event streams.
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { MOCK, requests, reset, script } from "./common.mjs";

const { Chatter, errors, EventStream } = await import(process.env.SDK_ENTRY);
const chatter = (options = {}) => new Chatter({ serverURL: MOCK, ...options });
const sse = (...events) => ({ status: 200, body: events.map((e) => `${e}\n\n`).join(""), content_type: "text/event-stream" });
const chunk = (index, text) => `data: ${JSON.stringify({ index, text })}`;

beforeEach(reset);

test("JSON events arrive decoded, and [DONE] ends the stream", async () => {
  await script("streamChat", sse(": comment", chunk(0, "Hel"), chunk(1, "lo"), "data: [DONE]", chunk(2, "late")));
  const stream = await chatter().chat.streamChat({ prompt: "hi" });
  assert.ok(stream instanceof EventStream);
  const received = [];
  for await (const event of stream) received.push(event);
  assert.deepEqual(received, [{ index: 0, text: "Hel" }, { index: 1, text: "lo" }]);
  const [request] = await requests();
  assert.equal(request.headers["accept"], "text/event-stream");
});

test("whole events fill the envelope; plain text stays text", async () => {
  await script("watchEvents", sse('event: chunk\nid: 7\ndata: {"index": 1,\ndata: "text": "lo"}'));
  const events = [];
  for await (const e of await chatter().chat.watchEvents()) events.push(e);
  assert.deepEqual(events, [{ event: "chunk", id: "7", data: { index: 1, text: "lo" } }]);
  await script("tailLogs", sse("data: started", "data: line one\ndata: line two"));
  const lines = [];
  for await (const line of await chatter().chat.tailLogs()) lines.push(line);
  assert.deepEqual(lines, ["started", "line one\nline two"]);
});

test("events are read as they arrive; break releases the connection", async () => {
  const first = `${chunk(0, "now")}\n\n`;
  await script("streamChat", { ...sse(chunk(0, "now"), chunk(1, "later")), trickle: 1.5, chunk: first.length });
  const started = Date.now();
  const stream = await chatter().chat.streamChat({ prompt: "hi" });
  for await (const event of stream) {
    assert.equal(event.text, "now");
    assert.ok(Date.now() - started < 1400, "the first event came before the rest of the body");
    break;
  }
  assert.ok(stream.answer.bodyUsed);
});

test("errors come before the stream and are retried; bad events are validation errors", async () => {
  await script("streamChat", { status: 429, json: { title: "slow" }, headers: { "Retry-After": "0" } }, sse(chunk(0, "ok")));
  const retries = { strategy: "backoff", backoff: { initialInterval: 1, maxInterval: 5, exponent: 1.1, maxElapsedTime: 5000 } };
  const texts = [];
  for await (const c of await chatter().chat.streamChat({ prompt: "hi" }, { retries })) texts.push(c.text);
  assert.deepEqual(texts, ["ok"]);
  await script("streamChat", { status: 429, json: { title: "slow" } });
  await assert.rejects(chatter().chat.streamChat({ prompt: "hi" }), (e) => e instanceof errors.Problem && e.data.title === "slow");
  await script("streamChat", sse(chunk(0, "fine"), 'data: {"index": "x"}'));
  const seen = [];
  await assert.rejects(async () => {
    for await (const c of await chatter().chat.streamChat({ prompt: "hi" })) seen.push(c.text);
  }, errors.ResponseValidationError);
  assert.deepEqual(seen, ["fine"]);
});

test("a stalled stream times out", async () => {
  const first = `${chunk(0, "a")}\n\n`;
  await script("streamChat", { ...sse(chunk(0, "a"), chunk(1, "b")), trickle: 2, chunk: first.length });
  const seen = [];
  await assert.rejects(async () => {
    for await (const c of await chatter({ timeoutMs: 500 }).chat.streamChat({ prompt: "hi" })) seen.push(c.text);
  }, errors.SDKTimeoutError);
  assert.deepEqual(seen, ["a"]);
});

test("binary answers are bytes", async () => {
  const bytes = await chatter().chat.downloadTranscript();
  assert.ok(bytes instanceof Uint8Array);
  assert.equal(new TextDecoder().decode(bytes), "mock bytes");
});
