"""Container"""

from __future__ import annotations

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime

from .containerimage import AsyncContainerImage, ContainerImage


class Container:
    """Container"""

    image: ContainerImage

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime
        self.image = ContainerImage(runtime)


class AsyncContainer:
    """Container"""

    image: AsyncContainerImage

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime
        self.image = AsyncContainerImage(runtime)
