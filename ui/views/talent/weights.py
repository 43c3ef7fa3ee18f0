"""The office's matching weights: a row per criterion with its meaning, its weight and the share of the score it
makes (recomputed as the weights change); Save applies them for everyone (a shared setting, carried by sync),
and every open list of suggestions re-ranks."""

from __future__ import annotations

from typing import Any

from sapporo_mice import formats
from ui.feedback import MUTED_STYLE, error_text, message_label
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

MAXIMUM = 100.0


class WeightsDialog(QDialog):
    """Edit the matching weights; the shares are shown live, Save applies them."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Any] = []
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.shares: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Matching weights"))
        self.intro = QLabel(self.tr("How much each criterion counts in a suggestion's score (0–100). A pair must "
                                    "first pass every condition (consent, Japanese, graduation, residence status); "
                                    "the weights only rank those that do. The office shares one set of weights."),
                            self)
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(3, 1)
        self.message = message_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.defaults_button = QPushButton(self.tr("Restore defaults"), self)
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        lang = ctx.lang
        ctx.jobs.run("weights", lambda crm, _c: crm.matching.weights_table(lang), owner=self, on_done=self._loaded,
                     on_error=self._failed, serial=False)

    def _loaded(self, rows: list[Any]) -> None:
        self.rows = rows
        for column, text in enumerate((self.tr("Criterion"), self.tr("Weight"), self.tr("Share"),
                                       self.tr("What it measures"))):
            heading = QLabel(f"<b>{text}</b>", self)
            self.grid.addWidget(heading, 0, column)
        for index, row in enumerate(rows, 1):
            spin = QDoubleSpinBox(self)
            spin.setRange(0.0, MAXIMUM)
            spin.setDecimals(0)
            spin.setValue(row.weight)
            spin.setAccessibleName(row.label)
            spin.valueChanged.connect(lambda _v: self._update_shares())
            share = QLabel(self)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            meaning = QLabel(row.meaning, self)
            meaning.setWordWrap(True)
            meaning.setStyleSheet(MUTED_STYLE)
            self.grid.addWidget(QLabel(row.label, self), index, 0)
            self.grid.addWidget(spin, index, 1)
            self.grid.addWidget(share, index, 2)
            self.grid.addWidget(meaning, index, 3)
            self.spins[row.key], self.shares[row.key] = spin, share
        self._update_shares()

    def values(self) -> dict[str, float]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def _update_shares(self) -> None:
        total = sum(self.values().values())
        for key, label in self.shares.items():
            label.setText(f"{self.spins[key].value() * 100 / total:.0f}%" if total else formats.no_value(self.ctx.lang))
        self.save_button.setEnabled(total > 0)
        self.message.setText("" if total > 0 else self.tr("At least one weight must be above zero."))

    def restore_defaults(self) -> None:
        for row in self.rows:
            self.spins[row.key].setValue(row.default)

    def save(self) -> None:
        values, actor = self.values(), self.ctx.actor
        self.save_button.setEnabled(False)
        self.ctx.jobs.run("save", lambda crm, _c: crm.matching.set_weights(values, actor=actor), owner=self,
                          on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: Any) -> None:
        self.ctx.publish(saved.changes)  # open suggestions re-rank (they listen for the shared setting)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(error_text(error, self.ctx.lang))
