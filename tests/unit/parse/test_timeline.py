"""The per-file severity timeline: bounded buckets that widen as the span grows, in either direction."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from functions.core.domain.contracts import MAX_TIMELINE_BUCKETS, Severity
from functions.parse.severity import SEVERITIES
from functions.parse.summarize import summarize_stream
from functions.parse.timeline import TimelineAccumulator

ERROR = SEVERITIES.index(Severity.ERROR)
INFO = SEVERITIES.index(Severity.INFO)


def test_every_event_is_counted_once_whatever_the_order_and_span():
    acc = TimelineAccumulator()
    stamps = [1_000_000.0 + d for d in (0, 5, 3_600, -7_200, 86_400 * 30, 17, -86_400)]
    for ts in stamps:
        acc.add(ts, ERROR)
    acc.add(1_000_010.0, INFO)
    timeline = acc.build()
    assert timeline is not None
    assert sum(timeline.counts[Severity.ERROR]) == len(stamps)
    assert sum(timeline.counts[Severity.INFO]) == 1
    assert len(timeline.counts[Severity.ERROR]) <= MAX_TIMELINE_BUCKETS
    start = timeline.start.timestamp()
    end = start + timeline.bucket_seconds * len(timeline.counts[Severity.ERROR])
    assert start <= min(stamps) and max(stamps) < end


def test_a_text_log_gets_a_timeline_of_its_events():
    lines = [f"2026-11-01T10:{m:02d}:00Z ecu: {'ERROR brake fault' if m == 30 else 'INFO tick'}" for m in range(60)]
    summary = summarize_stream(io.BytesIO("\n".join(lines * 10).encode() + b"\n"), batch_id="b", file_id="f")
    timeline = summary.timeline
    assert timeline is not None
    assert sum(timeline.counts[Severity.ERROR]) == 10
    assert sum(sum(row) for row in timeline.counts.values()) == 600
    assert timeline.start <= datetime(2026, 11, 1, 10, 0, tzinfo=UTC)


def test_evidence_in_a_text_log_carries_the_lines_around_it():
    lines = [f"2026-11-01T10:00:{s:02d}Z ecu: INFO step {s}" for s in range(40)]
    lines[20] = "2026-11-01T10:00:20Z ecu: ERROR DTC P0301 misfire cylinder 1"
    summary = summarize_stream(io.BytesIO("\n".join(lines).encode() + b"\n"), batch_id="b", file_id="f")
    (code,) = [c for c in summary.codes if c.code == "P0301"]
    sample = code.sample
    assert sample is not None and sample.line == 21
    assert [ln.split()[-1] for ln in sample.context_before] == ["18", "19"]
    assert [ln.split()[-1] for ln in sample.context_after] == ["21", "22"]
