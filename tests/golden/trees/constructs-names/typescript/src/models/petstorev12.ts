import type { Schema } from "../lib/schema.js";

export interface PetStoreV12 {
  d?: string;
}

export const PetStoreV12$: Schema = {
  t: "object",
  name: "PetStoreV12",
  fields: [
    { name: "d", wire: "d", schema: { t: "string" }, required: false },
  ],
};
