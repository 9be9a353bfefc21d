// tests/fixtures/constructs/security.yaml through the TypeScript SDK.
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { MOCK, requests, reset, script } from "./common.mjs";

const { Vault, errors } = await import(process.env.SDK_ENTRY);
const BASIC = `Basic ${Buffer.from("ann:pa:ss").toString("base64")}`;
const ALL = {
  bearer: "b-token",
  basic: { username: "ann", password: "pa:ss" },
  headerKey: "h-key",
  queryKey: "q-key",
  cookieKey: "c-key",
  oauth: "o-token",
};

function sent(request) {
  return {
    authorization: request.headers["authorization"],
    key: request.headers["x-api-key"],
    cookie: request.headers["cookie"],
    query: request.query,
  };
}
const NONE = { authorization: undefined, key: undefined, cookie: undefined, query: [] };

beforeEach(reset);

test("each operation sends exactly its own credentials", async () => {
  const vault = new Vault({ serverURL: MOCK, ...ALL });
  const expected = {
    getPublic: NONE,
    getBearer: { ...NONE, authorization: "Bearer b-token" },
    getBasic: { ...NONE, authorization: BASIC },
    getHeaderKey: { ...NONE, key: "h-key" },
    getQueryKey: { ...NONE, query: [["api_key", "q-key"]] },
    getCookieKey: { ...NONE, cookie: "session=c-key" },
    getEither: { ...NONE, key: "h-key" },
    getBoth: { ...NONE, key: "h-key", query: [["api_key", "q-key"]] },
    getOauth: { ...NONE, authorization: "Bearer o-token" },
  };
  for (const method of Object.keys(expected)) {
    assert.equal((await vault.secrets[method]()).ok, true, method);
  }
  const seen = await requests();
  assert.deepEqual(seen.map(sent), Object.values(expected));
  assert.ok(seen.every((r) => r.status === 200));
});

test("an alternative the client can satisfy is chosen; half a conjunction is not sent", async () => {
  await new Vault({ serverURL: MOCK, basic: { username: "ann", password: "pa:ss" } }).secrets.getEither();
  const keyOnly = new Vault({ serverURL: MOCK, headerKey: "h-key" });
  await assert.rejects(keyOnly.secrets.getBoth(), (e) => e instanceof errors.SDKError && e.statusCode === 401);
  const [either, both] = await requests();
  assert.deepEqual(sent(either), { ...NONE, authorization: BASIC });
  assert.deepEqual(sent(both), NONE);
});

test("credentials are redacted from error messages", async () => {
  await script("getBasic", { status: 500, body: `echo: pa:ss ${BASIC.slice(6)} h-key` });
  const vault = new Vault({ serverURL: MOCK, basic: { username: "ann", password: "pa:ss" }, headerKey: "h-key" });
  const error = await vault.secrets.getBasic().catch((e) => e);
  assert.ok(error instanceof errors.SDKError);
  assert.ok(!error.message.includes("pa:ss") && !error.message.includes("h-key"));
  assert.equal(error.message.split("[REDACTED]").length - 1, 3);
});
