"""The SDK's data models: request and response bodies, enums, unions and errors."""

from ._errors import (
    ResponseValidationError,
    SDKBaseError,
    SDKConnectionError,
    SDKError,
    SDKTimeoutError,
)
from .containerimageeditbody import (
    ContainerImageEditBody,
    ContainerImageEditBodyTypedDict,
)
from .containerimageeditbodyimage import (
    ContainerImageEditBodyImage,
    ContainerImageEditBodyImageTypedDict,
)
from .containerimageeditbodyresponseformat import ContainerImageEditBodyResponseFormat
from .containerimagegeneratesuccess import (
    ContainerImageGenerateSuccess,
    ContainerImageGenerateSuccessTypedDict,
)
from .containerimagegenerationbody import (
    ContainerImageGenerationBody,
    ContainerImageGenerationBodyTypedDict,
)
from .containerimagegenerationbodyresponseformat import (
    ContainerImageGenerationBodyResponseFormat,
)
from .imageinput import ImageInput, ImageInputTypedDict

__all__ = [
    "ContainerImageEditBody",
    "ContainerImageEditBodyImage",
    "ContainerImageEditBodyImageTypedDict",
    "ContainerImageEditBodyResponseFormat",
    "ContainerImageEditBodyTypedDict",
    "ContainerImageGenerateSuccess",
    "ContainerImageGenerateSuccessTypedDict",
    "ContainerImageGenerationBody",
    "ContainerImageGenerationBodyResponseFormat",
    "ContainerImageGenerationBodyTypedDict",
    "ImageInput",
    "ImageInputTypedDict",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
]
