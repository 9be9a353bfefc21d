import type { Schema } from "../lib/schema.js";

export interface LoginRequestBody {
  user: string;
  scopes?: Array<string>;
}

export const LoginRequestBody$: Schema = {
  t: "object",
  name: "LoginRequestBody",
  fields: [
    { name: "user", wire: "user", schema: { t: "string" }, required: true },
    { name: "scopes", wire: "scopes", schema: { t: "array", items: { t: "string" } }, required: false },
  ],
};
