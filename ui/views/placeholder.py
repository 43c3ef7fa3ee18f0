"""Placeholder views for areas whose issues have not landed yet (KPI, Sync)."""

from ui.qt import QLabel, Qt, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    record_types: tuple[str, ...] = ()

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>", self)
        body = QLabel(text, self, wordWrap=True)
        layout = QVBoxLayout(self)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        layout.insertStretch(0, 1)
