"""Fault injection of the project's own: commands killed at every step, power cut at chosen
points of their writes, and hostile files fed to every entry that reads one.

Run on its own with ``./dev.sh faults`` (``python -m tests.faults --help``); the test suite
runs a sample of each (``test_faults.py``).
"""
