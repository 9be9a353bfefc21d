"""The version of this SDK, as published."""

__version__: str = "1.0.0"
