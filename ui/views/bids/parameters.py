"""Settings for bids: the economic-impact estimator's default parameters, each with its source and year, and the
default probability of each pipeline stage. They are the office's (shared settings: one value for every user,
carried by sync); a bid keeps the parameters it was estimated with, so changing a default changes no saved
estimate (the bid shows the difference)."""

from __future__ import annotations

from typing import Any

from sapporo_mice.enums import BidStage
from ui.feedback import ERROR_STYLE, error_text
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ui.values import enum_label
from ui.views.bids.impact import ParameterEditors, flat, nested

STAGES = tuple(BidStage)


class ParametersDialog(QDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Impact parameters and stage probabilities"))
        self.parameters = ParameterEditors(ctx.lang, lambda: None, self, show_defaults=False)
        self.probabilities: dict[str, QSpinBox] = {}
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.builtin: dict[str, Any] = {}
        self._build()
        self.resize(1000, 640)
        ctx.jobs.run("related", lambda crm, _c: {
            "defaults": crm.bids.impact_defaults(), "sources": crm.bids.impact_sources(),
            "probabilities": {s.value: p for s, p in crm.bids.stage_probabilities().items()}},
            owner=self, on_done=self._loaded, on_error=self._failed, serial=False)

    def _build(self) -> None:
        impact = QGroupBox(self.tr("Economic-impact estimate: default parameters"), self)
        i = QVBoxLayout(impact)
        note = QLabel(self.tr("These defaults are the office's: saved here, they reach every computer at its next "
                              "sync. A bid keeps the parameters it was estimated with; changing a default here "
                              "changes no saved estimate. Parameters without a survey figure are marked as the "
                              "city's assumptions."), impact)
        note.setWordWrap(True)
        i.addWidget(note)
        i.addWidget(self.parameters)
        i.addStretch(1)
        stages = QGroupBox(self.tr("Default probability of each stage"), self)
        form = QFormLayout(stages)
        for stage in STAGES:
            spin = QSpinBox(stages, minimum=0, maximum=100, suffix="%")
            spin.setAccessibleName(enum_label(BidStage, stage.value))
            self.probabilities[stage.value] = spin
            form.addRow(enum_label(BidStage, stage.value), spin)
        content = QWidget(self)
        row = QHBoxLayout(content)
        row.addWidget(impact, 3)
        row.addWidget(stages, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        reset = QPushButton(self.tr("Restore the published figures"), self)
        reset.clicked.connect(self.restore_builtin)
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _loaded(self, loaded: dict[str, Any]) -> None:
        values = flat(loaded["defaults"])
        self.parameters.set_defaults(values, loaded["sources"])
        self.parameters.set_values(values)
        for key, value in loaded["probabilities"].items():
            self.probabilities[key].setValue(value)

    def restore_builtin(self) -> None:
        """The survey's figures and the built-in stage probabilities (saved only with Save)."""
        self.ctx.jobs.run("related", lambda crm, _c: crm.bids.builtin_defaults(), owner=self,
                          on_done=self._restored, on_error=self._failed, serial=False)

    def _restored(self, builtin: dict[str, Any]) -> None:
        self.parameters.set_values(flat(builtin["parameters"]))
        for key, value in builtin["probabilities"].items():
            self.probabilities[key].setValue(value)

    def save(self) -> None:
        values = nested(self.parameters.values())
        probabilities = {key: spin.value() for key, spin in self.probabilities.items()}

        actor = self.ctx.actor

        def store(crm: Any, _c: Any) -> Any:  # one transaction; a wrong value is refused with its name
            return crm.bids.set_office_defaults(values, probabilities, actor=actor)

        self.ctx.jobs.run("save", store, owner=self, subject=self.windowTitle(), on_error=self._failed,
                          on_done=self._stored)

    def _stored(self, changes: Any) -> None:
        self.ctx.publish(changes)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error, self.ctx.lang))


def open_parameters(ctx: Any, parent: QWidget | None = None) -> ParametersDialog:
    dialog = ParametersDialog(ctx, parent)
    dialog.open()
    return dialog
