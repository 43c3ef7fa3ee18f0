"""The command-line interface (DESIGN §5). ``main`` is the ``sapporo-mice`` console script."""

from sapporo_mice.cli.main import main

__all__ = ["main"]
