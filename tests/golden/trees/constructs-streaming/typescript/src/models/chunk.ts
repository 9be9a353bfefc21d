import type { Schema } from "../lib/schema.js";

export interface Chunk {
  index: number;
  text: string;
}

export const Chunk$: Schema = {
  t: "object",
  name: "Chunk",
  fields: [
    { name: "index", wire: "index", schema: { t: "integer" }, required: true },
    { name: "text", wire: "text", schema: { t: "string" }, required: true },
  ],
};
