// The TypeScript runtime tested as itself (generator/targets/typescript/runtime, compiled in
// a built package: RUNTIME_DIR is its dist/lib): a fetch stub answers, and a fake clock
// (Date.now and setTimeout) records every wait, so the retry, wait and timeout rules are
// checked exactly. The mock-server suites stay the integration layer.
import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";

const { Runtime } = await import(`${process.env.RUNTIME_DIR}/runtime.js`);
const { encode } = await import(`${process.env.RUNTIME_DIR}/schema.js`);
const { SDKError, SDKConnectionError, SDKTimeoutError, ResponseValidationError, redact } = await import(
  `${process.env.RUNTIME_DIR}/../errors.js`
);

const OP = {
  operationId: "things.get",
  method: "GET",
  path: "/things",
  servers: [],
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  security: [[]],
  params: [],
};
const NO_JITTER = { initialInterval: 500, maxInterval: 60000, exponent: 2, maxElapsedTime: 3600000, jitter: 0 };
const RETRY = { strategy: "backoff", backoff: NO_JITTER, retryConnectionErrors: false };
const WALL = 1_800_000_000_000;

// -- a fake clock: waits are recorded and pass at once ---------------------------------------
let now = 0;
let waits = [];
const realNow = Date.now;
const realSetTimeout = globalThis.setTimeout;
beforeEach(() => {
  now = 0;
  waits = [];
  Date.now = () => WALL + now;
  globalThis.setTimeout = (fn, ms, ...args) => {
    if (ms >= 100) waits.push(ms); // the runtime's backoff sleeps; request timers are < 100 here
    if (ms >= 100) now += ms;
    return realSetTimeout(fn, ms >= 100 ? 0 : ms, ...args);
  };
});
afterEach(() => {
  Date.now = realNow;
  globalThis.setTimeout = realSetTimeout;
});

// -- a scripted server -------------------------------------------------------------------------
function server(...script) {
  const seen = [];
  const fetch = async (request) => {
    seen.push(request);
    const step = script.length > 1 ? script.shift() : script[0];
    if (typeof step === "function") return step(request);
    if (step instanceof Error) throw step;
    return step();
  };
  return { fetch, seen };
}
const ok = () => () => new Response(JSON.stringify({ id: "a" }), { headers: { "Content-Type": "application/json" } });
const status = (code, headers = {}) => () =>
  new Response(JSON.stringify({ error: code }), { status: code, headers: { "Content-Type": "application/json", ...headers } });

function runtime(fetch, config = {}) {
  return new Runtime({ credentials: {}, schemes: {}, serverURL: "http://api.test", userAgent: "unit/1", fetch, ...config });
}

// -- which answers are retried -----------------------------------------------------------------
for (const code of [400, 401, 403, 404, 405, 408, 409, 410, 413, 415, 422, 501]) {
  test(`status ${code} is answered at once, not retried`, async () => {
    const { fetch, seen } = server(status(code), ok());
    await assert.rejects(runtime(fetch).send(OP, {}, { retries: RETRY }), (e) => e instanceof SDKError && e.statusCode === code);
    assert.equal(seen.length, 1);
    assert.deepEqual(waits, []);
  });
}

for (const code of [429, 500, 502, 503, 504]) {
  test(`status ${code} is retried`, async () => {
    const { fetch, seen } = server(status(code), ok());
    assert.deepEqual(await runtime(fetch).send(OP, {}, { retries: RETRY }), { id: "a" });
    assert.equal(seen.length, 2);
    assert.deepEqual(waits, [500]);
  });
}

test("without a policy nothing is retried", async () => {
  const { fetch, seen } = server(status(503));
  await assert.rejects(runtime(fetch).send(OP, {}), SDKError);
  await assert.rejects(runtime(fetch).send(OP, {}, { retries: { strategy: "none" } }), SDKError);
  assert.equal(seen.length, 2);
});

// -- how long it waits -------------------------------------------------------------------------
test("backoff waits grow from the first attempt", async () => {
  const { fetch } = server(status(500), status(500), status(500), ok());
  await runtime(fetch).send(OP, {}, { retries: RETRY });
  assert.deepEqual(waits, [500, 1000, 2000]);
});

test("waits stop growing at maxInterval", async () => {
  const { fetch } = server(status(500), status(500), status(500), status(500), ok());
  await runtime(fetch).send(OP, {}, { retries: { ...RETRY, backoff: { ...NO_JITTER, maxInterval: 1500 } } });
  assert.deepEqual(waits, [500, 1000, 1500, 1500]);
});

test("Retry-After in seconds sets the wait", async () => {
  const { fetch } = server(status(429, { "Retry-After": "7" }), ok());
  await runtime(fetch).send(OP, {}, { retries: RETRY });
  assert.deepEqual(waits, [7000]);
});

