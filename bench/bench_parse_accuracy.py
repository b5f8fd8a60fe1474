"""Grouping accuracy (GA) of our template miner on the 8 Loghub-2k systems, next to Drain3.

Both read the same raw lines (headers included, no per-system settings). Drain3 runs with masks for
IPs, hex and numbers; a second Drain3 column gets the message part our header detection cuts out,
to show how much of the gap is header handling. Published Drain figures are printed for reference.

    python bench/bench_parse_accuracy.py            # all 8 systems
    python bench/bench_parse_accuracy.py --quick    # HDFS, Linux, Apache
"""

from __future__ import annotations

import argparse
import io
import time

from bench_parse_data import (
    DRAIN_PUBLISHED,
    SYSTEMS,
    drain3_miner,
    ground_truth,
    grouping_accuracy,
    log_path,
    raw_lines,
    require_data,
)


def ours(lines: list[bytes]) -> tuple[list[int], float]:
    from functions.parse.templates import iter_lines, mine_lines

    data = b"\n".join(lines) + b"\n"
    t = time.perf_counter()
    result = mine_lines(iter_lines(io.BytesIO(data)))
    elapsed = time.perf_counter() - t
    return [result.group_to_template[g] for g in result.line_groups], elapsed


def drain3(messages: list[str]) -> list[int]:
    miner = drain3_miner()
    return [miner.add_log_message(m)["cluster_id"] for m in messages]


def message_parts(lines: list[bytes]) -> list[str]:
    from functions.parse.header import learn_header

    text = [ln.decode("utf-8", "replace") for ln in lines]
    header = learn_header(text)
    return [t[header.split(t).content_start :] for t in text]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="three systems only")
    args = parser.parse_args()
    if not require_data():
        return 0
    systems = ("HDFS", "Linux", "Apache") if args.quick else SYSTEMS
    print(f"{'system':10s} {'ours':>7s} {'drain3':>7s} {'drain3*':>8s} {'Drain pub.':>10s}  ours≥pub.")
    rows = []
    for system in systems:
        lines = raw_lines(log_path(system))
        truth = ground_truth(system)
        pred, _ = ours(lines)
        ga_ours = grouping_accuracy(pred, truth)
        ga_d3 = grouping_accuracy(drain3([ln.decode("utf-8", "replace") for ln in lines]), truth)
        ga_d3_msg = grouping_accuracy(drain3(message_parts(lines)), truth)
        pub = DRAIN_PUBLISHED[system]
        rows.append((ga_ours, ga_d3, ga_d3_msg, pub))
        ok = "yes" if ga_ours >= pub else "NO"
        print(f"{system:10s} {ga_ours:7.3f} {ga_d3:7.3f} {ga_d3_msg:8.3f} {pub:10.3f}  {ok}")
    n = len(rows)
    avg = [sum(r[i] for r in rows) / n for i in range(4)]
    verdict = "yes" if avg[0] > avg[3] else "NO"
    print(f"{'average':10s} {avg[0]:7.3f} {avg[1]:7.3f} {avg[2]:8.3f} {avg[3]:10.3f}  {verdict}")
    print(f"ratio ours/drain3 (raw lines): {avg[0] / avg[1]:.2f}x")
    print(f"ratio ours/drain3* (message part): {avg[0] / avg[2]:.2f}x")
    print("Drain's published average over all 16 Loghub-2k systems: 0.865")
    print("drain3  = Drain3 0.9.x defaults + IP/hex/number masks on raw lines (headers included)")
    print("drain3* = the same Drain3 on the message part found by our header detection")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
