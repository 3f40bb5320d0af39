"""``python -m sanctions_screen``: the command line."""

import sys

from sanctions_screen.cli import main

sys.exit(main())
