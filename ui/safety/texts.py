"""The job runner's texts of the safety area (``ui/jobs.py`` adds them to its LABELS; context "Jobs")."""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP

# While a write waits for another program's write lock ("%1": seconds waited, "%2": the most it waits).
WAITING_FOR_LOCK = QT_TRANSLATE_NOOP("Jobs", "Another program is writing to this database; waiting for it "
                                             "(%1 s of at most %2 s)…")
LABELS = {
    "encryption_state": QT_TRANSLATE_NOOP("Jobs", "Reading the database's protection"),
    "encrypt": QT_TRANSLATE_NOOP("Jobs", "Encrypting the database"),
    "decrypt": QT_TRANSLATE_NOOP("Jobs", "Decrypting the database"),
    "change_passphrase": QT_TRANSLATE_NOOP("Jobs", "Changing the passphrase"),
}
