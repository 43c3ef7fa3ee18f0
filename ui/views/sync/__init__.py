"""Sync screens: the Sync view (:mod:`ui.views.sync.view`) and the status bar's count of unsent changes
(:mod:`ui.views.sync.pending`). Kept empty, so that the main window's start-up import of the count does
not load the view (about 25 ms of every start)."""
