import type { Schema } from "../lib/schema.js";
import { type ContainerImageGenerationBodyResponseFormat, ContainerImageGenerationBodyResponseFormat$ } from "./containerimagegenerationbodyresponseformat.js";
import { type ImageInput, ImageInput$ } from "./imageinput.js";

/** The request body of an image generation. */
export interface ContainerImageGenerationBody {
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
  responseFormat?: ContainerImageGenerationBodyResponseFormat | null;
  /** Optional input images used to condition or guide the generation process (e.g., for ControlNet or image editing models). This field is only applicable when using ControlNet or image editing models. */
  controlImages?: Array<ImageInput>;
  /** A list of weights that determine the influence of each ControlNet model in the generation process. Each value must be within [0, 1], where 0 disables the corresponding ControlNet and 1 applies it fully. When multiple ControlNet models are used, the list length must match the number of control images. If omitted, all ControlNet models default to full influence (1.0). This field is only applicable when using ControlNet models. */
  controlnetWeights?: Array<number>;
}

export const ContainerImageGenerationBody$: Schema = {
  t: "object",
  name: "ContainerImageGenerationBody",
  fields: [
    { name: "prompt", wire: "prompt", schema: { t: "string" }, required: true },
    { name: "model", wire: "model", schema: { t: "nullable", inner: { t: "string" } }, required: false },
    { name: "numInferenceSteps", wire: "num_inference_steps", schema: { t: "integer" }, required: false },
    { name: "guidanceScale", wire: "guidance_scale", schema: { t: "number" }, required: false },
    { name: "seed", wire: "seed", schema: { t: "nullable", inner: { t: "integer" } }, required: false },
    { name: "responseFormat", wire: "response_format", schema: { t: "nullable", inner: { t: "ref", get: () => ContainerImageGenerationBodyResponseFormat$ } }, required: false },
    { name: "controlImages", wire: "control_images", schema: { t: "array", items: { t: "ref", get: () => ImageInput$ } }, required: false },
    { name: "controlnetWeights", wire: "controlnet_weights", schema: { t: "array", items: { t: "number" } }, required: false },
  ],
};