test("Retry-After as an HTTP date sets the wait", async () => {
  const when = new Date(WALL + 12_000).toUTCString();
  const { fetch } = server(status(503, { "Retry-After": when }), ok());
  await runtime(fetch).send(OP, {}, { retries: RETRY });
  assert.deepEqual(waits, [12000]);
});

test("an unreadable Retry-After falls back to backoff", async () => {
  const { fetch } = server(status(503, { "Retry-After": "soon" }), ok());
  await runtime(fetch).send(OP, {}, { retries: RETRY });
  assert.deepEqual(waits, [500]);
});

test("no attempt starts after maxElapsedTime", async () => {
  const { fetch, seen } = server(status(500));
  const retries = { ...RETRY, backoff: { ...NO_JITTER, maxElapsedTime: 3000 } };
  await assert.rejects(runtime(fetch).send(OP, {}, { retries }), SDKError);
  assert.deepEqual(waits, [500, 1000]);
  assert.equal(seen.length, 3);
});

// -- connection errors and timeouts ------------------------------------------------------------
test("connection errors are retried only when asked", async () => {
  const failure = () => new TypeError("fetch failed", { cause: new Error("ECONNREFUSED") });
  let { fetch, seen } = server(failure(), ok());
  await assert.rejects(runtime(fetch).send(OP, {}, { retries: RETRY }), SDKConnectionError);
  assert.equal(seen.length, 1);
  ({ fetch, seen } = server(failure(), ok()));
  const retries = { ...RETRY, retryConnectionErrors: true };
  assert.deepEqual(await runtime(fetch).send(OP, {}, { retries }), { id: "a" });
  assert.equal(seen.length, 2);
});

