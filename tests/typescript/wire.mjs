// Sends each wire case (a JSON file: [{method, request}]) with the TypeScript SDK, one call
// after another, so that tests/test_typescript.py can compare what the mock server received
// with the Python SDK's wire goldens.
import { readFileSync } from "node:fs";

const { Friendli } = await import(process.env.SDK_ENTRY);
const cases = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const friendli = new Friendli({ token: "t0ken", serverURL: process.env.MOCK_URL });
for (const { method, request } of cases) {
  await friendli.container.image[method](request);
}
