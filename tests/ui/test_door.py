"""The UI talks to the core only through its one door, ``Crm``, handed to every background job.

Static checks over ``ui/``: no database, engine or session, no reaching into ``crm.store``, and imports from
the core only of the door and of plain-value modules. And the start-up path imports no database layer: the
main window paints before SQLAlchemy is even loaded (the CRM opens on a worker).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = sorted((ROOT / "ui").rglob("*.py"))

# What the UI may import from the core: the door, and modules of plain values and pure functions.
ALLOWED = {
    "sapporo_mice.crm",  # Crm: opened once at start-up, then handed to the jobs
    "sapporo_mice.changes",  # what a write changed
    "sapporo_mice.errors",  # typed errors and field problems
    "sapporo_mice.messages",  # the core's messages in the user's language
    "sapporo_mice.settings",  # the one settings registry
    "sapporo_mice.paths",  # where files live
    "sapporo_mice.collection",  # when Python's cyclic collector runs (the GUI thread's timer drives it)
    "sapporo_mice.enums",  # the domain's closed vocabularies
    "sapporo_mice.countries",  # country names
    "sapporo_mice.formats",  # dates, times, yen in the user's language (shared with the CLI and the PDFs)
    "sapporo_mice.fiscal",  # the fiscal year (April to March, Japan time)
    "sapporo_mice.due",  # what is overdue (an open lead's follow-up, an unfinished task): the lists mark it
    "sapporo_mice.enum_labels",  # what each enum value is called (translated by Qt in the UI)
    "sapporo_mice.fonts",  # which bundled font draws which script (shared with the PDFs)
    "sapporo_mice.vocabulary",  # what record types and fields are called
    "sapporo_mice.plan_terms",  # the plan's pillars and what each computed indicator counts, by name
    "sapporo_mice.impact",  # the impact estimator's parameters and their form names (pure functions)
    "sapporo_mice.validation",  # the same cleaning rules as the services, for checking as the user types
    "sapporo_mice.students.vocab",  # the talent area's codes and their labels (residence statuses, industries …)
    "sapporo_mice.labels",  # enum labels in either language, from the catalogues the desktop compiles; suggested words
    "sapporo_mice.cli.main",  # the entry point hands the desktop to the CLI
}
FORBIDDEN_NAMES = {"Database", "Session", "sessionmaker", "create_engine", "Store", "Unit"}


def _imports(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module] if node.module != "sapporo_mice" else [f"sapporo_mice.{a.name}" for a in node.names]
            found += [(node.lineno, m) for m in modules]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
    return found


def test_the_ui_imports_only_the_door_and_plain_values_from_the_core():
    wrong = [f"{p.relative_to(ROOT)}:{line} {module}" for p in UI for line, module in _imports(p)
             if (module.startswith("sapporo_mice") and module not in ALLOWED) or module.startswith("sqlalchemy")]
    assert wrong == []


def test_the_ui_holds_no_database_session_or_store():
    wrong = []
    for path in UI:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("db", "store", "engine", "session"):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
            elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.id}")
    assert wrong == []


def test_the_start_up_path_loads_no_database_layer():
    script = ("import sys; import ui.app, ui.main_window, ui.views.home, ui.startup; "
              "print(sorted(m for m in ('sqlalchemy', 'alembic', 'sapporo_mice.models', 'sapporo_mice.crm') "
              "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_what_listens_to_the_context_is_a_bound_method():
    # The context and its job runner live as long as the app; a window or a view does not. Qt drops a connection
    # to a widget's method when the widget goes, but a lambda stays connected and touches deleted widgets.
    wrong = []
    for path in UI:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect" \
                    and node.args and isinstance(node.args[0], ast.Lambda) and "ctx." in ast.unparse(node.func):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node.func)}")
    assert wrong == []
