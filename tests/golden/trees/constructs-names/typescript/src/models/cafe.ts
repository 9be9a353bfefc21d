import type { Schema } from "../lib/schema.js";

export interface Cafe {
  f?: string;
}

export const Cafe$: Schema = {
  t: "object",
  name: "Cafe",
  fields: [
    { name: "f", wire: "f", schema: { t: "string" }, required: false },
  ],
};
