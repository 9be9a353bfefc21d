import type { Schema } from "../lib/schema.js";

/** The API's own error shape, named like the SDK's base error. */
export interface SDKErrorModel {
  code: string;
}

export const SDKErrorModel$: Schema = {
  t: "object",
  name: "SDKErrorModel",
  fields: [
    { name: "code", wire: "code", schema: { t: "string" }, required: true },
  ],
};
