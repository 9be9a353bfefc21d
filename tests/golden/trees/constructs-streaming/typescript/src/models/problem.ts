import type { Schema } from "../lib/schema.js";

export interface Problem {
  title: string;
}

export const Problem$: Schema = {
  t: "object",
  name: "Problem",
  fields: [
    { name: "title", wire: "title", schema: { t: "string" }, required: true },
  ],
};
