import type { Schema } from "../lib/schema.js";

export interface PetStoreV1 {
  c?: string;
}

export const PetStoreV1$: Schema = {
  t: "object",
  name: "PetStoreV1",
  fields: [
    { name: "c", wire: "c", schema: { t: "string" }, required: false },
  ],
};
