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
    from .chunk import Chunk, ChunkTypedDict
    from .event import Event, EventTypedDict
    from .problem import Problem, ProblemTypedDict
    from .streamchatrequestbody import (
        StreamChatRequestBody,
        StreamChatRequestBodyTypedDict,
    )

_MODULES: Dict[str, str] = {
    "Chunk": "chunk",
    "ChunkTypedDict": "chunk",
    "Event": "event",
    "EventTypedDict": "event",
    "Problem": "problem",
    "ProblemTypedDict": "problem",
    "StreamChatRequestBody": "streamchatrequestbody",
    "StreamChatRequestBodyTypedDict": "streamchatrequestbody",
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
    "Chunk",
    "ChunkTypedDict",
    "Event",
    "EventTypedDict",
    "Problem",
    "ProblemTypedDict",
    "RequestValidationError",
    "ResponseValidationError",
    "SDKBaseError",
    "SDKConnectionError",
    "SDKError",
    "SDKTimeoutError",
    "StreamChatRequestBody",
    "StreamChatRequestBodyTypedDict",
]
