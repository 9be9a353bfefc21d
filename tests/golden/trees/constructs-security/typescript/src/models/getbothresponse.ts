import type { Schema } from "../lib/schema.js";

export interface GetBothResponse {
  ok: boolean;
}

export const GetBothResponse$: Schema = {
  t: "object",
  name: "GetBothResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
