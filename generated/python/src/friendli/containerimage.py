"""Container.Image: Image generation and editing on Friendli Container."""

from __future__ import annotations

from functools import cached_property
from typing import List, Literal, Mapping, Optional, Sequence, Union

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime
from .utils.raw import async_raw_response, raw_response, raw_view
from .types import OptionalNullable, UNSET

_GENERATE_OPERATION = OperationSpec(
    operation_id="containerImagesGenerate",
    method="POST",
    path="/v1/images/generations",
    servers=("http://localhost:8080",),
    request_content_type="application/json",
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(("token",),),
    errors=(),
    params=(),
)
_EDIT_OPERATION = OperationSpec(
    operation_id="containerImagesEdit",
    method="POST",
    path="/v1/images/edits",
    servers=("http://localhost:8080",),
    request_content_type="application/json",
    accept="application/json",
    response_kind="json",
    sse_envelope=False,
    response_content_type="application/json",
    security=(("token",),),
    errors=(),
    params=(),
)


class ContainerImage:
    """Container.Image: Image generation and editing on Friendli Container."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> ContainerImageWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return ContainerImageWithRawResponse(raw_view(self))

    def generate(
        self,
        *,
        prompt: str,
        model: OptionalNullable[str] = UNSET,
        num_inference_steps: Optional[int] = None,
        guidance_scale: Optional[float] = None,
        seed: OptionalNullable[int] = UNSET,
        response_format: OptionalNullable[
            Union[
                models.ContainerImageGenerationBodyResponseFormat,
                Literal["raw", "jpeg"],
            ]
        ] = UNSET,
        control_images: Optional[
            Sequence[Union[models.ImageInput, models.ImageInputTypedDict]]
        ] = None,
        controlnet_weights: Optional[List[float]] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.ContainerImageGenerateSuccess:
        """Image generations

        Given a description, the model generates image.

        :param prompt: A text description of the desired image.
        :param model: Routes the request to a specific adapter.
        :param num_inference_steps: The number of inference steps to use during image generation. Defaults to 20. Supported range: [1, 50].
        :param guidance_scale: Adjusts the alignment of the generated image with the input prompt. Higher values (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative freedom. Defaults to 0. This parameter may be irrelevant for certain models, such as `FLUX.Schnell`.
        :param seed: The seed to use for image generation.
        :param response_format: The format in which the generated image will be returned. One of `raw` and `jpeg`.
        :param control_images: Optional input images used to condition or guide the generation process (e.g., for ControlNet or image editing models). This field is only applicable when using ControlNet or image editing models.
        :param controlnet_weights: A list of weights that determine the influence of each ControlNet model in the generation process. Each value must be within [0, 1], where 0 disables the corresponding ControlNet and 1 applies it fully. When multiple ControlNet models are used, the list length must match the number of control images. If omitted, all ControlNet models default to full influence (1.0). This field is only applicable when using ControlNet models.
        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.ContainerImageGenerationBody,
            {
                "prompt": prompt,
                "model": model,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "response_format": response_format,
                "control_images": control_images,
                "controlnet_weights": controlnet_weights,
            },
        )
        return self._runtime.send(
            _GENERATE_OPERATION,
            body=_body,
            params={},
            response_type=models.ContainerImageGenerateSuccess,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    def edit(
        self,
        *,
        image: Union[
            models.ContainerImageEditBodyImage,
            models.ContainerImageEditBodyImageTypedDict,
        ],
        prompt: str,
        model: OptionalNullable[str] = UNSET,
        num_inference_steps: Optional[int] = None,
        guidance_scale: Optional[float] = None,
        seed: OptionalNullable[int] = UNSET,
        response_format: OptionalNullable[
            Union[models.ContainerImageEditBodyResponseFormat, Literal["raw", "jpeg"]]
        ] = UNSET,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.ContainerImageGenerateSuccess:
        """Image edits

        Given an image and a description, the model edits the image.

        :param image: The image(s) to edit. Must be in a supported image format.
        :param prompt: A text description of the desired image.
        :param model: Routes the request to a specific adapter.
        :param num_inference_steps: The number of inference steps to use during image generation. Defaults to 20. Supported range: [1, 50].
        :param guidance_scale: Adjusts the alignment of the generated image with the input prompt. Higher values (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative freedom. Defaults to 0. This parameter may be irrelevant for certain models, such as `FLUX.Schnell`.
        :param seed: The seed to use for image generation.
        :param response_format: The format in which the generated image will be returned. One of `raw` and `jpeg`.
        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.ContainerImageEditBody,
            {
                "image": image,
                "prompt": prompt,
                "model": model,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "response_format": response_format,
            },
        )
        return self._runtime.send(
            _EDIT_OPERATION,
            body=_body,
            params={},
            response_type=models.ContainerImageGenerateSuccess,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class ContainerImageWithRawResponse:
    """The methods of ``ContainerImage``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: ContainerImage) -> None:
        self.generate = raw_response(raw.generate)
        self.edit = raw_response(raw.edit)


class AsyncContainerImage:
    """Container.Image: Image generation and editing on Friendli Container."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncContainerImageWithRawResponse:
        """These methods, each answering with a ``utils.RawResponse``: the HTTP response
        (status, headers) and ``parse()`` for what the method returns."""
        return AsyncContainerImageWithRawResponse(raw_view(self))

    async def generate(
        self,
        *,
        prompt: str,
        model: OptionalNullable[str] = UNSET,
        num_inference_steps: Optional[int] = None,
        guidance_scale: Optional[float] = None,
        seed: OptionalNullable[int] = UNSET,
        response_format: OptionalNullable[
            Union[
                models.ContainerImageGenerationBodyResponseFormat,
                Literal["raw", "jpeg"],
            ]
        ] = UNSET,
        control_images: Optional[
            Sequence[Union[models.ImageInput, models.ImageInputTypedDict]]
        ] = None,
        controlnet_weights: Optional[List[float]] = None,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.ContainerImageGenerateSuccess:
        """Image generations

        Given a description, the model generates image.

        :param prompt: A text description of the desired image.
        :param model: Routes the request to a specific adapter.
        :param num_inference_steps: The number of inference steps to use during image generation. Defaults to 20. Supported range: [1, 50].
        :param guidance_scale: Adjusts the alignment of the generated image with the input prompt. Higher values (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative freedom. Defaults to 0. This parameter may be irrelevant for certain models, such as `FLUX.Schnell`.
        :param seed: The seed to use for image generation.
        :param response_format: The format in which the generated image will be returned. One of `raw` and `jpeg`.
        :param control_images: Optional input images used to condition or guide the generation process (e.g., for ControlNet or image editing models). This field is only applicable when using ControlNet or image editing models.
        :param controlnet_weights: A list of weights that determine the influence of each ControlNet model in the generation process. Each value must be within [0, 1], where 0 disables the corresponding ControlNet and 1 applies it fully. When multiple ControlNet models are used, the list length must match the number of control images. If omitted, all ControlNet models default to full influence (1.0). This field is only applicable when using ControlNet models.
        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.ContainerImageGenerationBody,
            {
                "prompt": prompt,
                "model": model,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "response_format": response_format,
                "control_images": control_images,
                "controlnet_weights": controlnet_weights,
            },
        )
        return await self._runtime.send_async(
            _GENERATE_OPERATION,
            body=_body,
            params={},
            response_type=models.ContainerImageGenerateSuccess,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )

    async def edit(
        self,
        *,
        image: Union[
            models.ContainerImageEditBodyImage,
            models.ContainerImageEditBodyImageTypedDict,
        ],
        prompt: str,
        model: OptionalNullable[str] = UNSET,
        num_inference_steps: Optional[int] = None,
        guidance_scale: Optional[float] = None,
        seed: OptionalNullable[int] = UNSET,
        response_format: OptionalNullable[
            Union[models.ContainerImageEditBodyResponseFormat, Literal["raw", "jpeg"]]
        ] = UNSET,
        retries: Optional[utils.RetryConfig] = None,
        server_url: Optional[str] = None,
        timeout_ms: Optional[int] = None,
        http_headers: Optional[Mapping[str, str]] = None,
    ) -> models.ContainerImageGenerateSuccess:
        """Image edits

        Given an image and a description, the model edits the image.

        :param image: The image(s) to edit. Must be in a supported image format.
        :param prompt: A text description of the desired image.
        :param model: Routes the request to a specific adapter.
        :param num_inference_steps: The number of inference steps to use during image generation. Defaults to 20. Supported range: [1, 50].
        :param guidance_scale: Adjusts the alignment of the generated image with the input prompt. Higher values (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative freedom. Defaults to 0. This parameter may be irrelevant for certain models, such as `FLUX.Schnell`.
        :param seed: The seed to use for image generation.
        :param response_format: The format in which the generated image will be returned. One of `raw` and `jpeg`.
        :param retries: Override the default retry configuration for this method
        :param server_url: Override the default server URL for this method
        :param timeout_ms: Override the default request timeout configuration for this method in milliseconds
        :param http_headers: Additional headers to set or replace on requests.
        """
        _body = self._runtime.validate_input(
            models.ContainerImageEditBody,
            {
                "image": image,
                "prompt": prompt,
                "model": model,
                "num_inference_steps": num_inference_steps,
                "guidance_scale": guidance_scale,
                "seed": seed,
                "response_format": response_format,
            },
        )
        return await self._runtime.send_async(
            _EDIT_OPERATION,
            body=_body,
            params={},
            response_type=models.ContainerImageGenerateSuccess,
            retries=retries,
            server_url=server_url,
            timeout_ms=timeout_ms,
            http_headers=http_headers,
        )


class AsyncContainerImageWithRawResponse:
    """The methods of ``AsyncContainerImage``, each answering with a ``utils.RawResponse``."""

    def __init__(self, raw: AsyncContainerImage) -> None:
        self.generate = async_raw_response(raw.generate)
        self.edit = async_raw_response(raw.edit)
