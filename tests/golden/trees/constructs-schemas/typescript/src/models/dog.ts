import type { Schema } from "../lib/schema.js";

export interface Dog {
  kind: string;
  name: string;
  barks?: boolean;
}

export const Dog$: Schema = {
  t: "object",
  name: "Dog",
  fields: [
    { name: "kind", wire: "kind", schema: { t: "string" }, required: true },
    { name: "name", wire: "name", schema: { t: "string" }, required: true },
    { name: "barks", wire: "barks", schema: { t: "boolean" }, required: false },
  ],
};
