"""The version of this SDK, as published."""

__version__: str = "0.1.0"
