import type { Schema } from "../lib/schema.js";

export interface Escape {
  y?: string;
}

export const Escape$: Schema = {
  t: "object",
  name: "Escape",
  fields: [
    { name: "y", wire: "y", schema: { t: "string" }, required: false },
  ],
};
