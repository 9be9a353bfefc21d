import type { Schema } from "../lib/schema.js";

export interface Cat {
  kind: string;
  name: string;
  indoor?: boolean;
}

export const Cat$: Schema = {
  t: "object",
  name: "Cat",
  fields: [
    { name: "kind", wire: "kind", schema: { t: "string" }, required: true },
    { name: "name", wire: "name", schema: { t: "string" }, required: true },
    { name: "indoor", wire: "indoor", schema: { t: "boolean" }, required: false },
  ],
};
