"""Throughput in lines per second on real-shaped logs: our parser next to Drain3, in the same run.

The input is >= 1M lines cycling through the 8 Loghub-2k logs with every number redrawn (new ids,
pids, sizes, addresses), held in memory so only parsing is timed. Three of ours are timed:

* ``templates``  per-line template assignment (what ``argus templates`` does), the like-for-like
                 comparison with Drain3, which also assigns each line to a cluster;
* ``summarize``  the whole FileSummary (severity, codes, time range, templates, evidence), what
                 the parse Lambda does;
* ``drain3``     Drain3 with IP/hex/number masks, ``add_log_message`` per line.

    python bench/bench_parse_throughput.py            # 1,000,000 lines
    python bench/bench_parse_throughput.py --quick    # 200,000 lines
"""

from __future__ import annotations

import argparse
import io
import time

from bench_parse_data import drain3_miner, real_shaped_lines, require_data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="200k lines instead of 1M")
    parser.add_argument("--lines", type=int, default=None)
    args = parser.parse_args()
    if not require_data():
        return 0
    n = args.lines or (200_000 if args.quick else 1_000_000)
    lines = list(real_shaped_lines(n))
    data = b"\n".join(lines) + b"\n"
    print(f"input: {n:,} real-shaped lines, {len(data) / 2**20:.1f} MiB")

    from functions.parse.summarize import summarize_stream
    from functions.parse.templates import iter_lines, mine_lines

    t = time.perf_counter()
    result = mine_lines(iter_lines(io.BytesIO(data)))
    t_templates = time.perf_counter() - t
    n_templates = len({result.group_to_template[g] for g in set(result.line_groups)})

    t = time.perf_counter()
    summary = summarize_stream(io.BytesIO(data), batch_id="bench", file_id="bench")
    t_summary = time.perf_counter() - t

    texts = [ln.decode("utf-8", "replace") for ln in lines]
    miner = drain3_miner()
    t = time.perf_counter()
    for text in texts:
        miner.add_log_message(text)
    t_drain = time.perf_counter() - t

    rate = {name: n / sec for name, sec in (("templates", t_templates), ("summarize", t_summary), ("drain3", t_drain))}
    print(
        f"{'ours: templates':18s} {rate['templates']:>12,.0f} lines/s  ({t_templates:.1f} s, {n_templates} templates)"
    )
    print(
        f"{'ours: summarize':18s} {rate['summarize']:>12,.0f} lines/s  ({t_summary:.1f} s, "
        f"{len(summary.templates)} templates kept + {summary.templates_overflow} overflow)"
    )
    clusters = len(miner.drain.clusters)
    print(f"{'drain3 (masks)':18s} {rate['drain3']:>12,.0f} lines/s  ({t_drain:.1f} s, {clusters} clusters)")
    print(f"ratio templates/drain3: {rate['templates'] / rate['drain3']:.1f}x")
    print(f"ratio summarize/drain3: {rate['summarize'] / rate['drain3']:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
