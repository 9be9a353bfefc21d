import type { Schema } from "../lib/schema.js";

/** An input image, given by URL or inline as base64-encoded data. */
export interface ImageInput {
  /** The URL of the image, or the image itself as base64-encoded data (optionally as a `data:` URL). */
  image: string;
}

export const ImageInput$: Schema = {
  t: "object",
  name: "ImageInput",
  fields: [
    { name: "image", wire: "image", schema: { t: "string" }, required: true },
  ],
};
