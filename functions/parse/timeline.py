"""Events by severity over time, in a fixed number of buckets whatever the file's time span.

The span is unknown until the end of a stream, so buckets start one second wide and double (two
neighbours merge) whenever an event falls outside the covered range, to the right or the left.
Memory is ``severities x buckets`` integers; a line costs one subtraction, a division and an index.
"""

from __future__ import annotations

import math

from functions.core.domain.contracts import MAX_TIMELINE_BUCKETS, SeverityTimeline
from functions.parse.severity import SEVERITIES
from functions.parse.timestamps import to_datetime


class TimelineAccumulator:
    """Buckets are aligned to whole multiples of their width (a power of two seconds), so the state
    after any set of events is the same whatever order they came in: the narrowest width whose
    window of ``MAX_TIMELINE_BUCKETS`` covers the earliest and latest event, starting at the
    earliest event's bucket. That makes partial timelines (segments of one file) mergeable exactly."""

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
        """The first event, or one outside the covered range: widen (and shift) until it fits."""
        self._fit(ts, self.width)
        self.counts[severity][int((ts - self.origin) // self.width)] += count  # type: ignore[operator]

    def merge(self, other: TimelineAccumulator) -> None:
        """Add another timeline's events (another segment of the same file)."""
        if other.origin is None:
            return
        used = [k for k in range(MAX_TIMELINE_BUCKETS) if any(row[k] for row in other.counts)]
        if not used:
            return
        # A bucket's start stands for its events at any width >= the bucket's: the grid is aligned.
        self._fit(other.origin + used[0] * other.width, other.width)
        self._fit(other.origin + used[-1] * other.width, other.width)
        for s, row in enumerate(other.counts):
            for k in used:
                if row[k]:
                    self.add(other.origin + k * other.width, s, row[k])

    def _fit(self, ts: float, min_width: float) -> None:
        n = MAX_TIMELINE_BUCKETS
        old_origin, old_width = self.origin, self.width
        lo = hi = ts
        if old_origin is not None:
            used = [k for k in range(n) if any(row[k] for row in self.counts)]
            if used:
                lo, hi = min(ts, old_origin + used[0] * old_width), max(ts, old_origin + used[-1] * old_width)
        width = max(old_width, min_width) if old_origin is not None else min_width
        while math.floor(hi / width) - math.floor(lo / width) >= n:
            width *= 2
        origin = math.floor(lo / width) * width
        if old_origin is not None and (origin, width) != (old_origin, old_width):
            for row in self.counts:
                moved = [0] * n
                for k, c in enumerate(row):
                    if c:
                        moved[int((old_origin + k * old_width - origin) // width)] += c
                row[:] = moved
        self.origin, self.width = float(origin), float(width)

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
