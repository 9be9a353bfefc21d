import type { Schema } from "../lib/schema.js";

export interface GetBasicResponse {
  ok: boolean;
}

export const GetBasicResponse$: Schema = {
  t: "object",
  name: "GetBasicResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
