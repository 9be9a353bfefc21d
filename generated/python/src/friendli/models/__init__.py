"""The SDK's data models: request and response bodies, enums, unions and errors.

Each model lives in a module of its own, imported on first use: importing the SDK stays fast
however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

from ._errors import (
    RequestValidationError,
    ResponseValidationError,
    SDKBaseError,
    SDKConnectionError,
    SDKError,
    SDKTimeoutError,
)

if TYPE_CHECKING:
    from .containerimageeditbody import (
        ContainerImageEditBody,
        ContainerImageEditBodyTypedDict,
    )
    from .containerimageeditbodyimage import (
        ContainerImageEditBodyImage,
        ContainerImageEditBodyImageTypedDict,
    )
    from .containerimageeditbodyresponseformat import (
        ContainerImageEditBodyResponseFormat,
    )
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

_MODULES: Dict[str, str] = {
    "ContainerImageEditBody": "containerimageeditbody",
    "ContainerImageEditBodyTypedDict": "containerimageeditbody",
    "ContainerImageEditBodyImage": "containerimageeditbodyimage",
    "ContainerImageEditBodyImageTypedDict": "containerimageeditbodyimage",
    "ContainerImageEditBodyResponseFormat": "containerimageeditbodyresponseformat",
    "ContainerImageGenerateSuccess": "containerimagegeneratesuccess",
    "ContainerImageGenerateSuccessTypedDict": "containerimagegeneratesuccess",
    "ContainerImageGenerationBody": "containerimagegenerationbody",
    "ContainerImageGenerationBodyTypedDict": "containerimagegenerationbody",
    "ContainerImageGenerationBodyResponseFormat": "containerimagegenerationbodyresponseformat",
    "ImageInput": "imageinput",
    "ImageInputTypedDict": "imageinput",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(__all__)


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
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
]
