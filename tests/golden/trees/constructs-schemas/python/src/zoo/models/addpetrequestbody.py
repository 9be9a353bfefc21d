"""The AddPetRequestBody model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from typing_extensions import TypedDict

from ..types import BaseModel


class AddPetRequestBodyTypedDict(TypedDict):
    pet: PetTypedDict


class AddPetRequestBody(BaseModel):
    pet: Pet

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .pet import Pet, PetTypedDict
