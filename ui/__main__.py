"""``python -m ui``: the same entry point as the ``sapporo-mice`` console script."""

import sys

from ui.launch import main

sys.exit(main())
