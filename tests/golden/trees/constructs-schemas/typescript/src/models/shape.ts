import type { Schema } from "../lib/schema.js";
import { type Circle, Circle$ } from "./circle.js";
import { type Square, Square$ } from "./square.js";

export type Shape = Circle | Square;

export const Shape$: Schema = {
  t: "union",
  name: "Shape",
  variants: [
    { t: "ref", get: () => Circle$ },
    { t: "ref", get: () => Square$ },
  ],
  discriminator: { property: "shapeType", field: "shapeType", tags: { "Circle": 0, "Square": 1 } },
};
