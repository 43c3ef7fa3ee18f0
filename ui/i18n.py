"""The translation pipeline: compile the committed ``.ts`` into ``.qm`` once, then install them at start.

``resources/translations/<area>_<lang>.ts`` are the sources (one pair per area so engineers never
edit the same file). ``.qm`` files are never committed. :func:`build_catalogues` compiles each one
that is missing or older than its ``.ts`` with PySide6's bundled ``lrelease`` — next to the ``.ts``
when that folder is writable, else into the data dir. It runs:

- when a catalogue is missing at start (the first start after installing from a checkout): start-up
  only lists the folders to see that each ``.ts`` of the language has its ``.qm``. It does not compare
  times, so a checkout whose ``.ts`` changed (a pull) keeps its older ``.qm`` until the next build;
- from the tools that edit the ``.ts`` (``tools/update_translations.py``, ``tools/fairs_translations.py``),
  before the tests (``tests/ui/conftest.py``), and by hand: ``python -m ui.i18n``;
- in the PyInstaller build (``build_installer.spec``), which ships the ``.qm`` files ready.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from sapporo_mice import paths
from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("ja", "en")
_installed: list[QTranslator] = []
_language = ["en"]  # the language installed last: the core's own tables (vocabulary, messages) follow it


def language() -> str:
    """The UI's language, for texts the core gives in both (field and record type names, messages)."""
    return _language[0]


def sources_dir() -> Path:
    return paths.resources_dir() / "translations"


def output_dir() -> Path:
    folder = sources_dir()
    if folder.is_dir() and os.access(folder, os.W_OK):
        return folder
    target = paths.data_dir() / "translations"
    target.mkdir(parents=True, exist_ok=True)
    return target


def lrelease_command() -> list[str] | None:
    """PySide6's own lrelease (the wheel bundles the binary), else one on PATH."""
    import shutil

    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if bundled.exists():
            return [str(bundled)]
    except ImportError:  # pragma: no cover - PySide6 is what runs this module
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def build_catalogues(*, force: bool = False) -> list[Path]:
    """Compile every ``.ts`` whose ``.qm`` is missing or older (every one with ``force``) into ``.qm``;
    returns the ``.qm`` files built."""
    import subprocess

    command = lrelease_command()
    built = []
    for ts in sorted(sources_dir().glob("*.ts")):
        qm = output_dir() / (ts.stem + ".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if command is None:
            log.warning("no lrelease found: %s stays uncompiled", ts.name)
            continue
        # Built beside it and renamed into place: start-up only looks for each .qm, so a half-written one
        # (a build cut short, two first starts at once) would stay, and the language show untranslated.
        part = qm.with_name(f"{qm.name}.{os.getpid()}.part")
        try:
            result = subprocess.run([*command, "-silent", str(ts), "-qm", str(part)], capture_output=True, text=True)
            if result.returncode == 0 and part.exists():
                os.replace(part, qm)
                built.append(qm)
            else:
                log.warning("lrelease failed on %s: %s", ts.name, result.stderr.strip())
        finally:
            part.unlink(missing_ok=True)
    return built


def catalogues(lang: str) -> list[Path]:
    """Every compiled ``*_<lang>.qm`` (the app's areas), wherever it was built."""
    found = {}
    for folder in (sources_dir(), paths.data_dir() / "translations"):
        for name in sorted(_names(folder)):
            if name.endswith(f"_{lang}.qm"):
                found.setdefault(name, folder / name)
    return list(found.values())


def missing_catalogues(lang: str) -> list[str]:
    """The ``*_<lang>.ts`` with no ``.qm`` in either folder: names only (a listing per folder, no stat)."""
    compiled = {qm.stem for qm in catalogues(lang)}
    return sorted(name for name in _names(sources_dir())
                  if name.endswith(f"_{lang}.ts") and name[: -len(".ts")] not in compiled)


def _names(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:  # no such folder (a frozen build has no data-dir catalogues)
        return []


def uninstall() -> None:
    """Remove the translators this module installed (the UI falls back to the English sources)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language[0] = "en"  # the sources are English
    QLocale.setDefault(locale_for("en"))  # and so are dates and numbers (a Japanese locale no longer lingers)


def install(lang: str) -> list[str]:
    """Remove any installed translators, then install Qt's own and every area catalogue for ``lang``."""
    uninstall()
    _language[0] = lang if lang in LANGUAGES else "en"
    app = QCoreApplication.instance()
    QLocale.setDefault(locale_for(lang))
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)] + [(str(qm), "") for qm in catalogues(lang)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) if folder else translator.load(name):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(Path(name).name)
    return loaded


def locale_for(lang: str) -> QLocale:
    """Dates and numbers follow the language: Japanese in Japan, else the OS's own English locale."""
    if lang == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def setup(lang: str) -> list[str]:
    """Install ``lang``'s catalogues, building them first only if one is missing (see the module's doc)."""
    lang = lang if lang in LANGUAGES else "en"
    if missing_catalogues(lang):
        build_catalogues()
    return install(lang)


def translate_calls(sources: list[Path]) -> set[tuple[str, str, bool]]:
    """(context, text, plural) of every ``QCoreApplication.translate("Context", "text", …)`` call in
    ``sources`` whose context and text are literals.

    PySide6 6.11's lupdate does not see such a call when it passes a count (``…, None, n)``): a
    refresh that let it rewrite the catalogues dropped those plural messages, and the completeness
    test (built on lupdate) could not notice. ``tools/update_translations.py`` now only appends, and
    a test checks these calls against the catalogues. (``self.tr`` is no substitute: PySide6 looks a
    message up under the object's own class, so a base class's strings would go untranslated in its
    subclasses.)
    """
    import ast

    found: set[tuple[str, str, bool]] = set()
    for source in sources:
        for node in ast.walk(ast.parse(Path(source).read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "QCoreApplication" and len(node.args) >= 2):
                continue
            context, text = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                plural = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
                found.add((context.value, text.value, plural))
    return found


def main() -> int:
    """``python -m ui.i18n [--force]``: compile the catalogues whose ``.ts`` changed (every one with --force)."""
    force = "--force" in sys.argv[1:]
    if lrelease_command() is None:
        print("no lrelease found (PySide6's bundled one, pyside6-lrelease or lrelease)", file=sys.stderr)
        return 1
    built = build_catalogues(force=force)
    for qm in built:
        print(f"built {qm}")
    missing = [ts.name for ts in sorted(sources_dir().glob("*.ts"))
             if not (output_dir() / (ts.stem + ".qm")).exists()]
    if missing:
        print(f"not built: {', '.join(missing)}", file=sys.stderr)
        return 1
    if not built:
        print(f"catalogues up to date in {output_dir()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
