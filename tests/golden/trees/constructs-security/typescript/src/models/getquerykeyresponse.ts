import type { Schema } from "../lib/schema.js";

export interface GetQueryKeyResponse {
  ok: boolean;
}

export const GetQueryKeyResponse$: Schema = {
  t: "object",
  name: "GetQueryKeyResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
