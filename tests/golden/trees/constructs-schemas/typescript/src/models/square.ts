import type { Schema } from "../lib/schema.js";

export interface Square {
  shapeType: string;
  size?: number;
}

export const Square$: Schema = {
  t: "object",
  name: "Square",
  fields: [
    { name: "shapeType", wire: "shapeType", schema: { t: "string" }, required: true },
    { name: "size", wire: "size", schema: { t: "number" }, required: false },
  ],
};
