"""The ListClientsResponse model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet

from pydantic import Field
from typing_extensions import TypedDict

from ..types import BaseModel


class ListClientsResponseTypedDict(TypedDict):
    client: ClientTypedDict
    response: ResponseTypedDict
    pet_store: PetStoreV1TypedDict
    pet_store2: PetStoreV12TypedDict
    place: Model1StPlaceTypedDict
    cafe: CafeTypedDict


class ListClientsResponse(BaseModel):
    client: Client
    response: Response
    pet_store: PetStoreV1 = Field(alias="petStore")
    pet_store2: PetStoreV12 = Field(alias="pet_store")
    place: Model1StPlace
    cafe: Cafe

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .cafe import Cafe, CafeTypedDict
from .client import Client, ClientTypedDict
from .model1stplace import Model1StPlace, Model1StPlaceTypedDict
from .petstorev1 import PetStoreV1, PetStoreV1TypedDict
from .petstorev12 import PetStoreV12, PetStoreV12TypedDict
from .response import Response, ResponseTypedDict
