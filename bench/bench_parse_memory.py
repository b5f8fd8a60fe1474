"""Peak RSS while summarizing a generated log of >= 1 GiB read from a stream.

The log is produced on the fly by a file-like object (nothing is stored): real-shaped lines from the
Loghub-2k logs with redrawn numbers, cycled until the size is reached. The baseline is the same
process just before parsing (interpreter, libraries, the line pool); the figure that matters is how
much parsing adds, and that it does not grow with the input.

    python bench/bench_parse_memory.py            # 1 GiB
    python bench/bench_parse_memory.py --quick    # 256 MiB
    ARGUS_PURE_PYTHON=1 python bench/bench_parse_memory.py --quick   # the same on the pure-Python path
"""

from __future__ import annotations

import argparse
import resource
import time

from bench_parse_data import real_shaped_lines, require_data

POOL_LINES = 20_000


class GeneratedLog:
    """A forward-only stream of ``size`` bytes of log lines, like an S3 StreamingBody."""

    def __init__(self, lines: list[bytes], size: int) -> None:
        self._block = b"\n".join(lines) + b"\n"
        self._size = size
        self._pos = 0  # bytes handed out so far

    def read(self, n: int = -1) -> bytes:
        left = self._size - self._pos
        if left <= 0:
            return b""
        if n is None or n < 0:
            n = left
        n = min(n, left)
        start = self._pos % len(self._block)
        out = self._block[start : start + n]
        self._pos += len(out)
        return out


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def current_rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="256 MiB instead of 1 GiB")
    parser.add_argument("--gib", type=float, default=None)
    args = parser.parse_args()
    if not require_data():
        return 0
    size = int((args.gib if args.gib else (0.25 if args.quick else 1.0)) * 2**30)

    from functions.parse.native import PURE_ENV, shapes
    from functions.parse.summarize import summarize_stream

    path = "native C block pass" if shapes is not None else "pure Python"
    print(f"text path: {path} ({PURE_ENV}=1 measures the pure path; each path needs its own process)")

    stream = GeneratedLog(list(real_shaped_lines(POOL_LINES)), size)
    summarize_stream(GeneratedLog([b"warm up the imports"], 1024), batch_id="bench", file_id="warm")
    base_now, base_peak = current_rss_mib(), peak_rss_mib()
    print(f"stream: {size / 2**30:.2f} GiB generated on the fly; RSS before parsing {base_now:.0f} MiB")
    t = time.perf_counter()
    summary = summarize_stream(stream, batch_id="bench", file_id="bench")
    elapsed = time.perf_counter() - t
    peak = peak_rss_mib()
    print(
        f"parsed {summary.stats.lines:,} lines, {summary.stats.bytes / 2**30:.2f} GiB in {elapsed:.1f} s "
        f"({summary.stats.lines / elapsed:,.0f} lines/s, {summary.stats.bytes / 2**20 / elapsed:.0f} MiB/s)"
    )
    print(f"peak RSS: {peak:.0f} MiB (process), {peak - base_now:.0f} MiB above the pre-parse baseline")
    print(f"peak RSS / input size: {peak / (size / 2**20):.3f}  (target: under 200 MiB peak)")
    if summary.error:
        print(f"unexpected error: {summary.error}")
        return 1
    return 0 if max(peak, base_peak) < 200 else 1


if __name__ == "__main__":
    raise SystemExit(main())
