"""``python -m sapporo_mice``: the command-line interface without the desktop app (``python -m ui`` has both)."""

import sys

from sapporo_mice.cli import main

if __name__ == "__main__":
    sys.exit(main())
