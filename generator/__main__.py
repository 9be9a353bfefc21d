"""``python -m generator``: signals are handled before the heavy imports, so that even an
early interrupt exits quietly with the documented code and touches nothing."""

import sys

from .signals import Interrupted, install

install()
try:
    from .cli import main
except KeyboardInterrupt:
    sys.exit(130)
except Interrupted as exc:
    sys.exit(128 + exc.signum)

sys.exit(main())
