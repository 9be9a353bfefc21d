import type { Schema } from "../lib/schema.js";

export interface GetCookieKeyResponse {
  ok: boolean;
}

export const GetCookieKeyResponse$: Schema = {
  t: "object",
  name: "GetCookieKeyResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
