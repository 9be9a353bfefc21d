"""The ContainerImageGenerationBody model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, List, Literal, Optional, Sequence, Union

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel, Nullable, OptionalNullable, UNSET


class ContainerImageGenerationBodyTypedDict(TypedDict):
    """The request body of an image generation."""

    prompt: str
    """A text description of the desired image."""
    model: NotRequired[Nullable[str]]
    """Routes the request to a specific adapter."""
    num_inference_steps: NotRequired[int]
    """The number of inference steps to use during image generation. Defaults to 20. Supported range: [1, 50]."""
    guidance_scale: NotRequired[float]
    """Adjusts the alignment of the generated image with the input prompt. Higher values (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative freedom. Defaults to 0. This parameter may be irrelevant for certain models, such as `FLUX.Schnell`."""
    seed: NotRequired[Nullable[int]]
    """The seed to use for image generation."""
    response_format: NotRequired[
        Nullable[
            Union[ContainerImageGenerationBodyResponseFormat, Literal["raw", "jpeg"]]
        ]
    ]
    """The format in which the generated image will be returned. One of `raw` and `jpeg`."""
    control_images: NotRequired[Sequence[Union[ImageInput, ImageInputTypedDict]]]
    """Optional input images used to condition or guide the generation process (e.g., for ControlNet or image editing models). This field is only applicable when using ControlNet or image editing models."""
    controlnet_weights: NotRequired[List[float]]
    """A list of weights that determine the influence of each ControlNet model in the generation process. Each value must be within [0, 1], where 0 disables the corresponding ControlNet and 1 applies it fully. When multiple ControlNet models are used, the list length must match the number of control images. If omitted, all ControlNet models default to full influence (1.0). This field is only applicable when using ControlNet models."""


class ContainerImageGenerationBody(BaseModel):
    """The request body of an image generation."""

    prompt: str
    """A text description of the desired image."""
    model: OptionalNullable[str] = UNSET
    """Routes the request to a specific adapter."""
    num_inference_steps: Optional[int] = None
    """The number of inference steps to use during image generation. Defaults to 20. Supported range: [1, 50]."""
    guidance_scale: Optional[float] = None
    """Adjusts the alignment of the generated image with the input prompt. Higher values (e.g., 8-10) make the output more faithful to the prompt, while lower values (e.g., 1-5) encourage more creative freedom. Defaults to 0. This parameter may be irrelevant for certain models, such as `FLUX.Schnell`."""
    seed: OptionalNullable[int] = UNSET
    """The seed to use for image generation."""
    response_format: OptionalNullable[ContainerImageGenerationBodyResponseFormat] = (
        UNSET
    )
    """The format in which the generated image will be returned. One of `raw` and `jpeg`."""
    control_images: Optional[List[ImageInput]] = None
    """Optional input images used to condition or guide the generation process (e.g., for ControlNet or image editing models). This field is only applicable when using ControlNet or image editing models."""
    controlnet_weights: Optional[List[float]] = None
    """A list of weights that determine the influence of each ControlNet model in the generation process. Each value must be within [0, 1], where 0 disables the corresponding ControlNet and 1 applies it fully. When multiple ControlNet models are used, the list length must match the number of control images. If omitted, all ControlNet models default to full influence (1.0). This field is only applicable when using ControlNet models."""

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {"model", "response_format", "seed"}
    )


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .containerimagegenerationbodyresponseformat import (
    ContainerImageGenerationBodyResponseFormat,
)
from .imageinput import ImageInput, ImageInputTypedDict
