"""How far long work has come, and the user's wish to stop it.

Work that can take seconds (copying a large workspace, and later building long documents or
merging) reports its steps to a ``Progress`` and stops with ``Cancelled`` when the user has asked
it to, leaving nothing half-done behind. The object is shared between the thread doing the work
and the one showing it, so it holds nothing but a thread-safe flag and a callback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user stopped the work before it was done; nothing was changed."""


class Progress:
    """Where long work reports ``done`` of ``total`` steps and learns whether to go on."""

    def __init__(self, on_report: Callable[[int, int], None] | None = None) -> None:
        self._on_report = on_report
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step (from any thread)."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        """Note how far the work has come; raises ``Cancelled`` if the user asked to stop."""
        if self._on_report is not None:
            self._on_report(done, total)
        self.check()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled


def reporting(progress: Progress | None) -> Progress:
    """``progress``, or one that nobody watches."""
    return progress if progress is not None else Progress()
