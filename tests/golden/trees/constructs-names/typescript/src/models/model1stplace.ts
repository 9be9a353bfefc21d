import type { Schema } from "../lib/schema.js";

export interface Model1StPlace {
  e?: string;
}

export const Model1StPlace$: Schema = {
  t: "object",
  name: "Model1StPlace",
  fields: [
    { name: "e", wire: "e", schema: { t: "string" }, required: false },
  ],
};
