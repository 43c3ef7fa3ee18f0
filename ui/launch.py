"""The ``sapporo-mice`` entry point: the core's CLI, with the desktop app as what runs without a command.

It lives in the front end so that the core never imports ``ui`` (the core's CLI takes the desktop
as an argument instead).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from sapporo_mice.cli.main import main as cli_main
    from ui.app import run_app  # Qt itself is imported only when the app starts

    return cli_main(argv, desktop=run_app)


if __name__ == "__main__":
    sys.exit(main())
