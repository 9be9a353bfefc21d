import type { Schema } from "../lib/schema.js";
import { type ImageInput, ImageInput$ } from "./imageinput.js";

/** The image(s) to edit. Must be in a supported image format. */
export type ContainerImageEditBodyImage = ImageInput | Array<ImageInput>;

export const ContainerImageEditBodyImage$: Schema = {
  t: "union",
  name: "ContainerImageEditBodyImage",
  variants: [
    { t: "ref", get: () => ImageInput$ },
    { t: "array", items: { t: "ref", get: () => ImageInput$ } },
  ],
};
