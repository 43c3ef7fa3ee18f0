"""Views and panels that load their data the first time they are shown: a view or tab the user never opens
costs nothing, at start-up or after."""

from __future__ import annotations

from typing import Any


class LoadsWhenShown:
    """Mixed in before the widget's Qt class (``class HomeView(LoadsWhenShown, QWidget)``). The widget's
    :meth:`load` starts its job; :meth:`reload` loads again (a change, another year), and ``loaded_once`` tells
    a change handler whether anything is shown yet that a change could make stale."""

    loaded_once = False

    def showEvent(self, event: Any) -> None:  # Qt's name for it
        super().showEvent(event)  # type: ignore[misc]
        if not self.loaded_once:
            self.reload()

    def reload(self) -> None:
        self.loaded_once = True
        self.load()

    def load(self) -> None:
        raise NotImplementedError
