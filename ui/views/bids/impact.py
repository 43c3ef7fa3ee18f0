"""A bid's economic-impact tab: the parameters it is estimated with, as a form (never as stored text), each with
today's default and its source, the ones that differ from today's defaults marked, and the estimate itself.

The counts (delegates, accompanying persons) and the meeting type are the bid's own fields (Details tab); this
tab sets the organiser's spend and the parameters, previews the estimate as they change (on a worker), and saves
them with the bid (the service recomputes the impact from what it keeps).
"""

from __future__ import annotations

from typing import Any

from sapporo_mice import formats
from sapporo_mice.enums import MeetingType
from sapporo_mice.formats import fill
from sapporo_mice.impact import flat_parameters as flat
from sapporo_mice.impact import nested_parameters as nested
from ui.feedback import ERROR_STYLE, OK_STYLE, error_text
from ui.qt import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from ui.values import enum_label, money

DIFFERS_STYLE = "QLabel { color: #8a5300; font-weight: bold; }"
YEN_KEYS = (*(f"per_foreign_jpy.{m.value}" for m in MeetingType), "per_domestic_jpy", "per_accompanying_jpy")


def _yen_text(text: str) -> str:
    return text.replace(",", "").replace("¥", "").replace("￥", "").replace("円", "").strip()


class ParameterEditors(QWidget):
    """One row per parameter: its name, its value's editor, today's default and its source."""

    def __init__(self, lang: str, on_edit: Any, parent: QWidget | None = None, *, show_defaults: bool = True) -> None:
        super().__init__(parent)
        self.lang, self.on_edit, self.show_defaults = lang, on_edit, show_defaults
        self.editors: dict[str, Any] = {}
        self.default_labels: dict[str, QLabel] = {}
        self.source_labels: dict[str, QLabel] = {}
        self.defaults: dict[str, Any] = {}
        grid = QGridLayout(self)
        headers = [self.tr("Parameter"), self.tr("Value")]
        if show_defaults:
            headers.append(self.tr("Today's default"))
        headers.append(self.tr("Source"))
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(label, 0, column)
        for row, key in enumerate(self.keys(), start=1):
            grid.addWidget(QLabel(self.title(key), self), row, 0)
            editor = self._editor(key)
            self.editors[key] = editor
            grid.addWidget(editor, row, 1)
            column = 2
            if show_defaults:
                self.default_labels[key] = QLabel(self)
                grid.addWidget(self.default_labels[key], row, column)
                column += 1
            source = QLabel(self)
            source.setWordWrap(True)
            self.source_labels[key] = source
            grid.addWidget(source, row, column)
        grid.setColumnStretch(grid.columnCount() - 1, 1)

    @staticmethod
    def keys() -> list[str]:
        return [*YEN_KEYS, "exclude_airfare", "airfare_share_pct", "ripple_multiplier"]

    def title(self, key: str) -> str:
        if key.startswith("per_foreign_jpy."):
            kind = enum_label(MeetingType, key.split(".", 1)[1])
            return fill(self.tr("%1: yen per foreign participant"), kind)
        return {
            "per_domestic_jpy": self.tr("Yen per domestic participant"),
            "per_accompanying_jpy": self.tr("Yen per accompanying person"),
            "exclude_airfare": self.tr("Exclude international airfare"),
            "airfare_share_pct": self.tr("Airfare share of foreign spend (%)"),
            "ripple_multiplier": self.tr("Ripple-effect multiplier"),
        }[key]

    def _editor(self, key: str) -> Any:
        if key == "exclude_airfare":
            editor = QCheckBox(self)
            editor.toggled.connect(lambda _on: self.on_edit())
        elif key == "airfare_share_pct":
            editor = QSpinBox(self, minimum=0, maximum=100, suffix="%")
            editor.valueChanged.connect(lambda _v: self.on_edit())
        elif key == "ripple_multiplier":
            editor = QDoubleSpinBox(self, minimum=1.0, maximum=10.0, decimals=2, singleStep=0.01)
            editor.valueChanged.connect(lambda _v: self.on_edit())
        else:
            editor = QLineEdit(self)
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            editor.textEdited.connect(lambda _t: self.on_edit())
        editor.setAccessibleName(self.title(key))
        return editor

    def set_values(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            editor = self.editors.get(key)
            if editor is None:
                continue
            editor.blockSignals(True)
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
                editor.setValue(value)
            else:
                editor.setText(f"{value:,}")
            editor.blockSignals(False)
        self.mark_differences()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, QDoubleSpinBox):
                out[key] = round(editor.value(), 2)
            else:
                text = _yen_text(editor.text())
                out[key] = int(text) if text.isdigit() else text
        return out

    def set_defaults(self, defaults: dict[str, Any], sources: dict[str, Any]) -> None:
        self.defaults = defaults
        for key in self.keys():
            if key in self.default_labels:
                self.default_labels[key].setText(self.shown(key, defaults[key]))
            text = sources[key].cited(self.lang)
            self.source_labels[key].setText(text)
            self.source_labels[key].setToolTip(text)
        self.mark_differences()

    def shown(self, key: str, value: Any) -> str:
        if key in YEN_KEYS:
            return money(value)
        if key == "exclude_airfare":
            return self.tr("Yes") if value else self.tr("No")
        if key == "airfare_share_pct":
            return f"{value}%"
        return f"× {value:.2f}"

    def differing(self) -> list[str]:
        values = self.values()
        return [k for k in self.keys() if self.defaults and values.get(k) != self.defaults.get(k)]

    def mark_differences(self) -> None:
        if not self.show_defaults:
            return
        differ = set(self.differing())
        for key, label in self.default_labels.items():
            label.setStyleSheet(DIFFERS_STYLE if key in differ else "")
            label.setToolTip(self.tr("This bid's value differs from today's default.") if key in differ else "")


