"""The ImportAccountsRequestBody model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, List, Sequence, Union

from typing_extensions import TypedDict

from ..types import BaseModel


class ImportAccountsRequestBodyTypedDict(TypedDict):
    accounts: Sequence[Union[Account, AccountTypedDict]]


class ImportAccountsRequestBody(BaseModel):
    accounts: List[Account]

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .account import Account, AccountTypedDict
