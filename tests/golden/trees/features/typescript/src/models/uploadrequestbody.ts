import type { Schema } from "../lib/schema.js";

export interface UploadRequestBody {
  file: Uint8Array | Blob;
  caption?: string;
}

export const UploadRequestBody$: Schema = {
  t: "object",
  name: "UploadRequestBody",
  fields: [
    { name: "file", wire: "file", schema: { t: "file" }, required: true },
    { name: "caption", wire: "caption", schema: { t: "string" }, required: false },
  ],
};
