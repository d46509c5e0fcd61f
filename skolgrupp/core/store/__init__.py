"""The workspace file's storage: this package owns all SQL."""
