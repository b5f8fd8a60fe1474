"""Memory of numbers-in-status-lines signals at their caps, against the same lines without signals.

The worst case for ``functions.parse.line_signals``: ``MAX_LINE_SIGNALS`` series, each with more distinct
values than ``MAX_VALUES`` and a longer time span than ``MAX_BUCKETS`` one-second buckets. Baseline: the
same lines with the unit dropped (``sensor aa 12.345``: a bare number, no signal), so the text path does
all its other work. Each run is a fresh subprocess; peak RSS from ``getrusage``.

    python bench/bench_line_signals_memory.py            # 400k lines
    python bench/bench_line_signals_memory.py --quick    # 100k lines
"""

from __future__ import annotations

import argparse
import io
import itertools
import json
import random
import resource
import subprocess
import sys


def _lines(n: int, unit: str):
    names = ["".join(p) for p in itertools.product("abcdefghijklmnop", repeat=2)][:256]
    rnd = random.Random(1)
    for i in range(n):
        t = i // 4  # n / 4 seconds
        stamp = f"2026-12-0{1 + t // 86400}T{(t // 3600) % 24:02d}:{(t // 60) % 60:02d}:{t % 60:02d}Z"
        yield f"{stamp} ecu x[1]: sensor {names[i % 256]} {rnd.uniform(0, 100):.3f}{unit}\n".encode()


class _Stream(io.RawIOBase):
    def __init__(self, n: int, unit: str) -> None:
        self._it, self._buf = _lines(n, unit), b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while len(self._buf) < len(b):
            part = b"".join(itertools.islice(self._it, 2000))
            if not part:
                break
            self._buf += part
        n = min(len(b), len(self._buf))
        b[:n], self._buf = self._buf[:n], self._buf[n:]
        return n


def _child(n: int, unit: str) -> None:
    from functions.parse.summarize import summarize_stream

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    s = summarize_stream(io.BufferedReader(_Stream(n, unit), 1 << 20), batch_id="", file_id="x", file_name="w")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"signals": len(s.signals), "overflow": s.signals_overflow, "before": before, "peak": peak}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=400_000)
    ap.add_argument("--quick", action="store_true", help="100k lines")
    ap.add_argument("--child", choices=["signals", "baseline"])
    args = ap.parse_args()
    if args.child:
        _child(args.lines, " V" if args.child == "signals" else "")
        return 0
    if args.quick:
        args.lines = min(args.lines, 100_000)
    out = {}
    for kind in ("baseline", "signals"):
        run = subprocess.run(
            [sys.executable, __file__, "--lines", str(args.lines), "--child", kind],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        out[kind] = json.loads(run.stdout)
    for kind, r in out.items():
        print(
            f"{kind:9} {r['signals']:4} signals (+{r['overflow']} overflow)  peak RSS {r['peak'] / 1024:.0f} MiB, "
            f"{(r['peak'] - r['before']) / 1024:.0f} MiB above the start"
        )
    extra = (out["signals"]["peak"] - out["baseline"]["peak"]) / 1024
    print(f"series at their caps cost {extra:.0f} MiB over the same lines without signals")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
