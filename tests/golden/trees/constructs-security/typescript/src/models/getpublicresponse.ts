import type { Schema } from "../lib/schema.js";

export interface GetPublicResponse {
  ok: boolean;
}

export const GetPublicResponse$: Schema = {
  t: "object",
  name: "GetPublicResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
