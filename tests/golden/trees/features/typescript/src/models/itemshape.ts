import type { Schema } from "../lib/schema.js";
import { type Circle, Circle$ } from "./circle.js";
import { type Square, Square$ } from "./square.js";

export type ItemShape = Circle | Square;

export const ItemShape$: Schema = {
  t: "union",
  name: "ItemShape",
  variants: [
    { t: "ref", get: () => Circle$ },
    { t: "ref", get: () => Square$ },
  ],
};
