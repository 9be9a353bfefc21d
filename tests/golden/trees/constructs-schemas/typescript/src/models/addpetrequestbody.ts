import type { Schema } from "../lib/schema.js";
import { type Pet, Pet$ } from "./pet.js";

export interface AddPetRequestBody {
  pet: Pet;
}

export const AddPetRequestBody$: Schema = {
  t: "object",
  name: "AddPetRequestBody",
  fields: [
    { name: "pet", wire: "pet", schema: { t: "ref", get: () => Pet$ }, required: true },
  ],
};
