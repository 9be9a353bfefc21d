import type { Schema } from "../lib/schema.js";

/** A problem, as RFC 9457 has it. */
export interface Problem {
  title: string;
  status?: number;
}

export const Problem$: Schema = {
  t: "object",
  name: "Problem",
  fields: [
    { name: "title", wire: "title", schema: { t: "string" }, required: true },
    { name: "status", wire: "status", schema: { t: "integer" }, required: false },
  ],
};
