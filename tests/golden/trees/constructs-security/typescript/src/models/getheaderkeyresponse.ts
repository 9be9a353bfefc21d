import type { Schema } from "../lib/schema.js";

export interface GetHeaderKeyResponse {
  ok: boolean;
}

export const GetHeaderKeyResponse$: Schema = {
  t: "object",
  name: "GetHeaderKeyResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
