"""The version of this SDK, as published, and of the API it was generated from."""

__version__: str = "0.1.0"
__api_version__: str = '1.0.0"; import os'  # the spec's info.version
