"""The network abroad's screens: a partner city's page, a key person's history, counts by fiscal year,
the Home panel of anniversaries and visits ahead, and the area's labels and widgets."""
