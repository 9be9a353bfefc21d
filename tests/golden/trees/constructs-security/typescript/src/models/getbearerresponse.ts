import type { Schema } from "../lib/schema.js";

export interface GetBearerResponse {
  ok: boolean;
}

export const GetBearerResponse$: Schema = {
  t: "object",
  name: "GetBearerResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
