"""The trade-fair screens: booth capture, the import wizard, export, the duplicate finder and merge, and a
fair's results. The views hook them in through :mod:`ui.fairs.actions`; the work itself is in the core
(``fair_ops``, ``fair_screens``, ``dedupe``, ``io``) and runs in the job runner.
"""
