"""Files in and out: the import wizard and the export dialog, for every list that imports or exports."""
