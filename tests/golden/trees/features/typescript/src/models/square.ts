import type { Schema } from "../lib/schema.js";

export interface Square {
  side: number;
}

export const Square$: Schema = {
  t: "object",
  name: "Square",
  fields: [
    { name: "side", wire: "side", schema: { t: "number" }, required: true },
  ],
};
