import type { Schema } from "../lib/schema.js";

export interface Circle {
  shapeType: string;
  size?: number;
}

export const Circle$: Schema = {
  t: "object",
  name: "Circle",
  fields: [
    { name: "shapeType", wire: "shapeType", schema: { t: "string" }, required: true },
    { name: "size", wire: "size", schema: { t: "number" }, required: false },
  ],
};
