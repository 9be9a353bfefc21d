import type { Schema } from "../lib/schema.js";

export interface GetEitherResponse {
  ok: boolean;
}

export const GetEitherResponse$: Schema = {
  t: "object",
  name: "GetEitherResponse",
  fields: [
    { name: "ok", wire: "ok", schema: { t: "boolean" }, required: true },
  ],
};
