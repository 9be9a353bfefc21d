// tests/fixtures/constructs/errors.yaml through the TypeScript SDK: typed errors.
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";
import { MOCK, reset, script } from "./common.mjs";

const { Depot, errors } = await import(process.env.SDK_ENTRY);
const depot = () => new Depot({ serverURL: MOCK });

beforeEach(reset);

async function thrown(operation, step, call) {
  await script(operation, step);
  return call(depot().things).catch((e) => e);
}

test("an exact status throws its typed error with the parsed body", async () => {
  const error = await thrown("getThing", { status: 404, json: { title: "gone", status: 404 } }, (t) => t.getThing({ id: 1 }));
  assert.ok(error instanceof errors.Problem && error instanceof errors.SDKError);
  assert.deepEqual(error.data, { title: "gone", status: 404 });
  assert.equal(error.statusCode, 404);
});

test("a range, then default, take the statuses listed nowhere else", async () => {
  const range = await thrown("getThing", { status: 409, json: { fields: ["name"] } }, (t) => t.getThing({ id: 1 }));
  assert.ok(range instanceof errors.GetThing4XXError);
  assert.deepEqual(range.data.fields, ["name"]);
  const other = await thrown("getThing", { status: 500, json: { code: "boom" } }, (t) => t.getThing({ id: 1 }));
  assert.ok(other instanceof errors.SDKErrorModel && other.data.code === "boom");
});

test("no schema, or a body that does not match, throws a plain SDKError", async () => {
  for (const step of [{ status: 503, body: "later" }, { status: 404, json: { unexpected: true } }]) {
    const error = await thrown("getThing", step, (t) => t.getThing({ id: 1 }));
    assert.equal(error.constructor, errors.SDKError);
  }
});

test("an array body gets a class named after its operation", async () => {
  const error = await thrown("listThings", { status: 400, json: [{ title: "a" }, { title: "b" }] }, (t) => t.listThings());
  assert.ok(error instanceof errors.ListThings400Error);
  assert.deepEqual(error.data.map((p) => p.title), ["a", "b"]);
});
