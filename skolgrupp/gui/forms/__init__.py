"""Modules generated from the Qt Designer files in ui/ (``./dev.sh forms``); do not edit."""
