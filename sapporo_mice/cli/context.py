"""What every command gets: parsed options, the chosen language, output helpers and a lazy CRM."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any

from sapporo_mice.messages import render

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


@dataclass
class CommandContext:
    args: Any
    lang: str
    json: bool
    db_url: str | None
    actor: str
    _crm: Any = field(default=None, repr=False)

    def crm(self):
        if self._crm is None:
            from sapporo_mice.crm import Crm

            self._crm = Crm.open(self.db_url)
        return self._crm

    def say(self, code: str, **params: Any) -> None:
        """A human message on stdout (stderr when --json owns stdout)."""
        stream = sys.stderr if self.json else sys.stdout
        print(render(code, self.lang, **params), file=stream)

    def emit(self, data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))

    def close(self) -> None:
        if self._crm is not None:
            self._crm.close()
