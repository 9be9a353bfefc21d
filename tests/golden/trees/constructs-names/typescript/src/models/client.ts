import type { Schema } from "../lib/schema.js";

export interface Client {
  a?: string;
}

export const Client$: Schema = {
  t: "object",
  name: "Client",
  fields: [
    { name: "a", wire: "a", schema: { t: "string" }, required: false },
  ],
};
