import type { Schema } from "../lib/schema.js";

export interface GetThing4XXError {
  fields: Array<string>;
}

export const GetThing4XXError$: Schema = {
  t: "object",
  name: "GetThing4XXError",
  fields: [
    { name: "fields", wire: "fields", schema: { t: "array", items: { t: "string" } }, required: true },
  ],
};
