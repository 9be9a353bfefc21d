"""The ContainerImageEditBody model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Literal, Optional, Union

from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel, Nullable, OptionalNullable, UNSET


class ContainerImageEditBodyTypedDict(TypedDict):
    """The request body of an image edit."""

    image: ContainerImageEditBodyImageTypedDict
    """The image(s) to edit. Must be in a supported image format."""
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
        Nullable[Union[ContainerImageEditBodyResponseFormat, Literal["raw", "jpeg"]]]
    ]
    """The format in which the generated image will be returned. One of `raw` and `jpeg`."""


class ContainerImageEditBody(BaseModel):
    """The request body of an image edit."""

    image: ContainerImageEditBodyImage
    """The image(s) to edit. Must be in a supported image format."""
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
    response_format: OptionalNullable[ContainerImageEditBodyResponseFormat] = UNSET
    """The format in which the generated image will be returned. One of `raw` and `jpeg`."""

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {"model", "response_format", "seed"}
    )


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .containerimageeditbodyimage import (
    ContainerImageEditBodyImage,
    ContainerImageEditBodyImageTypedDict,
)
from .containerimageeditbodyresponseformat import ContainerImageEditBodyResponseFormat
