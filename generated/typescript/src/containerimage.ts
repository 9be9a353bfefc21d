import * as models from "./models/index.js";
import type { OperationSpec, RequestOptions, Runtime } from "./lib/runtime.js";
import { rawView, type RawMethods } from "./lib/raw.js";

export interface ContainerImageGenerateRequest {
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
  responseFormat?: models.ContainerImageGenerationBodyResponseFormat | null;
  /** Optional input images used to condition or guide the generation process (e.g., for ControlNet or image editing models). This field is only applicable when using ControlNet or image editing models. */
  controlImages?: Array<models.ImageInput>;
  /** A list of weights that determine the influence of each ControlNet model in the generation process. Each value must be within [0, 1], where 0 disables the corresponding ControlNet and 1 applies it fully. When multiple ControlNet models are used, the list length must match the number of control images. If omitted, all ControlNet models default to full influence (1.0). This field is only applicable when using ControlNet models. */
  controlnetWeights?: Array<number>;
}

export interface ContainerImageEditRequest {
  /** The image(s) to edit. Must be in a supported image format. */
  image: models.ContainerImageEditBodyImage;
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
  responseFormat?: models.ContainerImageEditBodyResponseFormat | null;
}

const _GENERATE_OPERATION: OperationSpec = {
  operationId: "containerImagesGenerate",
  method: "POST",
  path: "/v1/images/generations",
  servers: ["http://localhost:8080"],
  requestContentType: "application/json",
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.ContainerImageGenerateSuccess$ }),
  security: [["token"]],
  params: [],
  body: { schema: () => models.ContainerImageGenerationBody$ },
};

const _EDIT_OPERATION: OperationSpec = {
  operationId: "containerImagesEdit",
  method: "POST",
  path: "/v1/images/edits",
  servers: ["http://localhost:8080"],
  requestContentType: "application/json",
  accept: "application/json",
  responseKind: "json",
  responseContentType: "application/json",
  response: () => ({ t: "ref", get: () => models.ContainerImageGenerateSuccess$ }),
  security: [["token"]],
  params: [],
  body: { schema: () => models.ContainerImageEditBody$ },
};

/** Container.Image: Image generation and editing on Friendli Container. */
export class ContainerImage {
  constructor(private readonly runtime: Runtime) {}

  /** These methods, each resolving to a `RawResponse`: the HTTP response (status, headers) and
   * `parse()` for what the method resolves to. */
  get withRawResponse(): RawMethods<ContainerImage> {
    return rawView<ContainerImage>(this, this.runtime.withRaw());
  }

  /**
   * Image generations
   *
   * Given a description, the model generates image.
   */
  async generate(
    request: ContainerImageGenerateRequest,
    options?: RequestOptions,
  ): Promise<models.ContainerImageGenerateSuccess> {
    return (await this.runtime.send(_GENERATE_OPERATION, request, options)) as models.ContainerImageGenerateSuccess;
  }

  /**
   * Image edits
   *
   * Given an image and a description, the model edits the image.
   */
  async edit(
    request: ContainerImageEditRequest,
    options?: RequestOptions,
  ): Promise<models.ContainerImageGenerateSuccess> {
    return (await this.runtime.send(_EDIT_OPERATION, request, options)) as models.ContainerImageGenerateSuccess;
  }
}
