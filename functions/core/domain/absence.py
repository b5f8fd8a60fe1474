"""A part that stops reporting: its periodic line ends while the file that logged it goes on.

Many faults never log a line of their own: a sensor's driver dies, a peer stops answering, and what
remains is the silence where its status line used to be. Pure timing, no words: a line is periodic
when it recurs often over its file from that file's start; it stopped when the file goes on for many
of its own periods (and a good share of the file) after its last occurrence. Whether the silence is
a fault is for the caller to judge (a status line also ends when its phase ends: a charge that
completed, a download that finished), typically by a complaint that follows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# A periodic line: at least this many occurrences.
MIN_PERIODIC = 20
# It was there from its file's start: it first appeared within this many of its own periods (or this
# share of the file).
START_PERIODS = 5.0
START_SHARE = 0.1
# It stopped: the file goes on for at least this many of its periods, this share of the file, and
# this many seconds after its last occurrence.
STOP_PERIODS = 20.0
STOP_SHARE = 0.2
STOP_MIN_S = 60.0


@dataclass(frozen=True)
class Silence:
    """A periodic line that ended: when it was last seen, its period, and how long the file went on."""

    last_seen: datetime
    period_s: float
    silent_s: float


def stopped(count: int, first: datetime | None, last: datetime | None, file_start: datetime,
            file_span_s: float) -> Silence | None:
    """The silence of a periodic line that ended while its file went on, or None."""
    if count < MIN_PERIODIC or first is None or last is None or file_span_s <= 0:
        return None
    period = (last - first).total_seconds() / (count - 1)
    if period <= 0:
        return None
    onset = (first - file_start).total_seconds()
    if onset > max(START_PERIODS * period, START_SHARE * file_span_s):
        return None
    silent = file_span_s - (last - file_start).total_seconds()
    if silent < max(STOP_PERIODS * period, STOP_SHARE * file_span_s, STOP_MIN_S):
        return None
    return Silence(last_seen=last, period_s=period, silent_s=silent)
