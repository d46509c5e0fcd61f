"""The bundled program's entry point: the same as the ``skolgrupp`` command."""

import sys

from skolgrupp.cli import main

sys.exit(main())
