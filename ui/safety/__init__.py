"""The desktop's safety screens: the passphrase of an encrypted database, Settings' backups and encryption
section, and the job runner's texts for waiting on another program's lock (strings in ``safety_*.ts``)."""
