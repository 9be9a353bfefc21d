import type { Schema } from "../lib/schema.js";

export interface ResponseModel {
  b?: string;
}

export const ResponseModel$: Schema = {
  t: "object",
  name: "ResponseModel",
  fields: [
    { name: "b", wire: "b", schema: { t: "string" }, required: false },
  ],
};
