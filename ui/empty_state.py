"""What an empty list, related panel or Home card shows instead of a blank table: a sentence that says what
belongs there, and a button for the first step (New, Add…)."""

from __future__ import annotations

from collections.abc import Callable

from ui.qt import QLabel, QPushButton, Qt, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred sentence and, when given, one button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self, wordWrap=True, objectName="emptyState")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: self._step() if self._step else None)
        self._step: Callable[[], object] | None = None
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.label)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)

    def show_text(self, text: str, button: str | None = None, step: Callable[[], object] | None = None) -> None:
        """Say ``text``; ``button`` (its label) runs ``step`` — none when there is no first step here."""
        self.label.setText(text)
        self._step = step
        self.button.setVisible(bool(button and step))
        if button:
            self.button.setText(button)
