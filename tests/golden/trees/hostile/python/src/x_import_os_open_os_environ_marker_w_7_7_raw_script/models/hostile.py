"""The Hostile model and its TypedDict twin."""

from __future__ import annotations

from typing import ClassVar, FrozenSet, Literal, Optional, Union

from pydantic import Field
from typing_extensions import NotRequired, TypedDict

from ..types import BaseModel


class HostileTypedDict(TypedDict):
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""

    class_: str
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""
    x_import_os_open_os_environ_marker_w_7_7_raw_script: NotRequired[
        Union[
            HostileXImportOsOpenOsEnvironMARKERW77RawScript,
            Literal[
                'x"""; import os; open(os.environ["MARKER"], "w"); """ {{ 7*7 }} {% raw %} */ \\ \' | <script>`\u202e\x00\x07 ```',
                "__import__('os')",
                "def",
                "1x",
                "",
                "a|b",
            ],
        ]
    ]
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""
    init: NotRequired[int]
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""
    model_config_: NotRequired[bool]
    self_: NotRequired[float]
    etc_passwd: NotRequired[str]


class Hostile(BaseModel):
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""

    class_: str = Field(alias="class")
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""
    x_import_os_open_os_environ_marker_w_7_7_raw_script: Optional[
        HostileXImportOsOpenOsEnvironMARKERW77RawScript
    ] = Field(
        default=None,
        alias='x"""; import os; open(os.environ["MARKER"], "w"); """ {{ 7*7 }} {% raw %} */ \\ \' | <script>`\u202e\x00\x07 ```',
    )
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""
    init: Optional[int] = Field(default=None, alias="__init__")
    """x\"\"\"; import os; open(os.environ["MARKER"], "w"); \"\"\" {{ 7*7 }} {% raw %} */ \\ ' | <script>`\u202e\x00\x07 ```"""
    model_config_: Optional[bool] = Field(default=None, alias="model_config")
    self_: Optional[float] = Field(default=None, alias="self")
    etc_passwd: Optional[str] = Field(default=None, alias="../../etc/passwd")

    _sdk_nullable: ClassVar[FrozenSet[str]] = frozenset({})


# Imported last: models may refer to each other in cycles. Annotations are strings here, and
# pydantic resolves them against this module when the model is first used.
from .hostileximportosopenosenvironmarkerw77rawscript import (
    HostileXImportOsOpenOsEnvironMARKERW77RawScript,
)
