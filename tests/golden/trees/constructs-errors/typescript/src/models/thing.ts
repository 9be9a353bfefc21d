import type { Schema } from "../lib/schema.js";

export interface Thing {
  id: number;
}

export const Thing$: Schema = {
  t: "object",
  name: "Thing",
  fields: [
    { name: "id", wire: "id", schema: { t: "integer" }, required: true },
  ],
};
