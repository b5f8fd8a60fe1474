"""Structured exports: MB/s of the whole FileSummary (messages, templates, codes, signals) for a JSON-lines
and a CSV signal file, next to the plain stdlib loop over the same file (``json.loads`` per line,
``csv.reader`` rows) in the same run, and the process's peak RSS.

The files are generated (realistic shapes: nested JSON records with a level, a source, a message with
ids and 4 numeric fields; a CSV of a time column and 8 signals) into a temp folder and read from
disk, streamed, like the parse Lambda reads S3. Times are CPU seconds of this process (the machine is
shared; wall time would measure the neighbours).

    python bench/bench_parse_structured.py            # 100 MB each
    python bench/bench_parse_structured.py --quick    # 20 MB each
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import tempfile
import time


def write_jsonl(path: str, size: int) -> int:
    r = random.Random(1)
    levels = ["info"] * 90 + ["debug"] * 6 + ["warn"] * 3 + ["error"]
    sources = ["BMS", "VCU", "ADAS", "GW", "TCU"]
    msgs = ["cell balancing cycle {} done", "frame {} published", "request {} served in {} ms", "link {} up"]
    n = 0
    t = 1_701_428_400_000
    with open(path, "w") as f:
        while f.tell() < size:
            t += r.randint(1, 20)
            rec = {
                "ts": t,
                "level": r.choice(levels),
                "ecu": r.choice(sources),
                "msg": r.choice(msgs).format(r.randint(0, 99999), r.randint(1, 500)),
                "pack": {"voltage_v": round(398 + r.gauss(0, 0.5), 2), "temp_degC": round(31 + r.gauss(0, 0.3), 2)},
                "speed_kph": round(abs(r.gauss(60, 20)), 1),
                "seq": n,
            }
            f.write(json.dumps(rec) + "\n")
            n += 1
    return n


def write_csv(path: str, size: int) -> int:
    r = random.Random(2)
    cols = ["pack_v", "cell_min_v", "cell_max_v", "current_a", "coolant_degC", "soc_pct", "speed_kph", "torque_nm"]
    n = 0
    with open(path, "w") as f:
        f.write("time," + ",".join(cols) + "\n")
        t = 1_701_428_400.0
        while f.tell() < size:
            t += 0.01
            vals = [398 + r.gauss(0, 0.5), 3.9 + r.gauss(0, 0.01), 4.0 + r.gauss(0, 0.01), r.gauss(50, 30)]
            vals += [31 + r.gauss(0, 0.3), 80 - n * 1e-6, abs(r.gauss(60, 20)), r.gauss(100, 40)]
            f.write(f"{t:.3f}," + ",".join(f"{v:.3f}" for v in vals) + "\n")
            n += 1
    return n


def baseline_jsonl(path: str) -> None:
    with open(path, "rb") as f:
        for line in f:
            json.loads(line)


def baseline_csv(path: str) -> None:
    with open(path, newline="") as f:
        for _row in csv.reader(f):
            pass


def timed(fn, *args) -> float:
    t = time.process_time()
    fn(*args)
    return time.process_time() - t


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="20 MB files instead of 100 MB")
    parser.add_argument("--mb", type=int, default=None)
    args = parser.parse_args()
    size = (args.mb or (20 if args.quick else 100)) * 10**6

    from functions.parse.summarize import summarize_path

    with tempfile.TemporaryDirectory() as tmp:
        for kind, write, base in (("jsonl", write_jsonl, baseline_jsonl), ("csv", write_csv, baseline_csv)):
            path = os.path.join(tmp, f"bench.{kind}.txt")  # the name says nothing: detection is by content
            records = write(path, size)
            mb = os.path.getsize(path) / 1e6
            t_base = timed(base, path)
            t = time.process_time()
            s = summarize_path(path, file_id="bench")
            t_ours = time.process_time() - t
            assert s.error is None and s.format == kind, (s.format, s.error)
            print(
                f"{kind:6s} {mb:6.1f} MB {records:>10,} records | ours {mb / t_ours:6.1f} MB/s ({t_ours:5.1f} s, "
                f"{len(s.templates)} templates, {len(s.signals)} signals) | stdlib loop {mb / t_base:6.1f} MB/s "
                f"({t_base:5.1f} s) | ratio ours/stdlib {t_base / t_ours:.2f}x"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (files streamed, never held): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
