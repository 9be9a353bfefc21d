"""``python -m generator``: signals are handled before the heavy imports, so that even an
early interrupt exits quietly with the documented code and touches nothing."""

import sys

from . import signals

signals.install()
try:
    from .cli import main
except BaseException:
    if signals.received is not None:  # interrupted while importing, however it surfaced
        sys.exit(128 + signals.received)
    raise

sys.exit(main())
