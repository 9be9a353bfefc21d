import type { Schema } from "../lib/schema.js";

export interface SDKErrorModel {
  x?: string;
}

export const SDKErrorModel$: Schema = {
  t: "object",
  name: "SDKErrorModel",
  fields: [
    { name: "x", wire: "x", schema: { t: "string" }, required: false },
  ],
};
