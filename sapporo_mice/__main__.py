"""``python -m sapporo_mice``: the same entry point as the ``sapporo-mice`` console script."""

import sys

from sapporo_mice.cli import main

if __name__ == "__main__":
    sys.exit(main())
