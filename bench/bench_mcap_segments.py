"""MCAP as segments of whole chunks vs the single pass: same recording, same run.

Prints the single pass's MB/s (the baseline), each segment's MB/s (one segment = one invocation:
read the summary section through ranged reads, then the segment's chunks), the merge time, the CPU
overhead of segmenting (sum of segment times / single pass), the summary-index cost (ranged reads,
bytes), and checks that the merged summary equals the single pass's.

    python bench/bench_mcap_segments.py            # 60,000 messages (~70 MB), 8 segments
    python bench/bench_mcap_segments.py --quick    # 6,000 messages (~7 MB), 4 segments

The recording is generated with the real ``mcap`` writer (zstd chunks of 1 MiB, the writer's
default): /rosout logs, diagnostics and plain topics carrying ``--payload`` bytes (sensor-sized data,
counted per topic but not decoded), as ``tests/unit/parse/test_mcap_segments.py``.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from functions.core.domain.segments import group_chunks
from functions.parse.formats import mcap_log
from functions.parse.summarize import summarize_stream
from tests.unit.parse.test_mcap_segments import make_mcap


def _comparable(summary) -> dict:
    out = summary.model_dump(mode="json")
    out["stats"].pop("seconds")
    out["stats"].pop("segments", None)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--messages", type=int, default=None)
    ap.add_argument("--segments", type=int, default=None)
    ap.add_argument("--payload", type=int, default=2000, help="extra bytes per plain-topic message")
    args = ap.parse_args()
    n = args.messages or (6_000 if args.quick else 60_000)
    n_segments = args.segments or (4 if args.quick else 8)

    t = time.perf_counter()
    data = make_mcap(17, n, chunk_size=1 << 20, payload=args.payload)
    mb = len(data) / 1e6
    print(f"recording: {n} messages, {mb:.1f} MB ({time.perf_counter() - t:.1f} s to write)")

    t = time.perf_counter()
    single = summarize_stream(io.BytesIO(data), batch_id="b", file_id="f", file_name="x.mcap")
    single_s = time.perf_counter() - t
    print(f"single pass (baseline): {single_s:.2f} s, {mb / single_s:.1f} MB/s")

    reads: list[tuple[int, int]] = []

    def open_range(start: int, end: int):
        reads.append((start, end))
        return io.BytesIO(data[start:end])

    t = time.perf_counter()
    index = mcap_log.index_of(open_range, len(data))
    index_s = time.perf_counter() - t
    assert index is not None
    print(
        f"summary index: {len(index.chunk_indexes)} chunks, {len(reads)} ranged reads, "
        f"{sum(e - s for s, e in reads)} bytes, {index_s * 1000:.1f} ms"
    )
    segments = group_chunks(mcap_log.chunk_offsets(index), len(data), len(data) // n_segments)
    partials, seg_times = [], []
    for s in segments:
        t = time.perf_counter()
        idx = mcap_log.index_of(open_range, len(data))  # every invocation reads the index again
        body = open_range(s.start, s.end)
        partials.append(mcap_log.summarize_segment(s.index, body, idx, first=s.index == 0, length=s.end - s.start))
        seg_times.append(time.perf_counter() - t)
        print(f"  segment {s.index}: {(s.end - s.start) / 1e6:.1f} MB in {seg_times[-1]:.2f} s, "
              f"{(s.end - s.start) / 1e6 / seg_times[-1]:.1f} MB/s")
    t = time.perf_counter()
    partials = [type(p).model_validate_json(p.model_dump_json()) for p in partials]
    merged = mcap_log.merge_segments(partials, batch_id="b", file_id="f", file_name="x.mcap")
    merge_s = time.perf_counter() - t
    same = _comparable(merged) == _comparable(single)
    print(f"merge (JSON round trip included): {merge_s:.2f} s")
    print(
        f"segments: {len(segments)}, CPU / single pass: {sum(seg_times) / single_s:.2f}x, "
        f"slowest segment / single pass: {max(seg_times) / single_s:.2f}x (the wall time with parallel invocations)"
    )
    print(f"merged summary equals the single pass: {same}")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
