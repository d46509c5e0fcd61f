import sys

from skolgrupp.cli import main

sys.exit(main())