class ImpactPanel(QWidget):
    """The Impact tab of a bid's editor."""

    def __init__(self, ctx: Any, editor: Any) -> None:
        super().__init__(editor)
        self.ctx, self.editor = ctx, editor
        self.record_id: str | None = None
        self.bid: dict[str, Any] = {}
        self._preview_timer = QTimer(self, singleShot=True, interval=250, timeout=self._preview)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.spend = QLineEdit(self)
        self.spend.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spend.setPlaceholderText(self.tr("e.g. 20,000,000"))
        self.spend.setAccessibleName(self.tr("Organiser's own spend (yen)"))
        self.spend.textEdited.connect(lambda _t: self._edited())
        self.parameters = ParameterEditors(ctx.lang, self._edited, self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.defaults_button = QPushButton(self.tr("Use today's defaults"), self)
        self.defaults_button.clicked.connect(self.use_defaults)
        self.save_button = QPushButton(self.tr("Save the estimate"), self)
        self.save_button.clicked.connect(self.save)
        self._build()

    def title(self) -> str:
        return self.tr("Economic impact")

    def _build(self) -> None:
        inputs = QGroupBox(self.tr("What is counted"), self)
        box = QVBoxLayout(inputs)
        box.addWidget(self.counts)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Organiser's own spend (yen)"), inputs))
        row.addWidget(self.spend, 1)
        box.addLayout(row)
        parameters = QGroupBox(self.tr("Parameters of the estimate"), self)
        p = QVBoxLayout(parameters)
        p.addWidget(self.notice)
        p.addWidget(self.parameters)
        result = QGroupBox(self.tr("Estimate"), self)
        r = QVBoxLayout(result)
        r.addWidget(self.result)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.save_button)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        for widget in (inputs, parameters, result):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

    # ------------------------------------------------------------------ loading
    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        if not record_id:
            return

        def op(crm: Any, _c: Any) -> dict[str, Any]:
            return {"bid": crm.bids.get(record_id), "impact": crm.bids.impact_of(record_id),
                    "sources": crm.bids.impact_sources()}

        self.ctx.jobs.run("estimate", op, owner=self, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, loaded: dict[str, Any]) -> None:
        self.bid, view = loaded["bid"], loaded["impact"]
        kept, defaults = view["kept"], view["defaults"]
        self.parameters.set_defaults(flat(defaults), loaded["sources"])
        self.parameters.set_values(flat(kept or defaults))
        self.spend.setText(f"{view['organiser_spend_jpy']:,}" if view["organiser_spend_jpy"] else "")
        self.counts.setText(self._counts_text())
        if kept is None:
            self.notice.setText(self.tr("This bid has not been estimated yet: today's defaults are shown. "
                                        "Save the estimate to keep them with the bid."))
        self._show_notice()
        self._show_estimate(view["estimate"])
        self.message.clear()

    def _counts_text(self) -> str:
        b = self.bid
        kind = enum_label(MeetingType, b.get("meeting_type") or MeetingType.CONFERENCE.value)
        return fill(self.tr("%1 · international delegates %2 · domestic delegates %3 · accompanying persons %4 "
                            "(edit these on the Details tab)"),
                    kind, f"{b.get('delegates_international') or 0:,}", f"{b.get('delegates_domestic') or 0:,}",
                    f"{b.get('accompanying') or 0:,}")

    def _show_notice(self) -> None:
        differ = self.parameters.differing()
        if differ:
            names = formats.listed(map(self.parameters.title, differ), self.ctx.lang)
            self.notice.setText(fill(self.tr("Differs from today's defaults: %1"), names))
            self.notice.setStyleSheet(DIFFERS_STYLE)
        elif self.bid.get("impact_parameters"):
            self.notice.setText(self.tr("Estimated with today's defaults."))
            self.notice.setStyleSheet("")

    def _show_estimate(self, estimate: Any) -> None:
        rows = [
            (self.tr("International delegates"), estimate.international_jpy),
            (self.tr("Domestic delegates"), estimate.domestic_jpy),
            (self.tr("Accompanying persons"), estimate.accompanying_jpy),
            (self.tr("Organiser's own spend"), estimate.organiser_jpy),
        ]
        lines = "".join(f"<tr><td>{name}</td><td align='right'>{money(value)}</td></tr>" for name, value in rows)
        multiplier = estimate.parameters.ripple_multiplier
        self.result.setText(
            f"<table cellspacing='4'>{lines}"
            f"<tr><td><b>{self.tr('Direct spend')}</b></td><td align='right'><b>{money(estimate.direct_jpy)}</b></td></tr>"
            f"<tr><td><b>{fill(self.tr('Economic ripple effect (× %1)'), f'{multiplier:.2f}')}</b></td>"
            f"<td align='right'><b>{money(estimate.ripple_jpy)}</b></td></tr></table>")

    # ------------------------------------------------------------------ editing
    def _edited(self) -> None:
        self.parameters.mark_differences()
        self._show_notice()
        self._preview_timer.start()

    def _inputs(self) -> tuple[dict[str, Any], str]:
        return nested(self.parameters.values()), _yen_text(self.spend.text())

    def _preview(self) -> None:
        if not self.bid:
            return
        bid, (parameters, spend) = dict(self.bid), self._inputs()
        self.ctx.jobs.run("estimate", lambda crm, _c: crm.bids.preview_estimate(bid, parameters, spend or None),
                          owner=self, on_done=self._previewed, on_error=self._failed, serial=False)

    def _previewed(self, estimate: Any) -> None:
        self.message.clear()
        self._show_estimate(estimate)

    def use_defaults(self) -> None:
        self.parameters.set_values(self.parameters.defaults)
        self._edited()

    def save(self) -> None:
        if not self.record_id:
            return
        record_id, version, actor = self.record_id, self.bid.get("version"), self.ctx.actor
        parameters, spend = self._inputs()
        values = {"impact_parameters": {"parameters": parameters, "organiser_spend_jpy": spend or None}}
        self.save_button.setEnabled(False)
        self.ctx.jobs.run("save", lambda crm, _c: crm.bids.update(record_id, values, actor=actor,
                                                                   expected_version=version),
                          owner=self, subject=self.title(), on_done=self._saved, on_error=self._failed)

    def _saved(self, saved: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.publish(saved.changes)  # the editor reloads the bid (its impact field) and this tab
        self.load(self.record_id)
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Estimate saved."))

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(error_text(error, self.ctx.lang))
