import type { Schema } from "../lib/schema.js";

export interface Base {
  id: number;
}

export const Base$: Schema = {
  t: "object",
  name: "Base",
  fields: [
    { name: "id", wire: "id", schema: { t: "integer" }, required: true },
  ],
};
