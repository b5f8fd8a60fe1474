"""Events by severity over time, in a fixed number of buckets whatever the file's time span.

The span is unknown until the end of a stream, so buckets start one second wide and double (two
neighbours merge) whenever an event falls outside the covered range, to the right or the left.
Memory is ``severities x buckets`` integers; a line costs one subtraction, a division and an index.
"""

from __future__ import annotations

from functions.parse.severity import SEVERITIES
from functions.parse.timestamps import to_datetime
from functions.shared.contracts import MAX_TIMELINE_BUCKETS, SeverityTimeline


class TimelineAccumulator:
    __slots__ = ("counts", "origin", "width")

    def __init__(self) -> None:
        self.origin: float | None = None
        self.width = 1.0
        self.counts = [[0] * MAX_TIMELINE_BUCKETS for _ in SEVERITIES]

    def add(self, ts: float, severity: int, count: int = 1) -> None:
        origin = self.origin
        if origin is not None:
            k = int((ts - origin) // self.width)
            if 0 <= k < MAX_TIMELINE_BUCKETS:
                self.counts[severity][k] += count
                return
        self.add_slow(ts, severity, count)

    def add_slow(self, ts: float, severity: int, count: int = 1) -> None:
        """The first event, or one outside the covered range: widen until it fits."""
        n = MAX_TIMELINE_BUCKETS
        if self.origin is None:
            self.origin = float(int(ts))
        while True:
            k = int((ts - self.origin) // self.width)
            if 0 <= k < n:
                self.counts[severity][k] += count
                return
            for row in self.counts:
                merged = [0] * n
                if k >= n:  # extend to the right: the old buckets fill the lower half
                    for i, c in enumerate(row):
                        merged[i // 2] += c
                else:  # extend to the left: the old buckets fill the upper half
                    for i, c in enumerate(row):
                        merged[n // 2 + i // 2] += c
                row[:] = merged
            if k < 0:
                self.origin -= n * self.width
            self.width *= 2

    def build(self) -> SeverityTimeline | None:
        if self.origin is None:
            return None
        used = [i for i in range(MAX_TIMELINE_BUCKETS) if any(row[i] for row in self.counts)]
        first, last = used[0], used[-1]
        return SeverityTimeline(
            start=to_datetime(self.origin + first * self.width),
            bucket_seconds=self.width,
            counts={SEVERITIES[s]: row[first : last + 1] for s, row in enumerate(self.counts) if any(row)},
        )
