import type { Schema } from "../lib/schema.js";

/** The values this SDK knows; the type also admits values the API adds later. */
export const ContainerImageEditBodyResponseFormat = {
  Raw: "raw",
  Jpeg: "jpeg",
} as const;

/** The format in which the generated image will be returned. One of `raw` and `jpeg`. */
export type ContainerImageEditBodyResponseFormat = "raw" | "jpeg" | (string & {});

export const ContainerImageEditBodyResponseFormat$: Schema = { t: "enum", name: "ContainerImageEditBodyResponseFormat", values: ["raw", "jpeg"] };
