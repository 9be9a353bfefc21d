// The TypeScript SDK against the spec-driven mock server, over real sockets: parameters on
// the wire, auth, server selection, retries, timeouts and errors (as tests/test_runtime.py
// does for Python). Run by tests/test_typescript.py with SDK_ENTRY (the built package) and
// MOCK_URL (a `python -m mockserver` on the Friendli spec) set.
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";

const { Friendli, errors } = await import(process.env.SDK_ENTRY);
const MOCK = process.env.MOCK_URL;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function control(name, body) {
  const init = body === undefined ? {} : { method: "POST", body: JSON.stringify(body) };
  const response = await fetch(`${MOCK}/__mock/${name}`, init);
  assert.equal(response.status, 200);
  return response.json();
}
const script = (operationId, ...steps) => control("script", { operation_id: operationId, steps });
const requests = () => control("requests");
const client = (options = {}) => new Friendli({ token: "t0ken", serverURL: MOCK, ...options });
const fast = { strategy: "backoff", backoff: { initialInterval: 1, maxInterval: 5, exponent: 1.1, maxElapsedTime: 5000 } };

beforeEach(() => control("reset", {}));

test("generate sends the spec's names, bearer auth and decodes the image", async () => {
  const result = await client().container.image.generate({ prompt: "p", numInferenceSteps: 10, controlImages: [{ image: "a" }] });
  assert.ok(result.image instanceof Uint8Array);
  assert.deepEqual([...result.image.slice(0, 8)], PNG_MAGIC);
  const [request] = await requests();
  assert.equal(request.status, 200);
  assert.equal(request.path, "/v1/images/generations");
  assert.equal(request.headers["authorization"], "Bearer t0ken");
  assert.equal(request.headers["content-type"], "application/json");
  assert.match(request.headers["user-agent"], /^friendli-typescript\//);
  assert.deepEqual(JSON.parse(request.body), { prompt: "p", num_inference_steps: 10, control_images: [{ image: "a" }] });
});

test("undefined is left out and null is sent on nullable fields", async () => {
  await client().container.image.generate({ prompt: "p", model: null, seed: undefined, responseFormat: null });
  const [request] = await requests();
  assert.equal(request.body, '{"prompt":"p","model":null,"response_format":null}');
});

test("edit takes one image or a list of them", async () => {
  const friendli = client();
  await friendli.container.image.edit({ image: { image: "a" }, prompt: "q" });
  await friendli.container.image.edit({ image: [{ image: "a" }, { image: "b" }], prompt: "q" });
  const [one, two] = await requests();
  assert.deepEqual(JSON.parse(one.body), { image: { image: "a" }, prompt: "q" });
  assert.deepEqual(JSON.parse(two.body), { image: [{ image: "a" }, { image: "b" }], prompt: "q" });
  assert.equal(one.status, 200);
  assert.equal(two.status, 200);
});

test("no token, no Authorization header; the token variable fills it", async () => {
  const saved = process.env.FRIENDLI_TOKEN;
  try {
    delete process.env.FRIENDLI_TOKEN;
    await assert.rejects(new Friendli({ serverURL: MOCK }).container.image.generate({ prompt: "p" }), (e) => e instanceof errors.SDKError && e.statusCode === 401);
    process.env.FRIENDLI_TOKEN = "from-env";
    await new Friendli({ serverURL: MOCK }).container.image.generate({ prompt: "p" });
  } finally {
    if (saved === undefined) delete process.env.FRIENDLI_TOKEN;
    else process.env.FRIENDLI_TOKEN = saved;
  }
  const [first, second] = await requests();
  assert.equal(first.headers["authorization"], undefined);
  assert.equal(second.headers["authorization"], "Bearer from-env");
});

test("a call's serverURL wins over the client's, which wins over the operation's", async () => {
  const elsewhere = new Friendli({ token: "t", serverURL: "http://127.0.0.1:9" });
  await elsewhere.container.image.generate({ prompt: "p" }, { serverURL: MOCK });
  assert.equal((await requests()).length, 1);
  await assert.rejects(elsewhere.container.image.generate({ prompt: "p" }), errors.SDKConnectionError);
  const saved = process.env.FRIENDLI_SERVER_URL;
  process.env.FRIENDLI_SERVER_URL = MOCK;
  try {
    await new Friendli({ token: "t" }).container.image.generate({ prompt: "p" });
  } finally {
    if (saved === undefined) delete process.env.FRIENDLI_SERVER_URL;
    else process.env.FRIENDLI_SERVER_URL = saved;
  }
  assert.equal((await requests()).length, 2);
});

test("retries follow Retry-After and stop on success", async () => {
  await script("containerImagesGenerate", { status: 503, body: "busy", headers: { "Retry-After": "1" } }, { status: 429, body: "slow" });
  const started = Date.now();
  const result = await client({ retryConfig: fast }).container.image.generate({ prompt: "p" });
  assert.ok(result.image instanceof Uint8Array);
  const seen = await requests();
  assert.deepEqual(seen.map((r) => r.status), [503, 429, 200]);
  assert.ok(Date.now() - started >= 900, "Retry-After: 1 was waited for");
});

test("without a retry policy an error status is thrown at once", async () => {
  await script("containerImagesGenerate", { status: 503, body: "busy" });
  await assert.rejects(client().container.image.generate({ prompt: "p" }), (e) => e instanceof errors.SDKError && e.statusCode === 503 && e.body === "busy");
  assert.equal((await requests()).length, 1);
});

test("a call's retries override the client's", async () => {
  await script("containerImagesGenerate", { status: 500, body: "x" }, { status: 500, body: "x" });
  await assert.rejects(client({ retryConfig: fast }).container.image.generate({ prompt: "p" }, { retries: { strategy: "none" } }), errors.SDKError);
  assert.equal((await requests()).length, 1);
});

test("errors keep status, headers and body, with the token redacted", async () => {
  await script("containerImagesGenerate", { status: 422, json: { detail: "bad t0ken" }, headers: { "X-Trace": "abc" } });
  const error = await client().container.image.generate({ prompt: "p" }).catch((e) => e);
  assert.ok(error instanceof errors.SDKError);
  assert.equal(error.statusCode, 422);
  assert.equal(error.headers.get("x-trace"), "abc");
  assert.equal(JSON.parse(error.body).detail, "bad t0ken");
  assert.ok(!error.message.includes("t0ken") && error.message.includes("[REDACTED]"));
});

test("a 2XX that breaks the schema is a ResponseValidationError", async () => {
  await script("containerImagesGenerate", { status: 200, json: { image: 5 } }, { status: 200, body: "<html>", content_type: "text/html" }, { status: 200, body: "{", content_type: "application/json" });
  const friendli = client();
  for (let i = 0; i < 3; i++) {
    await assert.rejects(friendli.container.image.generate({ prompt: "p" }), (e) => e instanceof errors.ResponseValidationError && !(e instanceof errors.SDKError));
  }
});

test("timeoutMs bounds each attempt, the body included", async () => {
  await script("containerImagesGenerate", { delay: 2 });
  await assert.rejects(client({ timeoutMs: 300 }).container.image.generate({ prompt: "p" }), errors.SDKTimeoutError);
  await script("containerImagesGenerate", { trickle: 0.2, chunk: 4 });
  await assert.rejects(client().container.image.generate({ prompt: "p" }, { timeoutMs: 400 }), errors.SDKTimeoutError);
});

test("connection errors are retried only when asked", async () => {
  await script("containerImagesGenerate", { drop: true });
  await assert.rejects(client({ retryConfig: fast }).container.image.generate({ prompt: "p" }), errors.SDKConnectionError);
  await script("containerImagesGenerate", { drop: true });
  const result = await client({ retryConfig: { ...fast, retryConnectionErrors: true } }).container.image.generate({ prompt: "p" });
  assert.ok(result.image instanceof Uint8Array);
  assert.equal((await requests()).length, 3);
});

for (const encoding of ["gzip", "deflate"]) {
  test(`a ${encoding}-compressed answer is decoded`, async () => {
    await script("containerImagesGenerate", { compress: encoding });
    const result = await client().container.image.generate({ prompt: "p" });
    assert.deepEqual([...result.image.slice(0, 8)], PNG_MAGIC);
  });
}

test("a compressed error answer is an SDKError with its status and body", async () => {
  await script("containerImagesGenerate", { status: 400, json: { detail: "bad" }, compress: "gzip" });
  await assert.rejects(client().container.image.generate({ prompt: "p" }), (e) =>
    e instanceof errors.SDKError && e.statusCode === 400 && e.body === '{"detail": "bad"}',
  );
});

test("a compressed answer cut off mid-body is a connection error", async () => {
  await script("containerImagesGenerate", { status: 200, json: { image: "iVBORw0KGgo=".repeat(50) }, compress: "gzip", drop_after: 20 });
  await assert.rejects(client().container.image.generate({ prompt: "p" }), errors.SDKConnectionError);
});

test("a body that claims gzip but is not is an SDK error, never a hang", async () => {
  // Node's fetch reports the decoding failure (a ResponseValidationError with the status), or,
  // on a reused connection, leaves the body read pending: timeoutMs must still end the call.
  for (let round = 0; round < 3; round++) {
    await script("containerImagesGenerate", { status: 200, body: "not gzip at all", headers: { "Content-Encoding": "gzip" } });
    await assert.rejects(client({ timeoutMs: 1000 }).container.image.generate({ prompt: "p" }), (e) =>
      (e instanceof errors.ResponseValidationError && e.statusCode === 200) || e instanceof errors.SDKTimeoutError,
    );
  }
});

test("extra headers are sent, and per-call headers replace the SDK's", async () => {
  await client().container.image.generate({ prompt: "p" }, { headers: { "X-Extra": "1", "User-Agent": "mine" } });
  const [request] = await requests();
  assert.equal(request.headers["x-extra"], "1");
  assert.equal(request.headers["user-agent"], "mine");
});

test("debug reports each attempt and its wait, the token nowhere", async () => {
  await script("containerImagesGenerate", { status: 503 });
  const lines = [];
  const original = console.error;
  console.error = (line) => lines.push(String(line));
  try {
    await client({ debug: true, retryConfig: fast, token: "sk-secret-token-1" }).container.image.generate({ prompt: "p" });
  } finally {
    console.error = original;
  }
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^\[friendli\] POST http:\/\/127\.0\.0\.1:\d+\/v1\/images\/generations -> 503 \(attempt 1\); retrying in \d+(\.\d+)? ms$/);
  assert.match(lines[1], /-> 200 \(attempt 2\)$/);
  assert.ok(!lines.join("\n").includes("sk-secret-token-1"));
});

