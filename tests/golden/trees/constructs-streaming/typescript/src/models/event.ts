import type { Schema } from "../lib/schema.js";
import { type Chunk, Chunk$ } from "./chunk.js";

export interface Event {
  event: string;
  id?: string;
  data: Chunk;
}

export const Event$: Schema = {
  t: "object",
  name: "Event",
  fields: [
    { name: "event", wire: "event", schema: { t: "string" }, required: true },
    { name: "id", wire: "id", schema: { t: "string" }, required: false },
    { name: "data", wire: "data", schema: { t: "ref", get: () => Chunk$ }, required: true },
  ],
};
