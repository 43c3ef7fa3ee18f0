"""What every command gets: parsed options, the chosen language, output helpers and a lazy CRM."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any

from sapporo_mice.messages import render

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
# What a REF argument takes (RecordService.resolve): one help text for every command that names a record.
REF_HELP = "the record's id or name (a part of the name that only it has will do)"


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

            self._crm = Crm.open(self.db_url, passphrase=self.passphrase())
        return self._crm

    def passphrase(self) -> str | None:
        """The passphrase of an encrypted database file: ``SAPPORO_MICE_PASSPHRASE``, else asked on the terminal
        (None for any other database, or with neither: opening it then says a passphrase is needed)."""
        from sapporo_mice.cli.safety_commands import database_passphrase

        return database_passphrase(self)

    def say(self, code: str, **params: Any) -> None:
        """A human message on stdout (stderr when --json owns stdout)."""
        stream = sys.stderr if self.json else sys.stdout
        print(render(code, self.lang, **params), file=stream)

    def emit(self, data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))

    def close(self) -> None:
        if self._crm is not None:
            self._crm.close()