test("without debug nothing is reported", async () => {
  const lines = [];
  const original = console.error;
  console.error = (line) => lines.push(String(line));
  try {
    await client().container.image.generate({ prompt: "p" });
  } finally {
    console.error = original;
  }
  assert.deepEqual(lines, []);
});

test("withRawResponse resolves to the status and headers, parse() to the body; errors still throw", async () => {
  const { RawResponse } = await import(process.env.SDK_ENTRY);
  await script("containerImagesGenerate", { headers: { "X-Request-Id": "req-7" } }, { status: 422, json: { detail: "no" } }, { status: 200, json: { image: 5 } });
  const images = client().container.image.withRawResponse;
  const raw = await images.generate({ prompt: "p" });
  assert.ok(raw instanceof RawResponse);
  assert.equal(raw.status, 200);
  assert.equal(raw.headers.get("x-request-id"), "req-7");
  assert.deepEqual([...raw.parse().image.slice(0, 8)], PNG_MAGIC);
  assert.equal(raw.parse(), raw.parse(), "parsed once");
  await assert.rejects(images.generate({ prompt: "p" }), (e) => e instanceof errors.SDKError && e.statusCode === 422);
  const broken = await images.generate({ prompt: "p" });
  assert.equal(broken.status, 200);
  assert.throws(() => broken.parse(), errors.ResponseValidationError);
  const plain = await client().container.image.generate({ prompt: "p" });
  assert.ok(!(plain instanceof RawResponse), "the resource itself still resolves to the body");
});
