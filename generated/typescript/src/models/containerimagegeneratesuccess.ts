import type { Schema } from "../lib/schema.js";

/** The generated image. */
export interface ContainerImageGenerateSuccess {
  /** The generated image, in the requested format (`raw` or `jpeg`). */
  image: Uint8Array;
}

export const ContainerImageGenerateSuccess$: Schema = {
  t: "object",
  name: "ContainerImageGenerateSuccess",
  fields: [
    { name: "image", wire: "image", schema: { t: "bytes" }, required: true },
  ],
};
