"""The trade-fair screens: booth capture and a fair's results, and the fair actions of the lists
(:mod:`ui.fairs.actions`). The work itself is in the core (``crm.fairs``, ``crm.intake``) and runs in the
job runner.
"""
