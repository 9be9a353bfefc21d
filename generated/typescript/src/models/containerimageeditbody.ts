import type { Schema } from "../lib/schema.js";
import { type ContainerImageEditBodyImage, ContainerImageEditBodyImage$ } from "./containerimageeditbodyimage.js";
import { type ContainerImageEditBodyResponseFormat, ContainerImageEditBodyResponseFormat$ } from "./containerimageeditbodyresponseformat.js";

/** The request body of an image edit. */
export interface ContainerImageEditBody {
  /** The image(s) to edit. Must be in a supported image format. */
  image: ContainerImageEditBodyImage;
  /** A text description of the desired image. */
  prompt: string;
  /** Routes the request to a specific adapter. */
  model?: string | null;
  /** The number of inference steps to use during image generation. Defaults to 20. Supported range: [1, 50]. */
  numInferenceSteps?: number;
  /** Adjusts the alignment of the generated image with the input prompt. Higher values (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative freedom. Defaults to 0. This parameter may be irrelevant for certain models, such as `FLUX.Schnell`. */
  guidanceScale?: number;
  /** The seed to use for image generation. */
  seed?: number | null;
  /** The format in which the generated image will be returned. One of `raw` and `jpeg`. */
  responseFormat?: ContainerImageEditBodyResponseFormat | null;
}

export const ContainerImageEditBody$: Schema = {
  t: "object",
  name: "ContainerImageEditBody",
  fields: [
    { name: "image", wire: "image", schema: { t: "ref", get: () => ContainerImageEditBodyImage$ }, required: true },
    { name: "prompt", wire: "prompt", schema: { t: "string" }, required: true },
    { name: "model", wire: "model", schema: { t: "nullable", inner: { t: "string" } }, required: false },
    { name: "numInferenceSteps", wire: "num_inference_steps", schema: { t: "integer" }, required: false },
    { name: "guidanceScale", wire: "guidance_scale", schema: { t: "number" }, required: false },
    { name: "seed", wire: "seed", schema: { t: "nullable", inner: { t: "integer" } }, required: false },
    { name: "responseFormat", wire: "response_format", schema: { t: "nullable", inner: { t: "ref", get: () => ContainerImageEditBodyResponseFormat$ } }, required: false },
  ],
};
