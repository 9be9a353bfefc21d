import type { Schema } from "../lib/schema.js";
import { type Cat, Cat$ } from "./cat.js";
import { type Dog, Dog$ } from "./dog.js";

export type Pet = Cat | Dog;

export const Pet$: Schema = {
  t: "union",
  name: "Pet",
  variants: [
    { t: "ref", get: () => Cat$ },
    { t: "ref", get: () => Dog$ },
  ],
  discriminator: { property: "kind", field: "kind", tags: { "cat": 0, "kitty": 0, "dog": 1 } },
};
