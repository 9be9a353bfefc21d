import type { Schema } from "../lib/schema.js";

export interface GetOauthResponse {
  ok: boolean;
}

export const GetOauthResponse$: Schema = {
  t: "object",
  name: "GetOauthResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
