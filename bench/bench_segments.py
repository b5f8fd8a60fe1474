"""Segmented parsing of one text log: single pass vs segments, same input, same run.

Prints the single pass's MB/s, each segment's MB/s (one segment = one invocation: learn the head,
parse the owned byte range), the merge time, the CPU overhead of segmenting (sum of segment times /
single pass), the wall time with the segments run in parallel processes (one per core here), and the
speed of gzip decoding without parsing (what a checkpointed stretch pays to reach its checkpoint).
Checks that the merged summary equals the single pass's. ``docs/operations.md`` turns the segment
speed into the wall time and cost of a 50 GiB file.

    python bench/bench_segments.py             # 256 MiB of real-shaped lines, 8 segments
    python bench/bench_segments.py --quick     # 48 MiB, 4 segments

Real-shaped lines come from ../shared/data (Loghub with redrawn numbers) when present, else from a
synthetic vehicle-log generator (printed which).
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import random
import time
from concurrent.futures import ProcessPoolExecutor

from functions.core.domain.segments import plan_ranges
from functions.parse.segments import (
    learn_head,
    merge_partials,
    owned_bytes,
    summarize_segment,
    text_reader,
)
from functions.parse.summarize import summarize_stream

_DATA: bytes = b""


def synthetic_lines(n: int, seed: int = 7):
    rng = random.Random(seed)
    units = ["bms-ctl", "gw-ecu", "adcu", "lidar_front", "planner", "camera0"]
    msgs = [
        "cell {a} voltage {b} mV temperature {c} C",
        "can{a} rx frames={b} busload={c}%",
        "frame {b} latency {c} ms dropped={a}",
        "ERROR sensor timeout after {c} ms, DTC U0{a}00 set",
        "WARN retry {a} of 5 for node-{b}",
        "trajectory replanned: {b} points, cost {c}.{a}",
    ]
    for i in range(n):
        ts = f"2026-11-27T{(i // 3_600_000) % 24:02d}:{(i // 60_000) % 60:02d}:{(i // 1000) % 60:02d}.{i % 1000:03d}Z"
        msg = rng.choice(msgs).format(a=rng.randrange(10), b=rng.randrange(10**6), c=rng.randrange(1000))
        yield f"{ts} {rng.choice(units)}[{rng.randrange(100, 999)}]: {msg}".encode()


def make_input(target_bytes: int) -> tuple[bytes, str]:
    try:
        from bench_parse_data import LOGHUB, real_shaped_lines

        if LOGHUB.exists():
            source, lines = "Loghub real-shaped lines", real_shaped_lines(10**9)
        else:
            raise ImportError
    except ImportError:
        source, lines = "synthetic vehicle-log lines", synthetic_lines(10**9)
    out, size = [], 0
    for line in lines:
        out.append(line)
        size += len(line) + 1
        if size >= target_bytes:
            break
    return b"\n".join(out) + b"\n", source


def _init(data: bytes) -> None:
    global _DATA
    _DATA = data


def run_segment(args: tuple[int, int, int, bool]) -> tuple[object, float]:
    index, start, end, last = args
    data = _DATA
    t = time.perf_counter()
    head = learn_head(text_reader(io.BytesIO(data), None))
    owned = owned_bytes(
        io.BytesIO(data[start:end]), None if last else (lambda: io.BytesIO(data[end:])), first=index == 0
    )
    partial = summarize_segment(index, owned, head)
    return partial, time.perf_counter() - t


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--mib", type=int, default=None)
    parser.add_argument("--segments", type=int, default=None)
    args = parser.parse_args()
    mib = args.mib or (48 if args.quick else 256)
    n_seg = args.segments or (4 if args.quick else 8)
    data, source = make_input(mib << 20)
    _init(data)
    size_mb = len(data) / 1e6
    print(f"input: {source}, {len(data) / 2**20:.0f} MiB, {n_seg} segments, {os.cpu_count()} CPUs")

    t = time.perf_counter()
    single = summarize_stream(io.BytesIO(data), batch_id="b", file_id="f")
    t_single = time.perf_counter() - t
    print(f"single pass        {t_single:7.2f} s  {size_mb / t_single:6.1f} MB/s")

    segs = plan_ranges(len(data), target=-(-len(data) // n_seg))
    jobs = [(s.index, s.start, s.end, s.index == len(segs) - 1) for s in segs]
    results = [run_segment(j) for j in jobs]  # one after another: each segment's own speed
    seg_times = [r[1] for r in results]
    seg_mb = [(s.end - s.start) / 1e6 for s in segs]
    speeds = [mb / sec for mb, sec in zip(seg_mb, seg_times, strict=True)]
    t = time.perf_counter()
    merged = merge_partials([r[0] for r in results], batch_id="b", file_id="f")
    t_merge = time.perf_counter() - t
    print(
        f"segment (each)     {min(seg_times):7.2f}-{max(seg_times):.2f} s  "
        f"{min(speeds):6.1f}-{max(speeds):.1f} MB/s (median {sorted(speeds)[len(speeds) // 2]:.1f})"
    )
    print(f"merge              {t_merge:7.2f} s")
    overhead = (sum(seg_times) + t_merge) / t_single
    print(f"segmented CPU / single pass: {overhead:.2f}x")

    workers = os.cpu_count() or 1
    t = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(data,)) as pool:
        partials = [p for p, _ in pool.map(run_segment, jobs)]
    merged_parallel = merge_partials(partials, batch_id="b", file_id="f")
    t_par = time.perf_counter() - t
    print(f"parallel ({workers} procs)  {t_par:7.2f} s  {size_mb / t_par:6.1f} MB/s  speed-up {t_single / t_par:.2f}x")

    def same(a, b) -> bool:
        x, y = a.model_dump(), b.model_dump()
        for s in (x, y):
            s["stats"].pop("seconds")
        return x == y

    # What a checkpointed stretch pays to reach its checkpoint: decoding without parsing.
    blob = gzip.compress(data, 6)
    t = time.perf_counter()
    reader = text_reader(io.BytesIO(blob), "gzip")
    while reader.read(1 << 20):
        pass
    t_dec = time.perf_counter() - t
    print(f"gzip decode only   {t_dec:7.2f} s  {size_mb / t_dec:6.1f} MB/s  ({t_single / t_dec:.1f}x the single pass)")

    ok = same(merged, single) and same(merged_parallel, single)
    print(f"merged summary == single pass: {ok}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
