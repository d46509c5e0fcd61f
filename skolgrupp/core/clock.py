"""Time stamps for records: wall-clock times for people, a hybrid logical clock for ordering.

The hybrid logical clock (HLC) gives every change a stamp that is larger than any stamp this
installation has seen, even when the computer's clock runs behind. Stamps compare as plain
strings; the installation id at the end breaks ties between computers.
"""

from __future__ import annotations

import time
from contextlib import suppress
from datetime import UTC, datetime

MAX_COUNTER = 99_999


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def format_hlc(ms: int, counter: int, installation_id: str) -> str:
    return f"{ms:015d}.{counter:05d}.{installation_id}"


def parse_hlc(stamp: str) -> tuple[int, int, str]:
    ms, counter, installation = stamp.split(".", 2)
    return int(ms), int(counter), installation


class HybridClock:
    def __init__(self, installation_id: str, last: str = "", now_ms=wall_ms):
        self.installation_id = installation_id
        self._now_ms = now_ms
        self._ms, self._counter = 0, 0
        if last:
            with suppress(ValueError):  # a damaged stamp only loses the memory of its time
                self.observe(last)

    def observe(self, stamp: str) -> None:
        """Take note of a stamp made elsewhere, so that later stamps here come after it."""
        ms, counter, _ = parse_hlc(stamp)
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    def tick(self) -> str:
        now = self._now_ms()
        if now > self._ms:
            self._ms, self._counter = now, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # keep the fixed width that makes stamps compare as strings
            self._ms, self._counter = self._ms + 1, 0
        return format_hlc(self._ms, self._counter, self.installation_id)

    @property
    def last(self) -> str:
        return format_hlc(self._ms, self._counter, self.installation_id) if self._ms else ""
