"""Container"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from . import models, utils
from ._runtime import AsyncRuntime, OperationSpec, SyncRuntime

if TYPE_CHECKING:
    from .containerimage import AsyncContainerImage, ContainerImage


class Container:
    """Container"""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def image(self) -> ContainerImage:
        """Container.Image: imported on first use."""
        from .containerimage import ContainerImage

        return ContainerImage(self._runtime)


class AsyncContainer:
    """Container"""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def image(self) -> AsyncContainerImage:
        """Container.Image: imported on first use."""
        from .containerimage import AsyncContainerImage

        return AsyncContainerImage(self._runtime)
