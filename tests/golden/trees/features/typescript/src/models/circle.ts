import type { Schema } from "../lib/schema.js";

export interface Circle {
  radius: number;
}

export const Circle$: Schema = {
  t: "object",
  name: "Circle",
  fields: [
    { name: "radius", wire: "radius", schema: { t: "number" }, required: true },
  ],
};
