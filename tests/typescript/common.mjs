// Helpers for the node suites: the mock server's control endpoints.
import assert from "node:assert/strict";

export const MOCK = process.env.MOCK_URL;

export async function control(name, body) {
  const init = body === undefined ? {} : { method: "POST", body: JSON.stringify(body) };
  const response = await fetch(`${MOCK}/__mock/${name}`, init);
  assert.equal(response.status, 200);
  return response.json();
}

export const reset = () => control("reset", {});
export const script = (operationId, ...steps) => control("script", { operation_id: operationId, steps });
export const requests = () => control("requests");
