"""The editor window of one record: form, Save/Cancel/Delete, dirty state, conflicts, and its tabs.

All database work goes through ``ctx.jobs``; after a write the editor publishes the core's
``Changes`` so lists refresh, and it reloads itself when someone else changed its record (unless
the user has unsaved edits).
"""

from __future__ import annotations

from typing import Any

from sapporo_mice.errors import CrmError, StaleVersionError, ValidationError
from ui.briefs import brief_button
from ui.editors.conflict import ConflictDialog, FieldConflict
from ui.editors.declarations import TITLE_FIELDS
from ui.editors.extra_tabs import extra_tabs, tab_title
from ui.editors.field_labels import type_label
from ui.editors.form import RecordForm, is_warning, render_problem
from ui.editors.linked import ActivitiesPanel, AttachmentsPanel, TasksPanel, is_linkable, open_file_button
from ui.editors.panels import HistoryPanel, RelatedPanel, related_specs
from ui.feedback import ERROR_STYLE, OK_STYLE
from ui.qt import (
    QDialogButtonBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.values import window_title


def record_title(crm, record_type: str, record: dict[str, Any], lang: str | None = None) -> str:
    """What names ``record`` in ``lang``: its name in that language where it has one each (the services' rule, as
    search hits are titled), else its title field."""
    shown = crm.service(record_type).title_of(record, lang) if lang else None
    return shown or next((str(record[f]) for f in (TITLE_FIELDS.get(record_type, "name"), "name") if record.get(f)), "")


def load_record(crm, record_type: str, record_id: str, lang: str | None = None) -> dict[str, Any]:
    """The record plus the titles (in ``lang``) of the records its reference fields point at (worker thread)."""
    from ui.editors.declarations import FORMS

    record = crm.service(record_type).get(record_id)
    titles = {}
    for decl in FORMS[record_type]:
        if decl.kind == "ref" and record.get(decl.name):
            try:
                titles[decl.name] = record_title(crm, decl.arg, crm.service(decl.arg).get(record[decl.name]), lang)
            except CrmError:
                titles[decl.name] = record[decl.name]
        elif decl.kind == "linked" and record.get(decl.name) and record.get("record_type"):
            try:
                linked = crm.service(record["record_type"]).get(record[decl.name])
                titles[decl.name] = record_title(crm, record["record_type"], linked, lang)
            except CrmError:  # deleted since: the kind still shows
                titles[decl.name] = ""
    return {"record": record, "titles": titles}


def _entries(items: Any) -> list[str]:
    return [t.get("email") or t.get("raw") if isinstance(t, dict) else t for t in items or []]


class RecordEditor(QWidget):
    """A top-level, non-modal window. ``saved(record)`` after each successful write."""

    saved = Signal(object)
    record_opened = Signal(str, str)

    def __init__(self, ctx, record_type: str, record_id: str | None = None, parent: QWidget | None = None, *,
                 initial: dict[str, Any] | None = None, titles: dict[str, str] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.record_type, self.record_id = ctx, record_type, record_id
        self.fields = ctx.crm.service(record_type).fields  # the core's own field specs: the form checks with them
        self.type_label = type_label(record_type)
        self.record: dict[str, Any] = {}
        self.titles: dict[str, str] = {}
        self.busy = False
        self.deleted = False
        self.conflict_dialog: ConflictDialog | None = None
        self._close_after_save = False
        self.closed = False
        self._build()
        self.form.set_record({})
        if not record_id:
            self.form.start_new(ctx.crm.service(record_type).new_values(ctx.actor) if ctx.crm is not None else {})
        if initial and not record_id:
            self.form.preset(initial, titles or {})
        self._refresh_title()
        ctx.changed.connect(self._on_changed)
        if record_id:
            self.reload()
        else:
            self._enable_record_tabs(False)

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.form = RecordForm(self.record_type, self.fields, self.ctx.lang, search=self._search,
                               default_country=lambda: self.ctx.settings.get("default_country"), parent=self)
        self.form.edited.connect(self._refresh_title)
        self.form.open_record.connect(self.open_other)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.related = [RelatedPanel(self.ctx, t, f, c, self) for t, f, c in related_specs(self.record_type)]
        self.extra = extra_tabs(self)  # areas' own tabs (a company's export case, a bid's impact …)
        for panel in self.extra:
            self.tabs.addTab(panel, tab_title(panel))
        if self.related:
            self.tabs.addTab(self._related_tab(), self.tr("Related"))
        self.linked = []
        if is_linkable(self.ctx, self.record_type):
            for panel, text in ((ActivitiesPanel, self.tr("Activities")), (TasksPanel, self.tr("Tasks")),
                                (AttachmentsPanel, self.tr("Attachments"))):
                widget = panel(self.ctx, self.record_type, self)
                self.linked.append(widget)
                self.tabs.addTab(widget, text)
        self.history = HistoryPanel(self.ctx, self.record_type, self)
        self.tabs.addTab(self.history, self.tr("History"))
        for panel in (*self.related, *self.linked, *self.extra):
            if hasattr(panel, "open_record"):
                panel.open_record.connect(self.open_other)
        for panel in (*self.related, *self.extra):
            panel.parent_title = lambda: record_title(self.ctx.crm, self.record_type, self.record, self.ctx.lang)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.clicked.connect(self.restore)
        self.undo_button.hide()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.undo_button)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._buttons())
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(960, 680)

    def _related_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for panel in self.related:
            splitter.addWidget(panel)
        return splitter

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.save_button = box.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button = box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setToolTip(self.tr("Close (Esc)"))
        self.delete_button = box.addButton(self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.brief_button = brief_button(self)  # the record's PDF pack, where its area offers one here
        if self.brief_button is not None:
            box.addButton(self.brief_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_file_button = open_file_button(self)  # an attachment's file
        if self.open_file_button is not None:
            box.addButton(self.open_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.close)
        self.delete_button.clicked.connect(self.delete)
        return box

    def _enable_record_tabs(self, enabled: bool) -> None:
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, enabled)
        self.delete_button.setEnabled(enabled)
        for button in (self.brief_button, self.open_file_button):
            if button is not None:
                button.setEnabled(enabled)

    def _refresh_title(self) -> None:
        # A record with no name of its own (a match) is named by the records it joins: "王 偉 × インターン".
        joined = " × ".join(t for t in (getattr(self, "titles", None) or {}).values() if t)
        name = (record_title(self.ctx.crm, self.record_type, self.record, self.ctx.lang)
                or (joined if self.record_id else "") or self.tr("New"))
        self.setWindowTitle(window_title(f"{name}[*]", type_label(self.record_type)))
        self.setWindowModified(self.form.is_dirty())

    def _say(self, text: str, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.banner.setVisible(bool(text))

    # ------------------------------------------------------------------ load
    def reload(self) -> None:
        record_type, record_id = self.record_type, self.record_id
        lang = self.ctx.lang
        self.ctx.jobs.run("load", lambda crm, _c: load_record(crm, record_type, record_id, lang), owner=self,
                          on_done=self._loaded, on_error=self._failed, subject=self.type_label)

    def _loaded(self, loaded: dict[str, Any]) -> None:
        self.record, self.titles = loaded["record"], loaded["titles"]
        self.form.set_record(self.record, self.titles)
        self._refresh_title()
        self._enable_record_tabs(True)
        self._load_panels()

    def _load_panels(self) -> None:
        for panel in (*self.related, *self.linked, *self.extra, self.history):
            panel.load(self.record_id)

    def _on_changed(self, changes) -> None:
        if not self.record_id or self.busy:
            return
        if self.record_id in changes.touched.get(self.record_type, ()) and not self.form.is_dirty():
            self.reload()
            return
        for panel in self.related:
            if changes.affects(panel.child_type):
                panel.load(self.record_id)
        for panel in self.extra:
            if any(changes.affects(t) for t in getattr(panel, "record_types", ())):
                panel.load(self.record_id)

    def _search(self, record_type: str, text: str, done) -> None:
        lang = self.ctx.lang

        def pick(crm: Any, _c: Any) -> list[tuple[str, str]]:
            # the search row holds one title: a record named in each language is named in the reader's
            return [(h.title, h.id) for h in crm.search.find(text, limit=20, types=(record_type,), lang=lang)]

        self.ctx.jobs.run("pick", pick, owner=self, on_done=done, serial=False)

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        if self.busy or self.deleted:
            return
        problems = [p for p in self.form.check() if not is_warning(p)]
        if problems:
            self._say(self.tr("Please correct the highlighted fields."), error=True)
            return
        values = self.form.changed_values() if self.record_id else self.form.new_values()
        if self.record_id and not values:
            self._after_save_noop()
            return
        self._write(values, self.record.get("version"))

    def _after_save_noop(self) -> None:
        self._say(self.tr("No changes to save."))
        if self._close_after_save:
            self.close()

    def _write(self, values: dict[str, Any], version: int | None) -> None:
        self.busy = True
        self.save_button.setEnabled(False)
        record_type, actor, record_id = self.record_type, self.ctx.actor, self.record_id

        def op(crm: Any, _c: Any) -> Any:
            service = crm.service(record_type)
            if record_id:
                return service.update(record_id, values, actor=actor, expected_version=version)
            return service.create(values, actor=actor)

        self._pending = values
        self.ctx.jobs.run("save", op, owner=self, on_done=self._saved, on_error=self._save_failed,
                          subject=self.type_label)

    def _saved(self, saved) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        new = self.record_id is None
        self.record_id = saved.id
        self.record = saved.record
        self.form.set_record(self.record, {**self.titles, **self._picked_titles()})
        for problem in saved.warnings:
            self.form.show_problems([problem])
        self._say(self.tr("Saved."))
        self._refresh_title()
        if new:
            self.ctx.windows.add(("editor", self.record_type, saved.id), self)  # now that record's window
            self._enable_record_tabs(True)
        self._load_panels()
        self.ctx.publish(saved.changes)
        self.saved.emit(saved.record)
        if self._close_after_save:
            self.close()

    def _picked_titles(self) -> dict[str, str]:
        return {name: row.widget.line.text() for name, row in self.form.rows.items() if row.decl.kind == "ref"}

    def _save_failed(self, error: BaseException) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self._close_after_save = False
        if isinstance(error, StaleVersionError):
            self._start_conflict()
        elif isinstance(error, ValidationError):
            unplaced = self.form.show_problems(error.problems)
            text = self.tr("Not saved: please correct the highlighted fields.")
            extra = " ".join(render_problem(self.record_type, p, self.ctx.lang) for p in unplaced)
            self._say(f"{text} {extra}".strip(), error=True)
        else:
            self._failed(error)

    def _failed(self, error: BaseException) -> None:
        message = error.message(self.ctx.lang) if isinstance(error, CrmError) else str(error)
        self._say(message, error=True)

    # ------------------------------------------------------------- conflicts
    def _start_conflict(self) -> None:
        record_type, record_id, lang = self.record_type, self.record_id, self.ctx.lang
        mine = dict(self._pending)

        def op(crm: Any, _c: Any) -> Any:
            return (load_record(crm, record_type, record_id, lang),
                    crm.history.latest_field_changes(record_type, record_id))

        self.ctx.jobs.run("conflict", op, owner=self, on_done=lambda result: self._resolve(mine, *result),
                          on_error=self._failed)

    def _resolve(self, mine: dict[str, Any], loaded: dict[str, Any], latest: dict[str, Any]) -> None:
        theirs, base = loaded["record"], self.record
        # A conflict is a field both people changed, to different values; the rest merges silently.
        conflicts = [FieldConflict(name, value, theirs.get(name), latest.get(name))
                     for name, value in mine.items()
                     if not self._same(name, base.get(name), theirs.get(name))
                     and not self._same(name, value, theirs.get(name))]
        self.record = theirs
        self.titles.update(loaded["titles"])
        picked = self._picked_titles()
        self.form.set_record(theirs, self.titles)
        for name, value in mine.items():
            self._put(name, value, picked.get(name))
        self._refresh_title()
        if not conflicts:
            self._write(self.form.changed_values(), theirs["version"])
            return
        self.conflict_dialog = ConflictDialog(self.record_type, conflicts, theirs.get("updated_by"), self)
        self.conflict_dialog.accepted.connect(lambda: self._apply_choices(theirs))
        self.conflict_dialog.open()

    def _apply_choices(self, theirs: dict[str, Any]) -> None:
        for name, keep in self.conflict_dialog.choices().items():
            if keep == "theirs":
                self._put(name, theirs.get(name), self.titles.get(name))
        self.conflict_dialog = None
        values = self.form.changed_values()
        if values:
            self._write(values, theirs["version"])
        else:
            self._refresh_title()

    def _same(self, name: str, mine: Any, theirs: Any) -> bool:
        row = self.form.rows.get(name)
        if row is None:
            return mine == theirs
        if row.decl.kind in ("emails", "phones"):
            mine, theirs = _entries(mine), _entries(theirs)
        return self.form._comparable(row, mine) == self.form._comparable(row, theirs)

    def _put(self, name: str, value: Any, title: str | None = None) -> None:
        row = self.form.rows[name]
        if row.decl.kind == "ref":
            row.widget.set_ref(value, title or value or "")
        else:
            row.widget.set_value(value)

    # ---------------------------------------------------------- delete, undo
    def delete(self) -> None:
        if not self.record_id or self.busy:
            return
        record_type, record_id, actor = self.record_type, self.record_id, self.ctx.actor
        version = self.record.get("version")  # a delete of what the user saw: refused if it changed meanwhile

        def op(crm, _c):
            return crm.service(record_type).delete(record_id, actor=actor, expected_version=version)

        self.ctx.jobs.run("delete", op, owner=self, on_done=self._deleted, on_error=self._failed,
                          subject=self.type_label)

    def _deleted(self, changes) -> None:
        self.deleted = True
        self.form.setEnabled(False)
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self._say(self.tr("Deleted. You can undo this."))
        self.undo_button.show()
        self.ctx.publish(changes)

    def restore(self) -> None:
        record_type, record_id, actor = self.record_type, self.record_id, self.ctx.actor
        self.ctx.jobs.run("restore", lambda crm, _c: crm.service(record_type).restore(record_id, actor=actor),
                          owner=self, on_done=self._restored, on_error=self._failed, subject=self.type_label)

    def _restored(self, saved) -> None:
        self.deleted = False
        self.form.setEnabled(True)
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.undo_button.hide()
        self._say(self.tr("Restored."))
        self.ctx.publish(saved.changes)
        self.reload()

    # ----------------------------------------------------------------- close
    def open_other(self, record_type: str, record_id: str) -> None:
        from ui.editors import open_editor

        self.record_opened.emit(record_type, record_id)
        open_editor(self.ctx, record_type, record_id, self.parentWidget())

    def ask_save_changes(self) -> str:
        """"save", "discard" or "cancel" (tests replace this to answer without a modal box)."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save your changes to this record?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")

    def closeEvent(self, event) -> None:
        if self.busy or (not self.deleted and self.form.is_dirty()):
            answer = "cancel" if self.busy else self.ask_save_changes()
            if answer == "cancel":
                event.ignore()
                return
            if answer == "save":
                self._close_after_save = True
                event.ignore()
                self.save()
                return
        try:
            self.ctx.changed.disconnect(self._on_changed)
        except (RuntimeError, TypeError):
            pass  # already disconnected by an earlier close
        self.closed = True
        event.accept()