test("timeouts are retried only when asked", async () => {
  const hangThenAnswer = () => {
    let calls = 0;
    const fetch = (request, init) => {
      calls += 1;
      if (calls > 1) return Promise.resolve(ok()());
      return new Promise((_, reject) =>
        init.signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    };
    return { fetch, calls: () => calls };
  };
  let stub = hangThenAnswer();
  await assert.rejects(runtime(stub.fetch).send(OP, {}, { retries: RETRY, timeoutMs: 20 }), SDKTimeoutError);
  assert.equal(stub.calls(), 1);
  stub = hangThenAnswer();
  const retries = { ...RETRY, retryConnectionErrors: true };
  assert.deepEqual(await runtime(stub.fetch).send(OP, {}, { retries, timeoutMs: 20 }), { id: "a" });
  assert.equal(stub.calls(), 2);
});

// -- where requests go -------------------------------------------------------------------------
test("the operation's server is used unless the client or the call names one", async () => {
  const op = { ...OP, servers: ["http://op.test/v2"] };
  const { fetch, seen } = server(ok());
  await runtime(fetch, { serverURL: undefined, defaultServerURL: "http://default.test" }).send(op, {});
  await runtime(fetch, { serverURL: "http://client.test" }).send(op, {});
  await runtime(fetch, { serverURL: "http://client.test" }).send(op, {}, { serverURL: "http://call.test" });
  await runtime(fetch, { serverURL: undefined, defaultServerURL: "http://default.test" }).send(OP, {});
  assert.deepEqual(
    seen.map((r) => r.url),
    ["http://op.test/v2/things", "http://client.test/things", "http://call.test/things", "http://default.test/things"],
  );
});

test("a path that holds a query string keeps it, and the query parameters follow", async () => {
  // A spec that wrote `/export?format=csv&since={since}` as its path key (the APIs.guru
  // directory has several): the pairs are sent as written, one `?` in all.
  const op = {
    ...OP,
    path: "/export?format=csv&since={since}",
    params: [
      ["since", "since", "path", "simple", false],
      ["page", "page", "query", "form", true],
    ],
  };
  const { fetch, seen } = server(ok());
  await runtime(fetch).send(op, { since: "a&b=c", page: 2 });
  await runtime(fetch).send(op, { since: "2024" });
  assert.deepEqual(
    seen.map((r) => r.url),
    ["http://api.test/export?format=csv&since=a%26b%3Dc&page=2", "http://api.test/export?format=csv&since=2024"],
  );
});

// -- bodies ------------------------------------------------------------------------------------
test("objects inside arrays reach the wire by the spec's names", () => {
  const item = {
    t: "object",
    name: "Item",
    fields: [
      { name: "imageUrl", wire: "image_url", schema: { t: "string" }, required: true },
      { name: "id", wire: "id", schema: { t: "string" }, required: false, readOnly: true },
    ],
  };
  const body = {
    t: "object",
    name: "Body",
    fields: [{ name: "items", wire: "items", schema: { t: "array", items: item }, required: true }],
  };
  assert.deepEqual(encode(body, { items: [{ imageUrl: "a", id: "x" }, { imageUrl: "b" }] }), {
    items: [{ image_url: "a" }, { image_url: "b" }],
  });
});

test("credentials are redacted where they stand whole, and not when too short to tell", () => {
  const secrets = ["sk-live-1234", "t"];
  assert.equal(
    redact("detail: bad token sk-live-1234, not xsk-live-1234 (t)", secrets),
    "detail: bad token [REDACTED], not xsk-live-1234 (t)",
  );
  assert.equal(redact("Bearer sk-live-1234\n", secrets), "Bearer [REDACTED]\n");
  assert.equal(redact("a+b.c*d", ["a+b.c*d"]), "[REDACTED]"); // specials are literal
});

// -- reading answers ---------------------------------------------------------------------------
test("an answer whose compressed body does not decode is an SDK error with its status", async () => {
  const zlibError = Object.assign(new Error("incorrect header check"), { code: "Z_DATA_ERROR" });
  const broken = (code) => () => ({
    ok: code < 300,
    status: code,
    headers: new Headers({ "Content-Type": "application/json", "Content-Encoding": "gzip" }),
    arrayBuffer: async () => {
      throw new TypeError("terminated", { cause: zlibError });
    },
  });
  let { fetch, seen } = server(broken(200));
  await assert.rejects(runtime(fetch).send(OP, {}, { retries: RETRY }), (e) =>
    e instanceof ResponseValidationError && e.statusCode === 200 && /gzip body of the answer could not be decoded/.test(e.message),
  );
  ({ fetch, seen } = server(broken(503)));
  await assert.rejects(runtime(fetch).send(OP, {}), (e) => e instanceof SDKError && e.statusCode === 503);
  assert.equal(seen.length, 1);
});

test("timeoutMs ends a body read that never settles", async () => {
  // Node's fetch can leave a read pending even after its signal aborts.
  const stuck = () => ({
    ok: true,
    status: 200,
    headers: new Headers({ "Content-Type": "application/json" }),
    arrayBuffer: () => new Promise(() => {}),
  });
  const { fetch, seen } = server(stuck);
  await assert.rejects(runtime(fetch).send(OP, {}, { timeoutMs: 30 }), SDKTimeoutError);
  assert.equal(seen.length, 1);
});

test("a binary answer is bytes whatever its media type", async () => {
  const op = { ...OP, accept: "application/octet-stream", responseKind: "bytes", responseContentType: "application/octet-stream" };
  for (const received of ["audio/mpeg", "image/png", "application/octet-stream"]) {
    const { fetch } = server(() => new Response(new Uint8Array([73, 68, 51]), { headers: { "Content-Type": received } }));
    const body = await runtime(fetch).send(op, {});
    assert.deepEqual([...body], [73, 68, 51]);
  }
});

test("a JSON answer of another media type is still a validation error", async () => {
  const { fetch } = server(() => new Response("<html/>", { headers: { "Content-Type": "text/html" } }));
  await assert.rejects(runtime(fetch).send(OP, {}), ResponseValidationError);
});

test("multipart arrays are one part per item, objects one JSON part", async () => {
  const schema = {
    t: "object",
    name: "Upload",
    fields: [
      { name: "include", wire: "include", schema: { t: "array", items: { t: "string" } }, required: false },
      { name: "files", wire: "files", schema: { t: "array", items: { t: "file" } }, required: false },
      { name: "meta", wire: "meta", schema: { t: "map", values: { t: "string" } }, required: false },
    ],
  };
  const op = { ...OP, method: "POST", requestContentType: "multipart/form-data", body: { schema: () => schema } };
  const { fetch, seen } = server(ok());
  await runtime(fetch).send(op, { include: ["logprobs", "usage"], files: [new Uint8Array([1]), new Uint8Array([2])], meta: { k: "v" } });
  const form = await seen[0].formData();
  assert.deepEqual(form.getAll("include"), ["logprobs", "usage"]);
  assert.equal(form.getAll("files").length, 2);
  assert.equal(form.get("meta"), '{"k":"v"}');
});

test("a form body given as text is sent as it is; an object as its fields", async () => {
  const form = { ...OP, method: "POST", requestContentType: "application/x-www-form-urlencoded" };
  const text = { ...form, body: { schema: () => ({ t: "string" }) } };
  const fields = [
    { name: "name", wire: "name", schema: { t: "string" }, required: true },
    { name: "start", wire: "start", schema: { t: "integer" }, required: false },
  ];
  const object = { ...form, body: { schema: () => ({ t: "object", name: "Task", fields }) } };
  const { fetch, seen } = server(ok());
  await runtime(fetch).send(text, "name=cut&options%5Bstart%5D=1");
  await runtime(fetch).send(object, { name: "cut", start: 1 });
  assert.equal(await seen[0].text(), "name=cut&options%5Bstart%5D=1");
  assert.equal(await seen[1].text(), "name=cut&start=1");
});

test("a multipart body given as text is sent as it is", async () => {
  const op = {
    ...OP,
    method: "PUT",
    requestContentType: "multipart/form-data",
    body: { schema: () => ({ t: "string" }) },
  };
  const { fetch, seen } = server(ok());
  await runtime(fetch).send(op, "--b\r\nraw");
  assert.equal(await seen[0].text(), "--b\r\nraw");
});
